import * as z from 'zod/mini';
import { flag, hexColor, id, isoDateTime, label, text } from './primitives';
import { PART_ROLES, TRIGGER_GROUPS } from './vocabulary';

export const triggerTypeSchema = z.object({
	id,
	label,
	group: z.enum(TRIGGER_GROUPS),
	builtIn: flag,
	archived: flag
});

export const copingStrategySchema = z.object({
	id,
	label,
	builtIn: flag,
	archived: flag
});

export const partSchema = z.object({
	id,
	name: label,
	role: z.enum(PART_ROLES),
	description: z.optional(text),
	color: z.optional(hexColor),
	archived: flag,
	createdAt: z.optional(isoDateTime)
});

export type TriggerType = z.output<typeof triggerTypeSchema>;
export type CopingStrategy = z.output<typeof copingStrategySchema>;
export type Part = z.output<typeof partSchema>;
