import * as z from 'zod/mini';
import { id, label } from './primitives';

/** Crisis regions (domain/crisis.ts); `auto` follows the device's languages. */
const CRISIS_REGION_IDS = ['auto', 'US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'INT'] as const;

export const safePersonSchema = z.object({
	id,
	name: label,
	number: z.string().check(z.trim(), z.minLength(3), z.maxLength(40))
});

/**
 * The person's preferences. Every field is optional so that a newer Haven can add one
 * without a migration; absent means "the default". The README documents this shape,
 * because backups carry it.
 */
export const settingsSchema = z.object({
	theme: z.optional(z.enum(['system', 'light', 'dark'])),
	foldNotes: z.optional(z.boolean()),
	/** Days the person saw their therapist (`yyyy-MM-dd`), for "since my last session". */
	sessionDays: z.optional(z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
	/** Which crisis lines to show. */
	crisisRegion: z.optional(z.enum(CRISIS_REGION_IDS)),
	/** People the person can reach; encrypted with everything else when the lock is on. */
	safePeople: z.optional(z.array(safePersonSchema))
});

export type SafePerson = z.output<typeof safePersonSchema>;

export type Settings = z.output<typeof settingsSchema>;
