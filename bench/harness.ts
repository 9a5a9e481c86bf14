/**
 * What the benchmark runs inside the page, bundled on its own (vite.harness.config.ts) and
 * evaluated into a page of the production build, so it uses the same origin, the same
 * IndexedDB and Haven's own repository code. Never shipped with the app.
 */
import { createLock, unlockKeys, type LockDocument, type OpenKeys } from '$lib/crypto/lock-keys';
import { createRepositories, LockCodec } from '$lib/db';
import { checkBackup, createBackup, planImport } from '$lib/domain/backup';
import { BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import type { Entry } from '$lib/schemas';
import { buildJournal } from '$lib/test-data/builders';

const RAW_DB = 'haven-bench-raw';
let journal: Entry[] = [];

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('request failed'));
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
		tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
	});
}

async function openRaw(): Promise<IDBDatabase> {
	const req = indexedDB.open(RAW_DB, 1);
	req.onupgradeneeded = () => {
		const store = req.result.createObjectStore('entries', { keyPath: 'id' });
		store.createIndex('by-at', 'at');
	};
	return request(req);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await work();
	return performance.now() - start;
}

/** Makes the seeded journal in memory; returns how many entries it holds. */
export function generate(seed: number, count: number, days: number): number {
	// Ending now, so that "this week" and "4 weeks" hold what they would for a real person.
	journal = buildJournal({ seed, count, days, end: new Date() });
	return journal.length;
}

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.deleteDatabase(name);
		req.onsuccess = () => resolve();
		req.onerror = () => reject(req.error ?? new Error(`could not delete ${name}`));
		req.onblocked = () => reject(new Error(`${name} is open elsewhere`));
	});
}

/** Starts both databases from nothing, so every run writes into the same empty state. */
export async function reset(): Promise<void> {
	await deleteDatabase('haven');
	await deleteDatabase(RAW_DB);
	const repos = createRepositories();
	await repos.connection.open();
	repos.connection.close();
	(await openRaw()).close();
}

/** Haven's own write: validate, encode, one strict transaction (what import will use). */
export async function havenWrite(): Promise<number> {
	const repos = createRepositories();
	const ms = await timed(() => repos.entries.putMany(journal));
	repos.connection.close();
	return ms;
}

/** Haven's own read of everything: one transaction, decode, validate every record. */
export async function havenRead(): Promise<number> {
	const repos = createRepositories();
	let count = 0;
	const ms = await timed(async () => {
		count = (await repos.entries.list()).entries.length;
	});
	repos.connection.close();
	if (count !== journal.length) throw new Error(`read ${count} of ${journal.length} entries`);
	return ms;
}

/** The browser's limit: the same rows with bare IndexedDB calls, in one transaction. */
export async function rawWrite(): Promise<number> {
	const db = await openRaw();
	const ms = await timed(async () => {
		const tx = db.transaction('entries', 'readwrite', { durability: 'strict' });
		const store = tx.objectStore('entries');
		for (const entry of journal) {
			store.put({ id: entry.id, at: Date.parse(entry.occurredAt), payload: entry });
		}
		await done(tx);
	});
	db.close();
	return ms;
}

export async function rawRead(): Promise<number> {
	const db = await openRaw();
	let count = 0;
	const ms = await timed(async () => {
		const tx = db.transaction('entries', 'readonly');
		const rows = await request(tx.objectStore('entries').index('by-at').getAll());
		count = rows.length;
		await done(tx);
	});
	db.close();
	if (count !== journal.length) throw new Error(`raw read ${count} of ${journal.length}`);
	return ms;
}

/** The journal's first page: the newest 100 entries, as the journal reads them. */
export async function havenFirstPage(): Promise<number> {
	const repos = createRepositories();
	await repos.connection.open();
	const ms = await timed(() => repos.entries.page(0, 100));
	repos.connection.close();
	return ms;
}

let backupText = '';

/** Export as the settings page does: read everything, build format 1, serialise. */
export async function havenExport(): Promise<number> {
	const repos = createRepositories();
	const ms = await timed(async () => {
		const [{ entries }, triggers, parts, coping] = await Promise.all([
			repos.entries.list(),
			repos.triggerCatalogue(),
			repos.parts.list(),
			repos.copingCatalogue()
		]);
		const backup = createBackup(
			{ entries, triggers, parts, coping, settings: {}, weeks: {} },
			new Date()
		);
		backupText = JSON.stringify(backup);
	});
	repos.connection.close();
	return ms;
}

/** Check the exported file whole, plan it into an empty journal, write it in one go. */
async function importBackup(repos: ReturnType<typeof createRepositories>): Promise<void> {
	const checked = checkBackup(backupText, {
		triggers: new Set(BUILT_IN_TRIGGERS.map((t) => t.id)),
		parts: new Set(),
		coping: new Set(BUILT_IN_COPING.map((c) => c.id))
	});
	if (!checked.ok) throw new Error(checked.message);
	const plan = planImport(
		checked.backup,
		{ entries: new Map(), triggerIds: new Set(), partIds: new Set(), copingIds: new Set() },
		'merge'
	);
	await repos.applyImport(plan);
}

/** Restore the exported file into an empty journal: check the whole file, plan, one write. */
export async function havenImport(): Promise<number> {
	const repos = createRepositories();
	const ms = await timed(() => importBackup(repos));
	repos.connection.close();
	return ms;
}

/** The passphrase the benchmark's lock uses (the app's unlock step types the same). */
export const BENCH_PASSPHRASE = 'benchmark passphrase words';
let lock: { doc: LockDocument; keys: OpenKeys } | null = null;

async function benchLock() {
	lock ??= await createLock(BENCH_PASSPHRASE);
	return lock;
}

function openCodec(keys: OpenKeys): LockCodec {
	const codec = new LockCodec();
	codec.open(keys);
	return codec;
}

/** Unlocking: PBKDF2 with 600,000 iterations, then unwrapping both keys. */
export async function unlockTime(): Promise<number> {
	const { doc } = await benchLock();
	return timed(() => unlockKeys(doc, BENCH_PASSPHRASE));
}

/** One check-in saved, the lock off (0) or on (1): validate, encode, commit. Mean of 20. */
export async function saveOne(locked: number): Promise<number> {
	const codec = locked ? openCodec((await benchLock()).keys) : undefined;
	const repos = createRepositories({}, codec);
	await repos.connection.open();
	const sample = journal.slice(0, 20);
	const ms = await timed(async () => {
		for (const entry of sample) await repos.entries.put(entry);
	});
	repos.connection.close();
	return ms / sample.length;
}

/**
 * Restore into an empty journal with the lock on: the same check and plan, every record
 * encrypted before the one transaction. Leaves the lock's document in place, so the app
 * opens locked on this journal.
 */
export async function lockedImport(): Promise<number> {
	const { doc, keys } = await benchLock();
	const repos = createRepositories({}, openCodec(keys));
	await repos.writeLock(doc);
	const ms = await timed(() => importBackup(repos));
	repos.connection.close();
	return ms;
}

/** Read everything with the lock on: one transaction, decrypt, validate. */
export async function lockedRead(): Promise<number> {
	const repos = createRepositories({}, openCodec((await benchLock()).keys));
	let count = 0;
	const ms = await timed(async () => {
		count = (await repos.entries.list()).entries.length;
	});
	repos.connection.close();
	if (count !== journal.length) throw new Error(`read ${count} of ${journal.length} entries`);
	return ms;
}
