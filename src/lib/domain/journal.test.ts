import { describe, expect, it } from 'vitest';
import { buildEntry } from '$lib/test-data/builders';
import { dayLabel, localDay, shiftDay } from './dates';
import { groupByDay } from './journal';

describe('grouping the journal by day', () => {
	it('puts the newest day first and the newest entry first within it', () => {
		const early = buildEntry({ occurredAt: '2026-11-20T08:00:00.000Z' });
		const late = buildEntry({ occurredAt: '2026-11-20T22:00:00.000Z' });
		const nextDay = buildEntry({ occurredAt: '2026-11-21T09:00:00.000Z' });
		const groups = groupByDay([early, nextDay, late], 'Europe/London');
		expect(groups.map((g) => g.day)).toEqual(['2026-11-21', '2026-11-20']);
		expect(groups[1]?.entries.map((e) => e.id)).toEqual([late.id, early.id]);
	});

	it('counts the day in the zone the entry was made in, not where the device is now', () => {
		// 23:30 in New York is already the next day in London.
		const abroad = buildEntry({
			occurredAt: '2026-11-21T04:30:00.000Z',
			timeZone: 'America/New_York'
		});
		expect(groupByDay([abroad], 'Europe/London')[0]?.day).toBe('2026-11-20');
	});

	it('uses the device zone for an entry that has none', () => {
		const entry = buildEntry({ occurredAt: '2026-11-21T04:30:00.000Z', timeZone: undefined });
		expect(groupByDay([entry], 'America/New_York')[0]?.day).toBe('2026-11-20');
	});

	it('keeps days right across a daylight-saving change', () => {
		// London moved from BST to GMT at 02:00 on 25 October 2026.
		expect(localDay('2026-10-24T23:30:00.000Z', 'Europe/London')).toBe('2026-10-25');
		expect(localDay('2026-10-25T23:30:00.000Z', 'Europe/London')).toBe('2026-10-25');
		// New York moved on 1 November 2026.
		expect(localDay('2026-11-01T03:59:00.000Z', 'America/New_York')).toBe('2026-10-31');
		expect(localDay('2026-11-01T04:30:00.000Z', 'America/New_York')).toBe('2026-11-01');
	});
});

describe('day labels', () => {
	it('says Today and Yesterday, then the date', () => {
		expect(dayLabel('2026-11-22', '2026-11-22')).toBe('Today');
		expect(dayLabel('2026-11-21', '2026-11-22')).toBe('Yesterday');
		expect(dayLabel('2026-11-20', '2026-11-22')).toBe('Friday 20 November 2026');
	});

	it('moves across month and year ends', () => {
		expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
		expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
	});
});
