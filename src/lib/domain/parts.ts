import type { Entry } from '$lib/schemas';
import { STATES, type PartRole, type StateId } from '$lib/schemas/vocabulary';

/** Each role in a sentence, in the warm words of DESIGN.md. */
export const ROLE_INFO: Record<PartRole, { label: string; about: string }> = {
	manager: {
		label: 'Manager',
		about:
			'Works ahead of time to keep you safe: planning, pleasing, checking, holding it together.'
	},
	firefighter: {
		label: 'Firefighter',
		about: 'Rushes in when pain breaks through: numbing, scrolling, bingeing, rage, going far away.'
	},
	exile: {
		label: 'Exile',
		about: 'A young part carrying old fear, loneliness or shame, often kept out of sight.'
	},
	unsure: {
		label: 'Not sure yet',
		about: 'Any part you are still getting to know. That is welcome too.'
	}
};

/** Optional starting points; the person names and keeps only what fits. */
export const PART_SUGGESTIONS: readonly { name: string; role: PartRole; description: string }[] = [
	{ name: 'The Watcher', role: 'manager', description: 'Scans faces and tone for danger' },
	{ name: 'The Pleaser', role: 'manager', description: 'Keeps everyone happy so no one leaves' },
	{
		name: 'The Numb One',
		role: 'firefighter',
		description: 'Turns everything down when it is too much'
	},
	{ name: 'Little One', role: 'exile', description: 'Afraid of being left' }
];

/** Colours for parts: distinct, readable beside text in light and dark themes. */
export const PART_COLOURS = [
	'#4f6d7a',
	'#7a5c99',
	'#b0603a',
	'#3f7d5a',
	'#a34d6d',
	'#8a7a2e',
	'#3d6fa3',
	'#6b6b6b'
] as const;

export interface PartSummary {
	count: number;
	states: Record<StateId, number>;
	topTriggers: { id: string; count: number }[];
	selfPresent: number;
}

/** How often each part appeared, in which states and with which triggers. */
export function summariseParts(entries: readonly Entry[]): Map<string, PartSummary> {
	const byPart = new Map<string, { summary: PartSummary; triggers: Map<string, number> }>();
	for (const entry of entries) {
		for (const partId of entry.partIds) {
			let item = byPart.get(partId);
			if (!item) {
				const states = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<StateId, number>;
				item = {
					summary: { count: 0, states, topTriggers: [], selfPresent: 0 },
					triggers: new Map()
				};
				byPart.set(partId, item);
			}
			item.summary.count += 1;
			item.summary.states[entry.state] += 1;
			if (entry.selfPresent) item.summary.selfPresent += 1;
			for (const t of entry.triggerIds) item.triggers.set(t, (item.triggers.get(t) ?? 0) + 1);
		}
	}
	const result = new Map<string, PartSummary>();
	for (const [id, { summary, triggers }] of byPart) {
		summary.topTriggers = [...triggers]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.slice(0, 3)
			.map(([triggerId, count]) => ({ id: triggerId, count }));
		result.set(id, summary);
	}
	return result;
}

export type NameCheck =
	{ ok: true; name: string } | { ok: false; problem: 'empty' | 'duplicate'; message: string };

/**
 * A name for a part, trigger or coping item: never empty; a name already in use is allowed
 * only once the person confirms (`allowDuplicate`).
 */
export function checkName(
	raw: string,
	existing: readonly string[],
	allowDuplicate = false
): NameCheck {
	const name = raw.trim().replace(/\s+/g, ' ');
	if (name === '') return { ok: false, problem: 'empty', message: 'Give it a name first.' };
	const taken = existing.some(
		(other) => other.trim().toLocaleLowerCase() === name.toLocaleLowerCase()
	);
	if (taken && !allowDuplicate) {
		return {
			ok: false,
			problem: 'duplicate',
			message: `“${name}” is already in your list. Add it again anyway?`
		};
	}
	return { ok: true, name };
}
