import * as z from 'zod/mini';
import { copingUseSchema } from './entry';
import { id, text } from './primitives';
import { ACTIVATION_MAX, ACTIVATION_MIN, STATES } from './vocabulary';

/** An unsaved check-in, kept so that a reload or a closed tab loses nothing. */
export const draftSchema = z.object({
	state: z.nullable(z.enum(STATES)),
	triggerIds: z.array(id),
	partIds: z.array(id),
	selfPresent: z.boolean(),
	activation: z.nullable(z.int().check(z.minimum(ACTIVATION_MIN), z.maximum(ACTIVATION_MAX))),
	body: text,
	coping: z.array(copingUseSchema),
	glimmers: text,
	note: text,
	bringToTherapy: z.boolean(),
	when: z.string().check(z.maxLength(40))
});

export type Draft = z.output<typeof draftSchema>;
