import * as z from 'zod/mini';
import { copingStrategySchema, partSchema, triggerTypeSchema } from './catalogue';
import { entrySchema } from './entry';
import { isoDateTime, list } from './primitives';
import { settingsSchema } from './settings';

export const BACKUP_FORMAT = 'haven-backup';
export const BACKUP_VERSION = 1;

/** The person's choices for one weekly summary, keyed by ISO week id (`2026-W47`). */
export const weekChoicesSchema = z.record(z.string(), z.unknown());

/** DESIGN.md "Backup file — format 1". */
export const backupSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.literal(BACKUP_VERSION),
	exportedAt: isoDateTime,
	entries: list(entrySchema),
	triggers: list(triggerTypeSchema),
	parts: list(partSchema),
	coping: list(copingStrategySchema),
	settings: z._default(settingsSchema, () => ({})),
	weeks: z._default(weekChoicesSchema, () => ({}))
});

export type Backup = z.output<typeof backupSchema>;

/** When the last backup was saved (for the reminder); kept in `meta`, not in backups. */
export const lastBackupSchema = z.object({ at: isoDateTime });
