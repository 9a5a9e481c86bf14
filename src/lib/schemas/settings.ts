import * as z from 'zod/mini';

/**
 * The person's preferences. Every field is optional so that a newer Haven can add one
 * without a migration; absent means "the default". The README documents this shape,
 * because backups carry it.
 */
export const settingsSchema = z.object({
	theme: z.optional(z.enum(['system', 'light', 'dark'])),
	foldNotes: z.optional(z.boolean()),
	/** Days the person saw their therapist (`yyyy-MM-dd`), for "since my last session". */
	sessionDays: z.optional(z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))))
});

export type Settings = z.output<typeof settingsSchema>;
