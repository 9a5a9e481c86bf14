import * as z from 'zod/mini';
import { id, text } from './primitives';

/**
 * The person's choices for one summary, kept in the `weeks` document under the week's id
 * (`2026-W47`) or a range's (`2026-11-10..2026-11-22`). Every field is optional: absent
 * means the default (every section in, flagged entries in, notes out). The README documents
 * this shape, because backups carry it.
 */
export const weekChoiceSchema = z.object({
	/** Section id → shown. Unknown section ids are kept and ignored. */
	sections: z.optional(z.record(z.string(), z.boolean())),
	/** "What I want to talk about", at the top of the summary. */
	talkAbout: z.optional(text),
	/** Entry id → whether it goes in, and whether what was written (note, body, glimmers) does. */
	entries: z.optional(
		z.record(id, z.object({ include: z.optional(z.boolean()), text: z.optional(z.boolean()) }))
	)
});

export type WeekChoiceInput = z.input<typeof weekChoiceSchema>;
