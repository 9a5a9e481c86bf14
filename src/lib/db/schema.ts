import type { DBSchema } from 'idb';

export { DB_NAME } from './names';

/**
 * Raise this only together with a new `if (oldVersion < N)` block in migrations.ts and a
 * fixture of the previous version's data (issue 5 adds the fixture check).
 */
export const DB_VERSION = 1;

/**
 * Rows keep in the clear only what an index needs; everything else is the `payload`, which
 * passes through a RecordCodec. With the lock off the codec stores the record as is; with it
 * on, the payload is ciphertext. Either way the row shape stays the same.
 */
export interface EntryRow {
	id: string;
	/** `occurredAt` as epoch milliseconds, so mixed offsets sort correctly. */
	at: number;
	payload: unknown;
}

export interface RecordRow {
	id: string;
	payload: unknown;
}

export interface HavenDB extends DBSchema {
	entries: { key: string; value: EntryRow; indexes: { 'by-at': number } };
	triggers: { key: string; value: RecordRow };
	parts: { key: string; value: RecordRow };
	coping: { key: string; value: RecordRow };
	drafts: { key: string; value: RecordRow };
	/** Small documents by name: settings, the weekly choices, later the lock's wrapped keys. */
	meta: { key: string; value: RecordRow };
}

export type StoreName = 'entries' | 'triggers' | 'parts' | 'coping' | 'drafts' | 'meta';
