import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEntry, buildJournal } from '$lib/test-data/builders';
import { isoWeekDays, isoWeekOf, localParts } from './dates';
import { describePatterns, duration } from './pattern-words';
import { computePatterns, periodsOf } from './patterns';
import { bucketFor, rangeFromParams, rangeToParams, resolveRange } from './ranges';

const london = 'Europe/London';
const week = { from: '2026-11-16', to: '2026-11-22' };

/** A hand-counted week, Monday 16 to Sunday 22 November 2026, in London. */
function handCountedWeek() {
	const a = buildEntry({
		occurredAt: '2026-11-16T08:00:00.000Z',
		state: 'hypervigilant',
		triggerIds: ['criticism'],
		partIds: ['watcher'],
		activation: 8,
		coping: [{ id: 'breathing', helped: 'yes' }]
	});
	const b = buildEntry({ occurredAt: '2026-11-16T10:30:00.000Z', activation: 2 });
	// A minute before and a minute after midnight: Tuesday, then Wednesday.
	const c = buildEntry({
		occurredAt: '2026-11-17T23:59:00.000Z',
		state: 'shutdown',
		triggerIds: ['criticism', 'memory'],
		partIds: ['watcher', 'little'],
		activation: 4,
		coping: [
			{ id: 'movement', helped: 'some' },
			{ id: 'distraction', helped: 'no' },
			{ id: 'rest' }
		]
	});
	const d = buildEntry({
		occurredAt: '2026-11-18T00:01:00.000Z',
		state: 'shutdown',
		triggerIds: ['criticism'],
		partIds: ['little'],
		selfPresent: true,
		glimmers: 'Sun on my face'
	});
	const e = buildEntry({ occurredAt: '2026-11-18T06:00:00.000Z' });
	const f = buildEntry({ occurredAt: '2026-11-22T23:30:00.000Z', state: 'hypervigilant' });
	// After the range: counted only as the way back for f.
	const g = buildEntry({ occurredAt: '2026-11-23T01:00:00.000Z' });
	// Before the range in London, and in New York's own evening of Sunday 15th.
	const h = buildEntry({ occurredAt: '2026-11-15T23:00:00.000Z', state: 'shutdown' });
	const i = buildEntry({
		occurredAt: '2026-11-16T03:00:00.000Z',
		timeZone: 'America/New_York',
		state: 'shutdown'
	});
	return { entries: [g, f, e, d, c, b, a, h, i], a, d };
}

describe('patterns of a range', () => {
	const { entries, d } = handCountedWeek();
	const p = computePatterns(entries, week, london);

	it('count each state, by day, in each entry’s own zone', () => {
		expect(p.bucket).toBe('day');
		expect(p.total).toBe(6);
		expect(p.states).toEqual({ hypervigilant: 2, shutdown: 2, regulated: 2 });
		expect(p.periods.map((x) => [x.key, x.total])).toEqual([
			['2026-11-16', 2],
			['2026-11-17', 1],
			['2026-11-18', 2],
			['2026-11-19', 0],
			['2026-11-20', 0],
			['2026-11-21', 0],
			['2026-11-22', 1]
		]);
		expect(p.periods[0]!.counts).toEqual({ hypervigilant: 1, shutdown: 0, regulated: 1 });
		expect(p.periods[0]!.regulatedShare).toBe(0.5);
		expect(p.periods[3]!.regulatedShare).toBeNull();
	});

	it('count triggers and parts with the state each led to, and the pairs between them', () => {
		expect(p.triggers).toEqual([
			{ id: 'criticism', count: 3, states: { hypervigilant: 1, shutdown: 2, regulated: 0 } },
			{ id: 'memory', count: 1, states: { hypervigilant: 0, shutdown: 1, regulated: 0 } }
		]);
		expect(p.parts.map((x) => [x.id, x.count])).toEqual([
			['little', 2],
			['watcher', 2]
		]);
		expect(p.grid).toEqual({
			triggerIds: ['criticism', 'memory'],
			partIds: ['little', 'watcher'],
			cells: [
				[2, 2],
				[1, 1]
			]
		});
		expect(p.selfPresent).toBe(1);
		expect(p.noPart).toBe(3);
	});

	it('place each entry on the weekday × time-of-day grid', () => {
		const cells: [number, number, number][] = [];
		p.when.forEach((row, day) =>
			row.forEach((n, block) => {
				if (n) cells.push([day, block, n]);
			})
		);
		// Monday morning ×2, Tuesday late evening, Wednesday night and early morning, Sunday late.
		expect(cells).toEqual([
			[0, 2, 2],
			[1, 5, 1],
			[2, 0, 1],
			[2, 1, 1],
			[6, 5, 1]
		]);
	});

	it('give activation’s mean and spread per state and period', () => {
		expect(p.activation[0]!.byState).toEqual({
			hypervigilant: { count: 1, mean: 8, min: 8, max: 8 },
			shutdown: null,
			regulated: { count: 1, mean: 2, min: 2, max: 2 }
		});
		expect(p.activation[1]!.byState.shutdown).toEqual({ count: 1, mean: 4, min: 4, max: 4 });
	});

	it('count what was tried and how it helped', () => {
		expect(p.coping).toEqual([
			{ id: 'breathing', tried: 1, helped: { yes: 1, some: 0, no: 0 }, unanswered: 0 },
			{ id: 'distraction', tried: 1, helped: { yes: 0, some: 0, no: 1 }, unanswered: 0 },
			{ id: 'movement', tried: 1, helped: { yes: 0, some: 1, no: 0 }, unanswered: 0 },
			{ id: 'rest', tried: 1, helped: { yes: 0, some: 0, no: 0 }, unanswered: 1 }
		]);
	});

	it('measure back in the window to the next regulated entry, even just after the range', () => {
		// a → b 150 min; c → e 361; d → e 359; f → g (the day after) 90.
		expect(p.back.measured).toBe(4);
		expect(p.back.notKnown).toBe(0);
		expect(p.back.median).toBe((150 + 359) / 2);
		expect(p.back.periods.filter((x) => x.count).map((x) => [x.key, x.median])).toEqual([
			['2026-11-16', 150],
			['2026-11-17', 361],
			['2026-11-18', 359],
			['2026-11-22', 90]
		]);
		expect(p.back.byTrigger).toEqual([
			{ id: 'criticism', median: 359, count: 3 },
			{ id: 'memory', median: 361, count: 1 }
		]);
		expect(p.back.byPart).toEqual([
			{ id: 'little', median: 360, count: 2 },
			{ id: 'watcher', median: 255.5, count: 2 }
		]);
		expect(p.glimmers).toEqual([{ entryId: d.id, day: '2026-11-18', text: 'Sun on my face' }]);
	});

	it('leave gaps longer than two days, or with no way back yet, as not known', () => {
		const hard = buildEntry({ occurredAt: '2026-11-16T08:00:00.000Z', state: 'shutdown' });
		const late = buildEntry({ occurredAt: '2026-11-18T08:01:00.000Z' });
		const last = buildEntry({ occurredAt: '2026-11-20T08:00:00.000Z', state: 'hypervigilant' });
		const back = computePatterns([hard, late, last], week, london).back;
		expect(back).toMatchObject({ measured: 0, notKnown: 2, median: null });
	});

	it('say it in plain sentences, computed from the numbers', () => {
		const names = {
			trigger: (id: string) => (id === 'criticism' ? 'Criticism' : id),
			part: (id: string) => (id === 'watcher' ? 'The Watcher' : 'Little one')
		};
		expect(describePatterns(p, names, 'this week')).toEqual([
			'6 check-ins this week.',
			'Entries were split evenly between hypervigilant, shut down and regulated (33\u00a0% each).',
			'Criticism came up 3 times, most often with Little one and The Watcher.',
			'Self was present in 1 entry.',
			'Back in the window took a median of about 4 hours (measured 4 times).',
			'1 glimmer noted.'
		]);
	});
});

describe('the plain-language summary', () => {
	const names = { trigger: () => 'Criticism', part: () => 'The Watcher' };
	const range = { from: '2026-09-01', to: '2026-11-29' };
	const at = (day: string, state: 'regulated' | 'shutdown', extra = {}) =>
		buildEntry({ occurredAt: `${day}T12:00:00.000Z`, state, ...extra });

	it('names the most common state and the change in regulated entries', () => {
		const entries = [
			at('2026-09-02', 'shutdown', { triggerIds: ['criticism'], partIds: ['watcher'] }),
			at('2026-09-03', 'shutdown', { triggerIds: ['criticism'], partIds: ['watcher'] }),
			at('2026-09-04', 'shutdown', { triggerIds: ['criticism'] }),
			at('2026-09-05', 'regulated'),
			at('2026-11-02', 'regulated'),
			at('2026-11-03', 'regulated'),
			at('2026-11-04', 'shutdown')
		];
		const lines = describePatterns(
			computePatterns(entries, range, london),
			names,
			'over these 3 months'
		);
		expect(lines.slice(1, 4)).toEqual([
			'Most entries were shut down (57\u00a0%).',
			'Criticism came up 3 times, mostly with The Watcher.',
			'Regulated entries rose from 25\u00a0% to 67\u00a0% over these 3 months.'
		]);
	});

	it('says nothing about change when a half has too few entries, and nothing at all when empty', () => {
		const lines = describePatterns(
			computePatterns([at('2026-11-02', 'regulated')], range, london),
			names,
			'x'
		);
		expect(lines.some((l) => l.includes('rose') || l.includes('fell'))).toBe(false);
		expect(lines[1]).toBe('The one entry was regulated.');
		expect(describePatterns(computePatterns([], range, london), names, 'x')).toEqual([]);
	});

	it('speaks of durations as people do', () => {
		expect(duration(40)).toBe('40 minutes');
		expect(duration(1)).toBe('1 minute');
		expect(duration(254.5)).toBe('about 4 hours');
		expect(duration(60 * 30)).toBe('about 1 day 6 hours');
	});
});

describe('days, weeks and ranges', () => {
	it('count a day in the entry’s zone across a daylight-saving change', () => {
		// London leaves summer time at 02:00 on 25 October 2026: 01:30 happens twice.
		expect(localParts('2026-10-24T23:30:00.000Z', london)).toEqual({
			day: '2026-10-25',
			hour: 0,
			weekday: 7
		});
		expect(localParts('2026-10-25T00:30:00.000Z', london).hour).toBe(1);
		expect(localParts('2026-10-25T01:30:00.000Z', london).hour).toBe(1);
		// New York leaves it a week later; 04:30 UTC is still Saturday evening there.
		expect(localParts('2026-11-01T03:30:00.000Z', 'America/New_York')).toEqual({
			day: '2026-10-31',
			hour: 23,
			weekday: 6
		});
	});

	it('know ISO week 53 and weeks across the year boundary', () => {
		expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
		expect(isoWeekOf('2026-11-22')).toBe('2026-W47');
		expect(isoWeekDays('2026-W53')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
		expect(isoWeekDays('2025-W53')).toBeNull();
		expect(isoWeekDays('2026-W47')).toEqual({ from: '2026-11-16', to: '2026-11-22' });

		const range = { from: '2026-12-01', to: '2027-01-31' };
		expect(bucketFor(range)).toBe('week');
		const p = computePatterns(
			[buildEntry({ occurredAt: '2027-01-02T12:00:00.000Z' })],
			range,
			london
		);
		const period = p.periods.find((x) => x.total === 1)!;
		expect(period).toMatchObject({ key: '2026-12-28', from: '2026-12-28', to: '2027-01-03' });
		// The first period is clipped to the range.
		expect(p.periods[0]).toMatchObject({ key: '2026-11-30', from: '2026-12-01', to: '2026-12-06' });
	});

	it('group long ranges by month', () => {
		const periods = periodsOf({ from: '2025-11-23', to: '2026-11-22' }, 'month');
		expect(periods).toHaveLength(13);
		expect(periods[0]).toMatchObject({ key: '2025-11', from: '2025-11-23', to: '2025-11-30' });
		expect(periods.at(-1)).toMatchObject({ key: '2026-11', label: 'Nov 2026', to: '2026-11-22' });
	});

	it('resolve each preset to days ending today, and keep the range in the URL', () => {
		const today = '2026-11-22';
		const days = (preset: string) =>
			resolveRange(rangeFromParams(new URLSearchParams({ range: preset })), today, '2021-01-05');
		expect(days('week')).toEqual({ from: '2026-11-16', to: today });
		expect(days('4w')).toEqual({ from: '2026-10-26', to: today });
		expect(days('3m')).toEqual({ from: '2026-08-23', to: today });
		expect(days('12m')).toEqual({ from: '2025-11-23', to: today });
		expect(days('all')).toEqual({ from: '2021-01-05', to: today });
		expect(days('nonsense')).toEqual(days('4w'));

		const custom = rangeFromParams(
			new URLSearchParams('range=custom&from=2026-11-10&to=2026-11-01')
		);
		expect(custom).toEqual({ preset: 'custom', from: '2026-11-01', to: '2026-11-10' });
		expect(rangeToParams(custom).toString()).toBe('range=custom&from=2026-11-01&to=2026-11-10');
	});
});

describe('patterns, for any journal', () => {
	it('count every entry in the range exactly once, in every view', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000 }),
				fc.integer({ min: 0, max: 150 }),
				(seed, count) => {
					const entries = buildJournal({ seed, count, days: 120 });
					const range = { from: '2026-08-01', to: '2026-11-22' };
					const p = computePatterns(entries, range, london);
					const states = p.states.hypervigilant + p.states.shutdown + p.states.regulated;
					expect(states).toBe(p.total);
					expect(p.periods.reduce((n, x) => n + x.total, 0)).toBe(p.total);
					expect(p.when.flat().reduce((n, x) => n + x, 0)).toBe(p.total);
					expect(p.back.measured + p.back.notKnown).toBe(
						p.states.hypervigilant + p.states.shutdown
					);
					for (const t of p.triggers) {
						expect(t.states.hypervigilant + t.states.shutdown + t.states.regulated).toBe(t.count);
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});
