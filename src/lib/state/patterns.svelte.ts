import { deviceTimeZone, localDay, shiftDay } from '$lib/domain/dates';
import { computePatterns, type Patterns } from '$lib/domain/patterns';
import { resolveRange, type PatternRange } from '$lib/domain/ranges';
import { repos } from './repositories';

/**
 * The patterns of the chosen range. Only the computed numbers are kept, never the entries:
 * with 20,000 entries the page holds a few hundred numbers, not the journal.
 */
class PatternsState {
	#result = $state.raw<Patterns | null>(null);
	#status = $state<'loading' | 'ready' | 'failed'>('loading');
	#unreadable = $state(0);
	#asked = 0;

	get result() {
		return this.#result;
	}
	get status() {
		return this.#status;
	}
	get unreadable() {
		return this.#unreadable;
	}

	async load(range: PatternRange): Promise<void> {
		const asked = ++this.#asked;
		this.#status = 'loading';
		try {
			const zone = deviceTimeZone();
			const today = localDay(new Date(), zone);
			const store = (await repos()).entries;
			const oldest = range.preset === 'all' ? await store.oldest() : undefined;
			const days = resolveRange(range, today, oldest ? localDay(oldest.occurredAt, zone) : null);
			// A day either side for entries kept in other zones, and two more after the range
			// for the way back into the window; computePatterns counts only the range itself.
			const from = Date.parse(`${shiftDay(days.from, -1)}T00:00:00Z`);
			const to = Date.parse(`${shiftDay(days.to, 3)}T00:00:00Z`) - 1;
			const { entries, unreadable } = await store.between(from, to);
			if (asked !== this.#asked) return;
			this.#result = computePatterns(entries, days, zone);
			this.#unreadable = unreadable.length;
			this.#status = 'ready';
		} catch {
			if (asked === this.#asked) this.#status = 'failed';
		}
	}
}

export const patterns = new PatternsState();
