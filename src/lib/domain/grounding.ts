/** Paced breathing with the exhale longer than the inhale, which slows the heart. */
export interface BreathPattern {
	inSeconds: number;
	outSeconds: number;
}

export const DEFAULT_PATTERN: BreathPattern = { inSeconds: 4, outSeconds: 6 };

export interface BreathMoment {
	phase: 'in' | 'out';
	/** 1-based second within the phase, for the counter. */
	second: number;
	/** 0..1 through the phase, for the visual guide. */
	progress: number;
	cycle: number;
}

export function breathAt(
	elapsedMs: number,
	pattern: BreathPattern = DEFAULT_PATTERN
): BreathMoment {
	const cycleMs = (pattern.inSeconds + pattern.outSeconds) * 1000;
	const cycle = Math.floor(elapsedMs / cycleMs);
	const within = elapsedMs - cycle * cycleMs;
	const inMs = pattern.inSeconds * 1000;
	if (within < inMs) {
		return { phase: 'in', second: Math.floor(within / 1000) + 1, progress: within / inMs, cycle };
	}
	const out = within - inMs;
	return {
		phase: 'out',
		second: Math.floor(out / 1000) + 1,
		progress: out / (pattern.outSeconds * 1000),
		cycle
	};
}

/** 5-4-3-2-1: one sense at a time. */
export const SENSES = [
	{ count: 5, prompt: 'Name five things you can see.' },
	{ count: 4, prompt: 'Notice four things you can feel: your clothes, the chair, the air.' },
	{ count: 3, prompt: 'Listen for three things you can hear.' },
	{ count: 2, prompt: 'Find two things you can smell, or two smells you like.' },
	{ count: 1, prompt: 'Notice one thing you can taste, or take a sip of water.' }
] as const;

/** Orienting: slow prompts that bring attention to the room, here and now. */
export const ORIENTING = [
	'Let your eyes move slowly around the room. There is no hurry.',
	'Let them rest on something you like looking at.',
	'Name three colours you can see.',
	'Feel your feet on the floor. Press them down a little.',
	'Notice something that tells you it is today, not back then.',
	'Notice where the door is, and that you can move.'
] as const;
