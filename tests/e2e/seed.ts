import type { Page } from '@playwright/test';
import type { Entry } from '../../src/lib/schemas';

/**
 * Writes entries straight into the journal's store, in the row shape the README documents
 * ({ id, at, payload }), for tests that need more entries than a person would tap in.
 * The page must have opened the journal once so the database exists.
 */
export async function seedEntries(page: Page, entries: readonly Entry[]): Promise<void> {
	await page.evaluate(async (records) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('haven');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error ?? new Error('open failed'));
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('entries', 'readwrite');
			for (const entry of records) {
				tx.objectStore('entries').put({
					id: entry.id,
					at: Date.parse(entry.occurredAt),
					payload: entry
				});
			}
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error ?? new Error('write failed'));
		});
		db.close();
	}, entries);
}

/** Writes parts into the parts library, in the row shape the README documents ({ id, payload }). */
export async function seedParts(
	page: Page,
	parts: readonly { id: string; name: string; role: string }[]
): Promise<void> {
	await page.evaluate(async (records) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('haven');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error ?? new Error('open failed'));
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('parts', 'readwrite');
			for (const part of records) tx.objectStore('parts').put({ id: part.id, payload: part });
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error ?? new Error('write failed'));
		});
		db.close();
	}, parts);
}
