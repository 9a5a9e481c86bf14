import { backupDue } from '$lib/domain/backup';
import { systemClock } from '$lib/domain/clock';
import { LAST_BACKUP_DOCUMENT } from '$lib/db/names';
import { repos } from './repositories';

const INSTALL_NOTE_KEY = 'haven:install-note-seen';
const BACKUP_LATER_KEY = 'haven:backup-reminder-later';
const RECENT = 50;

/** Gentle notes about keeping the journal safe. Each can be put aside; none repeats nagging. */
class Reminders {
	backupDue = $state(false);
	installNote = $state(false);
	/** iPhone and iPad keep the installed app's storage apart from Safari's. */
	readonly appleDevice =
		typeof navigator !== 'undefined' && /iPhone|iPad|iPod/.test(navigator.userAgent);

	async check(): Promise<void> {
		this.installNote =
			!window.matchMedia('(display-mode: standalone)').matches &&
			localStorage.getItem(INSTALL_NOTE_KEY) === null;
		if (sessionStorage.getItem(BACKUP_LATER_KEY) !== null) return;
		try {
			// Cheap on purpose (this runs as the journal opens): the oldest entry, and the newest
			// few, stand for "when the journal began" and "when it last changed".
			const r = await repos();
			const [last, oldest, recent] = await Promise.all([
				r.lastBackup.get(LAST_BACKUP_DOCUMENT),
				r.entries.oldest(),
				r.entries.page(0, RECENT)
			]);
			const newestChange = recent.entries
				.map((e) => e.updatedAt)
				.sort()
				.at(-1);
			this.backupDue = backupDue(
				last?.at ?? null,
				{
					oldestRecordedAt: oldest ? (oldest.recordedAt ?? oldest.occurredAt) : null,
					newestChangeAt: newestChange ?? null
				},
				systemClock()
			);
		} catch {
			this.backupDue = false;
		}
	}

	backupLater(): void {
		sessionStorage.setItem(BACKUP_LATER_KEY, '1');
		this.backupDue = false;
	}

	installNoteSeen(): void {
		localStorage.setItem(INSTALL_NOTE_KEY, '1');
		this.installNote = false;
	}
}

export const reminders = new Reminders();
