import { describe, expect, it } from 'vitest';
import { rankByUse, topUsed, usageScores } from './ranking';

const now = new Date('2026-11-22T12:00:00.000Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe('recently and often used first', () => {
	it('puts what was used most recently and most often first', () => {
		const scores = usageScores(
			[
				{ occurredAt: daysAgo(0), ids: ['c'] },
				{ occurredAt: daysAgo(1), ids: ['c', 'b'] },
				{ occurredAt: daysAgo(60), ids: ['d'] },
				{ occurredAt: daysAgo(61), ids: ['d'] },
				{ occurredAt: daysAgo(62), ids: ['d'] }
			],
			now
		);
		expect(rankByUse(items, scores).map((i) => i.id)).toEqual(['c', 'b', 'd', 'a']);
	});

	it('lets a recent use outweigh a few old ones', () => {
		const scores = usageScores(
			[
				{ occurredAt: daysAgo(0), ids: ['a'] },
				...[90, 91, 92].map((d) => ({ occurredAt: daysAgo(d), ids: ['b'] }))
			],
			now
		);
		expect(rankByUse(items, scores)[0]?.id).toBe('a');
	});

	it('keeps the catalogue order for what was never used, and leaves it out of the top row', () => {
		expect(rankByUse(items, new Map()).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(topUsed(items, new Map([['c', 1]]), 6)).toEqual([{ id: 'c' }]);
	});
});
