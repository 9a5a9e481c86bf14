/**
 * "Recently and often used first": each use counts for more the more recent it is, halving
 * every two weeks, so a trigger used daily last month and one used twice today both rise.
 */
const HALF_LIFE_DAYS = 14;

export interface Use {
	occurredAt: string;
	ids: readonly string[];
}

export function usageScores(uses: readonly Use[], now: Date): Map<string, number> {
	const scores = new Map<string, number>();
	for (const use of uses) {
		const ageDays = Math.max(0, (now.getTime() - Date.parse(use.occurredAt)) / 86_400_000);
		const weight = 0.5 ** (ageDays / HALF_LIFE_DAYS);
		for (const id of use.ids) scores.set(id, (scores.get(id) ?? 0) + weight);
	}
	return scores;
}

/** Items ordered by how recently and often they were used; unused items keep their order. */
export function rankByUse<T extends { id: string }>(
	items: readonly T[],
	scores: ReadonlyMap<string, number>
): T[] {
	return items
		.map((item, index) => ({ item, index, score: scores.get(item.id) ?? 0 }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map(({ item }) => item);
}

/** The few most used, for an "often used" row above the full list. */
export function topUsed<T extends { id: string }>(
	items: readonly T[],
	scores: ReadonlyMap<string, number>,
	count: number
): T[] {
	return rankByUse(
		items.filter((item) => (scores.get(item.id) ?? 0) > 0),
		scores
	).slice(0, count);
}
