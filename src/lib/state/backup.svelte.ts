import {
	backupFileName,
	checkBackup,
	createBackup,
	MAX_BACKUP_BYTES,
	planImport,
	type BackupCheck,
	type ImportPlan,
	type KnownIds,
	type JournalContents
} from '$lib/domain/backup';
import type { CheckMessage, CheckRequest } from '$lib/domain/backup-check.worker';
import { deviceTimeZone, systemClock } from '$lib/domain/clock';
import { entriesToCsv } from '$lib/domain/csv';
import { localDay } from '$lib/domain/dates';
import type { Backup } from '$lib/schemas';
import type { Repositories } from '$lib/db';
import { LAST_BACKUP_DOCUMENT, SETTINGS_DOCUMENT, WEEKS_DOCUMENT } from '$lib/db/names';
import { catalogue } from './catalogue.svelte';
import { journal } from './journal.svelte';
import { repos } from './repositories';
import { reminders } from './reminders.svelte';
import { settings } from './settings.svelte';

/**
 * Runs the whole-file check in a worker so that a file of many megabytes never freezes the
 * page; where a worker cannot start, the same check runs here.
 */
function checkOffMainThread(
	text: string,
	known: KnownIds,
	onProgress: (checked: number, total: number) => void
): Promise<BackupCheck> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('../domain/backup-check.worker.ts', import.meta.url), {
			type: 'module'
		});
	} catch {
		return Promise.resolve(checkBackup(text, known, onProgress));
	}
	return new Promise((resolve) => {
		worker.onmessage = (event: MessageEvent<CheckMessage>) => {
			if (event.data.type === 'progress') onProgress(event.data.checked, event.data.total);
			else {
				worker.terminate();
				resolve(event.data.result);
			}
		};
		worker.onerror = () => {
			worker.terminate();
			resolve(checkBackup(text, known, onProgress));
		};
		const request: CheckRequest = {
			text,
			known: {
				triggers: [...known.triggers],
				parts: [...known.parts],
				coping: [...known.coping]
			}
		};
		worker.postMessage(request);
	});
}

export interface Download {
	name: string;
	type: string;
	text: string;
}

async function readContents(r: Repositories): Promise<JournalContents> {
	const [{ entries }, triggers, parts, coping, stored, weeks] = await Promise.all([
		r.entries.list(),
		r.triggerCatalogue(),
		r.parts.list(),
		r.copingCatalogue(),
		r.meta.get(SETTINGS_DOCUMENT),
		r.weeks.get(WEEKS_DOCUMENT)
	]);
	return { entries, triggers, parts, coping, settings: stored ?? {}, weeks: weeks ?? {} };
}

export type RestoreStep =
	| { kind: 'idle' }
	| { kind: 'checking'; checked: number; total: number }
	| { kind: 'refused'; message: string }
	/** A protected backup: its passphrase is asked before anything is checked. */
	| { kind: 'protected'; text: string; problem: string | null }
	| {
			kind: 'ready';
			backup: Backup;
			merge: ImportPlan;
			replace: ImportPlan;
	  }
	| { kind: 'writing' }
	| { kind: 'done'; plan: ImportPlan }
	| { kind: 'failed'; message: string };

const UNREADABLE = 'This file could not be read. Your journal is untouched.';

/** Backups out and restores in, with every check done before anything is written. */
class BackupFlow {
	// Raw: a plan holds thousands of records that go to IndexedDB as they are (a deep $state
	// proxy cannot be cloned into storage) and never change in place.
	restore = $state.raw<RestoreStep>({ kind: 'idle' });
	/** The person has asked to replace everything and is being asked to confirm. */
	confirmReplace = $state(false);
	exportError = $state<string | null>(null);

	/**
	 * The whole journal as backup format 1, ready to download; with a passphrase, inside the
	 * protected envelope the README documents.
	 */
	async backupFile(passphrase?: string): Promise<Download | null> {
		this.exportError = null;
		try {
			const r = await repos();
			const now = systemClock();
			const backup = createBackup(await readContents(r), now);
			const text = JSON.stringify(backup, null, '\t');
			const day = localDay(now, deviceTimeZone());
			const file = passphrase
				? {
						name: backupFileName(day).replace(/\.json$/, '-protected.json'),
						type: 'application/json',
						text: await (await import('$lib/crypto/backup-envelope')).sealBackup(text, passphrase)
					}
				: { name: backupFileName(day), type: 'application/json', text };
			await r.lastBackup.put(LAST_BACKUP_DOCUMENT, { at: now.toISOString() }).catch(() => {
				// Only the reminder would miss it; the backup itself is fine.
			});
			reminders.backupDue = false;
			return file;
		} catch {
			this.exportError = 'Couldn’t make the backup just now. Nothing was changed. Try again.';
			return null;
		}
	}

	async csvFile(): Promise<Download | null> {
		this.exportError = null;
		try {
			const contents = await readContents(await repos());
			const now = systemClock();
			return {
				name: `haven-entries-${localDay(now, deviceTimeZone())}.csv`,
				type: 'text/csv;charset=utf-8',
				text: entriesToCsv(contents.entries, contents, { deviceZone: deviceTimeZone() })
			};
		} catch {
			this.exportError = 'Couldn’t make the CSV just now. Nothing was changed. Try again.';
			return null;
		}
	}

	/** Reads and checks a chosen file, and works out what merge and replace would do. */
	async choose(file: File): Promise<void> {
		if (file.size > MAX_BACKUP_BYTES) {
			const mb = Math.round(file.size / (1024 * 1024));
			this.restore = {
				kind: 'refused',
				message: `This file is ${mb} MB, far larger than a Haven backup. It was not read. Your journal is untouched.`
			};
			return;
		}
		this.restore = { kind: 'checking', checked: 0, total: 0 };
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.restore = { kind: 'refused', message: UNREADABLE };
			return;
		}
		const { isEnvelope } = await import('$lib/crypto/backup-envelope');
		if (isEnvelope(text)) {
			this.restore = { kind: 'protected', text, problem: null };
			return;
		}
		await this.#check(text);
	}

	/** Opens a protected backup with its passphrase, then checks it like any other. */
	async unprotect(passphrase: string): Promise<void> {
		const step = this.restore;
		if (step.kind !== 'protected') return;
		const { openBackup, EnvelopeError } = await import('$lib/crypto/backup-envelope');
		try {
			const text = await openBackup(step.text, passphrase);
			this.restore = { kind: 'checking', checked: 0, total: 0 };
			await this.#check(text);
		} catch (error) {
			if (error instanceof EnvelopeError) {
				this.restore = { kind: 'refused', message: `${error.message} Your journal is untouched.` };
			} else {
				this.restore = {
					...step,
					problem: 'That passphrase doesn’t open this backup. Nothing was written. Try again.'
				};
			}
		}
	}

	async #check(text: string): Promise<void> {
		try {
			const r = await repos();
			const current = await readContents(r);
			const known = {
				triggers: new Set(current.triggers.map((t) => t.id)),
				parts: new Set(current.parts.map((p) => p.id)),
				coping: new Set(current.coping.map((c) => c.id))
			};
			const checked = await checkOffMainThread(text, known, (done, total) => {
				this.restore = { kind: 'checking', checked: done, total };
			});
			if (!checked.ok) {
				this.restore = { kind: 'refused', message: checked.message };
				return;
			}
			const state = {
				entries: new Map(current.entries.map((e) => [e.id, e])),
				triggerIds: known.triggers,
				partIds: known.parts,
				copingIds: known.coping
			};
			this.restore = {
				kind: 'ready',
				backup: checked.backup,
				merge: planImport(checked.backup, state, 'merge'),
				replace: planImport(checked.backup, state, 'replace')
			};
			this.confirmReplace = false;
		} catch {
			this.restore = { kind: 'refused', message: UNREADABLE };
		}
	}

	async apply(mode: 'merge' | 'replace'): Promise<void> {
		const step = this.restore;
		if (step.kind !== 'ready') return;
		const plan = mode === 'merge' ? step.merge : step.replace;
		this.restore = { kind: 'writing' };
		try {
			await (await repos()).applyImport(plan);
			this.restore = { kind: 'done', plan };
			await Promise.all([catalogue.refresh(), journal.load(), settings.reload()]);
		} catch {
			this.restore = {
				kind: 'failed',
				message:
					'The restore could not be written, so nothing was changed. Your journal is as it was. Try again.'
			};
		}
	}

	cancel(): void {
		this.restore = { kind: 'idle' };
		this.confirmReplace = false;
	}
}

export const backupFlow = new BackupFlow();
