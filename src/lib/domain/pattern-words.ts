import { STATES, type StateId } from '$lib/schemas/vocabulary';
import type { Patterns } from './patterns';

/**
 * The patterns in plain sentences, computed from the numbers and nothing else: no diagnosis,
 * no judgement, no score. Each state is named by what it is, never as good or bad.
 */

export interface Names {
	trigger: (id: string) => string;
	part: (id: string) => string;
}

/** How a state reads inside a sentence. */
export const STATE_WORDS: Record<StateId, string> = {
	hypervigilant: 'hypervigilant',
	shutdown: 'shut down',
	regulated: 'regulated'
};

/** A change smaller than this many percentage points is spoken of as "about the same". */
export const TREND_STEADY_POINTS = 5;

/** `0.48` → "48 %" (with a space that never breaks). */
export function percent(share: number): string {
	return `${Math.round(share * 100)}\u00a0%`;
}

export function times(count: number): string {
	return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** Minutes as people say them: "40 minutes", "about 5 hours", "about 1 day 6 hours". */
export function duration(minutes: number): string {
	if (minutes < 90) return plural(Math.max(1, Math.round(minutes)), 'minute');
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `about ${plural(hours, 'hour')}`;
	const rest = hours % 24;
	return `about 1 day${rest ? ` ${plural(rest, 'hour')}` : ''}`;
}

function listed(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** `phrase` places the range in a sentence: "over these 3 months", "this week". */
export function describePatterns(p: Patterns, names: Names, phrase: string): string[] {
	if (p.total === 0) return [];
	const sentences = [`${plural(p.total, 'check-in')} ${phrase}.`];

	const most = Math.max(...STATES.map((s) => p.states[s]));
	const leading = STATES.filter((s) => p.states[s] === most);
	const share = percent(most / p.total);
	if (most === p.total) {
		const all = p.total === 1 ? 'The one entry was' : `All ${p.total} entries were`;
		sentences.push(`${all} ${STATE_WORDS[leading[0]!]}.`);
	} else if (leading.length === 1) {
		sentences.push(`Most entries were ${STATE_WORDS[leading[0]!]} (${share}).`);
	} else {
		const which = listed(leading.map((s) => STATE_WORDS[s]));
		sentences.push(`Entries were split evenly between ${which} (${share} each).`);
	}

	const top = p.triggers[0];
	if (top) {
		let sentence = `${names.trigger(top.id)} came up ${times(top.count)}`;
		const row = p.grid.triggerIds.indexOf(top.id);
		const cells = row >= 0 ? p.grid.cells[row]! : [];
		const best = Math.max(0, ...cells);
		if (best > 0) {
			const tied = p.grid.partIds.filter((_, j) => cells[j] === best).map(names.part);
			const alone = tied.length === 1 && best * 2 > top.count;
			sentence += `, ${alone ? 'mostly' : 'most often'} with ${listed(tied)}`;
		}
		sentences.push(`${sentence}.`);
	}

	if (p.trend) {
		const { first, second } = p.trend;
		const points = Math.round(second * 100) - Math.round(first * 100);
		if (Math.abs(points) < TREND_STEADY_POINTS) {
			sentences.push(`Regulated entries stayed about the same ${phrase} (${percent(second)}).`);
		} else {
			const way = points > 0 ? 'rose' : 'fell';
			sentences.push(
				`Regulated entries ${way} from ${percent(first)} to ${percent(second)} ${phrase}.`
			);
		}
	}

	if (p.selfPresent > 0) {
		sentences.push(`Self was present in ${plural(p.selfPresent, 'entry', 'entries')}.`);
	}

	if (p.back.median !== null) {
		sentences.push(
			`Back in the window took a median of ${duration(p.back.median)} (measured ${times(p.back.measured)}).`
		);
	}

	if (p.glimmers.length > 0) {
		sentences.push(`${plural(p.glimmers.length, 'glimmer')} noted.`);
	}
	return sentences;
}
