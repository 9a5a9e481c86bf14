import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	backupSchema,
	entrySchema,
	safeParse,
	type Backup,
	type CopingStrategy,
	type Entry,
	type FieldProblem,
	type Part,
	type Settings,
	type TriggerType
} from '$lib/schemas';

/** Everything the person made, as backup format 1 carries it (drafts and lock keys excepted). */
export interface JournalContents {
	entries: readonly Entry[];
	triggers: readonly TriggerType[];
	parts: readonly Part[];
	coping: readonly CopingStrategy[];
	settings: Settings;
	weeks: Record<string, unknown>;
}

/** A file larger than this is refused before it is read (20,000 entries are about 10 MB). */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

const UNTOUCHED = 'Your journal is untouched.';

export function createBackup(contents: JournalContents, exportedAt: Date): Backup {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: exportedAt.toISOString(),
		entries: [...contents.entries],
		triggers: [...contents.triggers],
		parts: [...contents.parts],
		coping: [...contents.coping],
		settings: { ...contents.settings },
		weeks: { ...contents.weeks }
	};
}

export function backupFileName(day: string): string {
	return `haven-backup-${day}.json`;
}

export type BackupCheck =
	{ ok: true; backup: Backup } | { ok: false; message: string; problems: FieldProblem[] };

function refuse(message: string, problems: FieldProblem[] = []): BackupCheck {
	return { ok: false, message, problems };
}

/** What the app already knows, so a backup may name it without carrying it. */
export interface KnownIds {
	triggers: ReadonlySet<string>;
	parts: ReadonlySet<string>;
	coping: ReadonlySet<string>;
}

/**
 * Checks a whole file before anything is written: JSON, format, version, every record against
 * its schema, every trigger, part and coping id an entry names. Says what failed and where.
 */
export function checkBackup(
	text: string,
	known: KnownIds,
	onProgress?: (checked: number, total: number) => void
): BackupCheck {
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (/^(id|"id"),(date|"date"),/.test(start)) {
		return refuse(
			`This is a CSV export. CSV is for spreadsheets and cannot be restored: choose a Haven backup (.json). ${UNTOUCHED}`
		);
	}
	let data: unknown;
	try {
		data = JSON.parse(start);
	} catch {
		return refuse(
			`This file could not be read as a Haven backup: it is not complete JSON (it may be cut short or be another kind of file). ${UNTOUCHED}`
		);
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== BACKUP_FORMAT
	) {
		return refuse(`This file is not a Haven backup. ${UNTOUCHED}`);
	}
	const version = (data as { version?: unknown }).version;
	if (typeof version === 'number' && version > BACKUP_VERSION) {
		return refuse(
			`This backup was made by a newer version of Haven (format version ${version}). Update Haven, then try again. ${UNTOUCHED}`
		);
	}
	// Entries one by one (with progress), then the rest of the document around them.
	const rawEntries = (data as { entries?: unknown }).entries;
	const entries: Entry[] = [];
	if (Array.isArray(rawEntries)) {
		for (let i = 0; i < rawEntries.length; i++) {
			const entry = safeParse(entrySchema, rawEntries[i], `entries[${i}]`);
			if (!entry.ok) return refuse(problemMessage(entry.problems), entry.problems);
			entries.push(entry.value);
			if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1, rawEntries.length);
		}
	}
	const parsed = safeParse(backupSchema, { ...data, entries: [] });
	if (!parsed.ok) return refuse(problemMessage(parsed.problems), parsed.problems);
	const backup: Backup = { ...parsed.value, entries };
	onProgress?.(entries.length, entries.length);

	const triggers = new Set([...known.triggers, ...backup.triggers.map((t) => t.id)]);
	const parts = new Set([...known.parts, ...backup.parts.map((p) => p.id)]);
	const coping = new Set([...known.coping, ...backup.coping.map((c) => c.id)]);
	const problems: FieldProblem[] = [];
	const ids = new Set<string>();
	backup.entries.forEach((entry, i) => {
		entry.triggerIds.forEach((id, j) => {
			if (!triggers.has(id)) {
				problems.push({
					path: `entries[${i}].triggerIds[${j}]`,
					message: `names a trigger “${id}” that is in neither this file nor Haven`
				});
			}
		});
		entry.partIds.forEach((id, j) => {
			if (!parts.has(id)) {
				problems.push({
					path: `entries[${i}].partIds[${j}]`,
					message: `names a part “${id}” that is in neither this file nor Haven`
				});
			}
		});
		entry.coping.forEach((use, j) => {
			if (!coping.has(use.id)) {
				problems.push({
					path: `entries[${i}].coping[${j}].id`,
					message: `names a coping strategy “${use.id}” that is in neither this file nor Haven`
				});
			}
		});
		if (ids.has(entry.id)) {
			problems.push({ path: `entries[${i}].id`, message: 'appears twice in this file' });
		}
		ids.add(entry.id);
	});
	if (problems.length > 0) return refuse(problemMessage(problems), problems);
	return { ok: true, backup };
}

function problemMessage(problems: readonly FieldProblem[]): string {
	const shown = problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
	const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
	return `This backup has a problem, so nothing was imported. ${shown.join('; ')}${more}. ${UNTOUCHED}`;
}

/** What a restore will do, shown before the person confirms and after it is done. */
export interface ImportPlan {
	mode: 'merge' | 'replace';
	entries: Entry[];
	triggers: TriggerType[];
	parts: Part[];
	coping: CopingStrategy[];
	settings: Settings | null;
	weeks: Record<string, unknown> | null;
	counts: { added: number; updated: number; unchanged: number };
}

/**
 * Merge (the default): on the same entry id the later `updatedAt` wins; catalogue items and
 * parts already in the app are kept and new ids added; settings stay the app's. Replace:
 * everything comes from the file. Planning the same file twice over its own result changes
 * nothing.
 */
export function planImport(
	backup: Backup,
	current: {
		entries: ReadonlyMap<string, Entry>;
		triggerIds: ReadonlySet<string>;
		partIds: ReadonlySet<string>;
		copingIds: ReadonlySet<string>;
	},
	mode: 'merge' | 'replace'
): ImportPlan {
	if (mode === 'replace') {
		return {
			mode,
			entries: backup.entries,
			triggers: backup.triggers,
			parts: backup.parts,
			coping: backup.coping,
			settings: backup.settings,
			weeks: backup.weeks,
			counts: { added: backup.entries.length, updated: 0, unchanged: 0 }
		};
	}
	const counts = { added: 0, updated: 0, unchanged: 0 };
	const entries: Entry[] = [];
	for (const entry of backup.entries) {
		const mine = current.entries.get(entry.id);
		if (!mine) {
			counts.added += 1;
			entries.push(entry);
		} else if (Date.parse(entry.updatedAt) > Date.parse(mine.updatedAt)) {
			counts.updated += 1;
			entries.push(entry);
		} else {
			counts.unchanged += 1;
		}
	}
	return {
		mode,
		entries,
		triggers: backup.triggers.filter((t) => !current.triggerIds.has(t.id)),
		parts: backup.parts.filter((p) => !current.partIds.has(p.id)),
		coping: backup.coping.filter((c) => !current.copingIds.has(c.id)),
		settings: null,
		weeks: null,
		counts
	};
}

const WEEK_MS = 7 * 86_400_000;

/**
 * A gentle reminder is due when the last backup (or, with none yet, the first entry) is more
 * than a week old and something was written since.
 */
export function backupDue(
	lastBackupAt: string | null,
	journal: { oldestRecordedAt: string | null; newestChangeAt: string | null },
	now: Date
): boolean {
	if (!journal.newestChangeAt || !journal.oldestRecordedAt) return false;
	const since = lastBackupAt ?? journal.oldestRecordedAt;
	if (now.getTime() - Date.parse(since) < WEEK_MS) return false;
	return lastBackupAt === null || Date.parse(journal.newestChangeAt) > Date.parse(lastBackupAt);
}
