import { DB_NAME } from '$lib/db/names';
import { repos } from './repositories';

/**
 * How safe the journal's storage is: whether the browser agreed to keep it (persistent
 * storage) and how much room it uses. Persistence is asked for after the first save, never
 * on page load.
 */
class StorageStatus {
	persisted = $state<boolean | null>(null);
	usage = $state<number | null>(null);
	quota = $state<number | null>(null);
	#asked = false;

	async refresh(): Promise<void> {
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		if (!storage) return;
		this.persisted = (await storage.persisted?.()) ?? null;
		const estimate = await storage.estimate?.();
		this.usage = estimate?.usage ?? null;
		this.quota = estimate?.quota ?? null;
	}

	/** Called after a save: asks once per page for the journal to be kept. */
	async askToKeep(): Promise<void> {
		if (this.#asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
		this.#asked = true;
		try {
			if (!(await navigator.storage.persisted())) await navigator.storage.persist();
		} catch {
			// The browser decides; settings show what it decided.
		}
	}
}

export const storageStatus = new StorageStatus();

/**
 * Deletes everything Haven keeps on this device: the database, local and session storage,
 * the caches and the service worker. The page is then loaded fresh.
 */
export async function deleteEverything(): Promise<void> {
	(await repos()).connection.close();
	await new Promise<void>((resolve, reject) => {
		const request = indexedDB.deleteDatabase(DB_NAME);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? new Error('could not delete'));
		// Another tab still holds it open: it is deleted as soon as that tab lets go.
		request.onblocked = () => resolve();
	});
	localStorage.clear();
	sessionStorage.clear();
	if ('caches' in window) {
		for (const key of await caches.keys()) await caches.delete(key);
	}
	if ('serviceWorker' in navigator) {
		for (const registration of await navigator.serviceWorker.getRegistrations()) {
			await registration.unregister();
		}
	}
}
