import type { CopingStrategy, StateId, TriggerGroup, TriggerType } from '$lib/schemas';

/** The three nervous-system states, in body words (DESIGN.md, Words on screen). */
export const STATE_INFO: Record<StateId, { label: string; body: string }> = {
	hypervigilant: {
		label: 'Hypervigilant',
		body: 'On edge, scanning, heart racing, can’t settle'
	},
	shutdown: {
		label: 'Shut down',
		body: 'Numb, foggy, far away, heavy'
	},
	regulated: {
		label: 'Regulated',
		body: 'Present, able to think and feel at once'
	}
};

/** How an answer to “did it help?” reads inside a sentence. */
export const HELPED_WORDS = {
	yes: 'helped',
	some: 'helped some',
	no: 'didn’t help this time'
} as const;

export const GROUP_LABELS: Record<TriggerGroup, string> = {
	relational: 'With people',
	body: 'Body and senses',
	situation: 'Situations',
	inside: 'Inside me',
	other: 'Other'
};

type BuiltInTrigger = readonly [id: string, label: string, group: TriggerGroup];

const TRIGGERS: readonly BuiltInTrigger[] = [
	['criticism', 'Criticism', 'relational'],
	['rejection', 'Rejection', 'relational'],
	['abandonment-cue', 'Someone late, leaving or unreachable', 'relational'],
	['conflict', 'Conflict', 'relational'],
	['being-ignored', 'Being ignored', 'relational'],
	['tone-of-voice', 'Tone of voice', 'relational'],
	['gesture-or-look', 'A gesture or look', 'relational'],
	['power-differential', 'Authority or being evaluated', 'relational'],
	['needing-help', 'Needing something from someone', 'relational'],
	['closeness', 'Closeness, being seen', 'relational'],
	['broken-trust', 'Broken trust', 'relational'],
	['not-protected', 'Nobody stood up for me', 'relational'],
	['family-contact', 'Family contact', 'relational'],
	['sensory-reminder', 'A sound, smell or place', 'body'],
	['body-or-health', 'Body or health', 'body'],
	['depleted', 'Exhausted, hungry or ill', 'body'],
	['anniversary', 'An anniversary', 'situation'],
	['news-or-media', 'News or media', 'situation'],
	['pressure', 'Pressure at work or to perform', 'situation'],
	['being-alone', 'Being alone', 'situation'],
	['memory', 'A memory', 'inside'],
	['self-criticism', 'Self-criticism', 'inside'],
	['not-sure', 'Not sure', 'other']
];

export const NOT_SURE_TRIGGER_ID = 'not-sure';

export const BUILT_IN_TRIGGERS: readonly TriggerType[] = TRIGGERS.map(([id, label, group]) => ({
	id,
	label,
	group,
	builtIn: true,
	archived: false
}));

const COPING: readonly (readonly [id: string, label: string])[] = [
	['breathing', 'Slow breathing'],
	['grounding', 'Grounding'],
	['movement', 'Movement'],
	['safe-person', 'Reaching a safe person'],
	['self-compassion', 'Self-compassion'],
	['rest', 'Rest'],
	['distraction', 'Distraction']
];

export const BUILT_IN_COPING: readonly CopingStrategy[] = COPING.map(([id, label]) => ({
	id,
	label,
	builtIn: true,
	archived: false
}));

/**
 * The catalogue the person sees: built-ins first, in their clinical order, each replaced by the
 * person's own version where they renamed or archived it; then their own additions.
 */
export function mergeCatalogue<T extends { id: string }>(
	builtIns: readonly T[],
	stored: readonly T[]
): T[] {
	const byId = new Map(stored.map((item) => [item.id, item]));
	const merged = builtIns.map((item) => byId.get(item.id) ?? item);
	const builtInIds = new Set(builtIns.map((item) => item.id));
	for (const item of stored) if (!builtInIds.has(item.id)) merged.push(item);
	return merged;
}
