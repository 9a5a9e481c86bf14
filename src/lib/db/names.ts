/** The database's name. */
export const DB_NAME = 'haven';

/** Names of the small documents kept in the `meta` store. No imports: pages may use these freely. */
export const SETTINGS_DOCUMENT = 'settings';
export const WEEKS_DOCUMENT = 'weeks';
/** Last time a backup was saved, as an ISO string (for the reminder). */
export const LAST_BACKUP_DOCUMENT = 'last-backup';
/** The lock's wrapped keys and parameters: the one `meta` document kept in the clear. */
export const LOCK_DOCUMENT = 'lock';
