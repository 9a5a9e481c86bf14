import { BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import { HELPED, STATES, entrySchema, type Entry, type EntryInput } from '$lib/schemas';
import { seeded, type Random } from './random';

const BASE_TIME = Date.parse('2026-11-20T21:15:00.000Z');
let counter = 0;

/** One valid entry; pass only what the test is about. */
export function buildEntry(overrides: Partial<EntryInput> = {}): Entry {
	counter += 1;
	const occurredAt = new Date(BASE_TIME - counter * 60_000).toISOString();
	return entrySchema.parse({
		id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
		occurredAt,
		timeZone: 'Europe/London',
		recordedAt: occurredAt,
		updatedAt: occurredAt,
		state: 'regulated',
		...overrides
	});
}

const NOTES = [
	'Meeting with my manager.',
	'Call with Mum ran long.',
	'Couldn’t get out of bed until noon.',
	'A quiet walk by the river.',
	'ملاحظة قصيرة',
	'Felt the dog lean in 🐕',
	'He went silent at dinner.'
];

/** A plausible random entry at a given moment, from a seeded generator. */
export function randomEntry(random: Random, occurredAt: Date): Entry {
	const recordedAt = new Date(occurredAt.getTime() + random.int(0, 3_600_000));
	const triggers = BUILT_IN_TRIGGERS.map((t) => t.id);
	return entrySchema.parse({
		id: random.uuid(),
		occurredAt: occurredAt.toISOString(),
		timeZone: random.chance(0.95) ? 'Europe/London' : 'America/New_York',
		recordedAt: recordedAt.toISOString(),
		updatedAt: recordedAt.toISOString(),
		state: random.pick(STATES),
		activation: random.chance(0.7) ? random.int(0, 10) : undefined,
		triggerIds: random.chance(0.8)
			? [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(triggers)))]
			: [],
		selfPresent: random.chance(0.2),
		coping: random.chance(0.5)
			? [{ id: random.pick(BUILT_IN_COPING).id, helped: random.pick(HELPED) }]
			: [],
		note: random.chance(0.6) ? random.pick(NOTES) : undefined,
		bringToTherapy: random.chance(0.1)
	});
}

/**
 * A journal of `count` entries spread over `days` days before `end`, the same for the same
 * seed. The benchmark uses 20,000 entries over five years.
 */
export function buildJournal(options: {
	seed: number;
	count: number;
	days?: number;
	end?: Date;
}): Entry[] {
	const random = seeded(options.seed);
	const end = (options.end ?? new Date('2026-11-22T12:00:00.000Z')).getTime();
	const span = (options.days ?? 5 * 365) * 86_400_000;
	const entries: Entry[] = [];
	for (let i = 0; i < options.count; i++) {
		const at = new Date(end - Math.floor(random.next() * span));
		at.setUTCSeconds(0, 0);
		entries.push(randomEntry(random, at));
	}
	return entries;
}
