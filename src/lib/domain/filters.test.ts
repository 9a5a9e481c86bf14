import { describe, expect, it } from 'vitest';
import { buildEntry } from '$lib/test-data/builders';
import {
	applyFilter,
	emptyFilter,
	filterFromParams,
	filterToParams,
	isFiltering,
	type JournalFilter
} from './filters';

const zone = 'Europe/London';

describe('journal filters', () => {
	const shutDown = buildEntry({
		state: 'shutdown',
		triggerIds: ['criticism'],
		partIds: ['watcher'],
		occurredAt: '2026-11-10T09:00:00.000Z',
		note: 'Café with Mum',
		bringToTherapy: true,
		coping: [{ id: 'breathing', helped: 'some' }]
	});
	const regulated = buildEntry({
		state: 'regulated',
		occurredAt: '2026-11-20T09:00:00.000Z',
		body: 'Loose shoulders',
		finishLater: true,
		selfPresent: true
	});
	const all = [shutDown, regulated];
	const only = (change: Partial<JournalFilter>) =>
		applyFilter(all, { ...emptyFilter(), ...change }, zone).map((e) => e.id);

	it('narrow by state, trigger, part, therapy flag and finish-later', () => {
		expect(only({ states: ['shutdown'] })).toEqual([shutDown.id]);
		expect(only({ states: ['shutdown', 'regulated'] })).toEqual([shutDown.id, regulated.id]);
		expect(only({ triggerId: 'criticism' })).toEqual([shutDown.id]);
		expect(only({ partId: 'watcher' })).toEqual([shutDown.id]);
		expect(only({ therapy: true })).toEqual([shutDown.id]);
		expect(only({ finishLater: true })).toEqual([regulated.id]);
	});

	it('narrow by an inclusive range of days', () => {
		expect(only({ from: '2026-11-10', to: '2026-11-10' })).toEqual([shutDown.id]);
		expect(only({ from: '2026-11-11' })).toEqual([regulated.id]);
		expect(only({ to: '2026-11-19' })).toEqual([shutDown.id]);
	});

	it('narrow by weekday and time of day in the entry’s own zone, by coping and by Self', () => {
		// 10 November 2026 was a Tuesday; 09:00 UTC is 09:00 in London (morning).
		expect(only({ weekday: 2 })).toEqual([shutDown.id]);
		expect(only({ time: 'morning' })).toEqual([shutDown.id, regulated.id]);
		expect(only({ time: 'evening' })).toEqual([]);
		expect(only({ copingId: 'breathing' })).toEqual([shutDown.id]);
		expect(only({ selfPresent: true })).toEqual([regulated.id]);
		// 23:30 in New York on a Friday is already Saturday 04:30 in London.
		const late = buildEntry({
			occurredAt: '2026-11-21T04:30:00.000Z',
			timeZone: 'America/New_York'
		});
		const found = (change: Partial<JournalFilter>) =>
			applyFilter([late], { ...emptyFilter(), ...change }, zone).length;
		expect(found({ weekday: 5, time: 'late', from: '2026-11-20', to: '2026-11-20' })).toBe(1);
		expect(found({ weekday: 6 })).toBe(0);
	});

	it('search notes and body text, ignoring case and accents', () => {
		expect(only({ query: 'cafe' })).toEqual([shutDown.id]);
		expect(only({ query: 'SHOULDERS' })).toEqual([regulated.id]);
		expect(only({ query: 'nothing like this' })).toEqual([]);
	});

	it('live in the URL and come back from it the same', () => {
		const filter: JournalFilter = {
			states: ['shutdown', 'hypervigilant'],
			triggerId: 'criticism',
			partId: 'p-1',
			therapy: true,
			finishLater: false,
			from: '2026-11-01',
			to: '2026-11-30',
			query: 'mum',
			weekday: 7,
			time: 'evening',
			copingId: 'breathing',
			selfPresent: true
		};
		const params = filterToParams(filter);
		expect(params.toString()).toBe(
			'state=shutdown&state=hypervigilant&trigger=criticism&part=p-1&therapy=1&from=2026-11-01&to=2026-11-30&weekday=7&time=evening&coping=breathing&self=1&q=mum'
		);
		expect(filterFromParams(new URLSearchParams(params.toString()))).toEqual(filter);
		expect(isFiltering(emptyFilter())).toBe(false);
	});

	it('ignore what does not belong in the URL', () => {
		expect(
			filterFromParams(
				new URLSearchParams('state=calm&from=last+week&therapy=yes&weekday=8&time=noon')
			)
		).toEqual(emptyFilter());
	});
});
