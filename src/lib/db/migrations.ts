import type { IDBPDatabase } from 'idb';
import type { HavenDB } from './schema';

/**
 * One block per schema version, in order. A block that has shipped is never edited: a
 * database written by any released version must keep opening without loss. Inside a block
 * await only IndexedDB calls, or the upgrade transaction closes under you.
 */
export function upgrade(db: IDBPDatabase<HavenDB>, oldVersion: number): void {
	if (oldVersion < 1) {
		const entries = db.createObjectStore('entries', { keyPath: 'id' });
		entries.createIndex('by-at', 'at');
		db.createObjectStore('triggers', { keyPath: 'id' });
		db.createObjectStore('parts', { keyPath: 'id' });
		db.createObjectStore('coping', { keyPath: 'id' });
		db.createObjectStore('drafts', { keyPath: 'id' });
		db.createObjectStore('meta', { keyPath: 'id' });
	}
}
