import * as z from 'zod/mini';
import { flag, id, isoDateTime, list, text, timeZone } from './primitives';
import { ACTIVATION_MAX, ACTIVATION_MIN, HELPED, STATES } from './vocabulary';

export const copingUseSchema = z.object({
	id,
	helped: z.optional(z.enum(HELPED))
});

/**
 * An entry as DESIGN.md's backup format 1 writes it. Only `id`, `occurredAt` and `state`
 * are required; the parsed value fills what an absent field means (empty lists, false,
 * `updatedAt` from `recordedAt` or `occurredAt`), so code never has to ask twice.
 */
const entryFields = z.object({
	id,
	occurredAt: isoDateTime,
	timeZone: z.optional(timeZone),
	recordedAt: z.optional(isoDateTime),
	updatedAt: z.optional(isoDateTime),
	state: z.enum(STATES),
	activation: z.optional(z.int().check(z.minimum(ACTIVATION_MIN), z.maximum(ACTIVATION_MAX))),
	triggerIds: list(id),
	partIds: list(id),
	selfPresent: flag,
	body: z.optional(text),
	coping: list(copingUseSchema),
	note: z.optional(text),
	glimmers: z.optional(text),
	bringToTherapy: flag,
	finishLater: flag,
	noteFolded: flag
});

function unique<T>(items: readonly T[], key: (item: T) => string = String): T[] {
	const seen = new Set<string>();
	return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

export const entrySchema = z.pipe(
	entryFields,
	// Lists are sets: a trigger, part or coping strategy counts once per entry.
	z.transform((entry) => ({
		...entry,
		updatedAt: entry.updatedAt ?? entry.recordedAt ?? entry.occurredAt,
		triggerIds: unique(entry.triggerIds),
		partIds: unique(entry.partIds),
		coping: unique(entry.coping, (use) => use.id)
	}))
);

export type EntryInput = z.input<typeof entrySchema>;
export type Entry = z.output<typeof entrySchema>;
export type CopingUse = z.output<typeof copingUseSchema>;
