import { backupDue } from '$lib/domain/backup';
import { systemClock } from '$lib/domain/clock';
import { LAST_BACKUP_DOCUMENT } from '$lib/db/names';
import { repos } from './repositories';

const INSTALL_NOTE_KEY = 'haven:install-note-seen';
const BACKUP_LATER_KEY = 'haven:backup-reminder-later';

/** Gentle notes about keeping the journal safe. Each can be put aside; none repeats nagging. */
class Reminders {
	backupDue = $state(false);
	installNote = $state(false);

	async check(): Promise<void> {
		this.installNote =
			!window.matchMedia('(display-mode: standalone)').matches &&
			localStorage.getItem(INSTALL_NOTE_KEY) === null;
		if (sessionStorage.getItem(BACKUP_LATER_KEY) !== null) return;
		try {
			const r = await repos();
			const [last, { entries }] = await Promise.all([
				r.lastBackup.get(LAST_BACKUP_DOCUMENT),
				r.entries.list()
			]);
			const recorded = entries.map((e) => e.recordedAt ?? e.occurredAt).sort();
			const changed = entries.map((e) => e.updatedAt).sort();
			this.backupDue = backupDue(
				last?.at ?? null,
				{ oldestRecordedAt: recorded[0] ?? null, newestChangeAt: changed.at(-1) ?? null },
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
