import { describe, expect, it } from 'vitest';
import { entrySchema } from '$lib/schemas';
import { buildEntry, buildJournal } from './builders';

describe('test-data builders', () => {
	it('give the same journal for the same seed, and another for another seed', () => {
		const a = buildJournal({ seed: 1, count: 100 });
		expect(buildJournal({ seed: 1, count: 100 })).toEqual(a);
		expect(buildJournal({ seed: 2, count: 100 })).not.toEqual(a);
	});

	it('make only valid entries, spread over the span asked for', () => {
		const end = new Date('2026-11-22T12:00:00.000Z');
		const journal = buildJournal({ seed: 3, count: 500, days: 365, end });
		for (const entry of journal) expect(entrySchema.safeParse(entry).success).toBe(true);
		const times = journal.map((e) => Date.parse(e.occurredAt));
		expect(Math.max(...times)).toBeLessThanOrEqual(end.getTime());
		expect(Math.min(...times)).toBeGreaterThanOrEqual(end.getTime() - 365 * 86_400_000);
		expect(new Set(journal.map((e) => e.id)).size).toBe(500);
	});

	it('take overrides for what a test is about', () => {
		expect(buildEntry({ state: 'shutdown', activation: 3 })).toMatchObject({
			state: 'shutdown',
			activation: 3
		});
	});
});
