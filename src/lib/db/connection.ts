import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { classify, StorageError } from './errors';
import { upgrade } from './migrations';
import { DB_NAME, DB_VERSION, type HavenDB, type StoreName } from './schema';

/** What the person should hear about the database, beyond a single failed write. */
export type ConnectionEvent =
	/** This tab waits for another tab still holding an older version open. */
	| 'blocked'
	/** Another tab opened a newer version; this tab has let go and must reload. */
	| 'upgraded-elsewhere'
	/** The browser closed the connection (storage cleared, tab slept); it reopens on next use. */
	| 'terminated'
	/** The stored journal was written by a newer Haven than this page. */
	| 'too-new'
	| 'ready';

/**
 * Where tests inject what fake-indexeddb and Chromium cannot produce on demand: a full disk,
 * a connection that is closing. A hook throws to make the transaction fail.
 */
export interface StorageFaults {
	beforeTransaction?(stores: readonly StoreName[], mode: IDBTransactionMode): void;
}

export interface ConnectionOptions {
	name?: string;
	onEvent?: (event: ConnectionEvent) => void;
	faults?: StorageFaults;
}

type Tx<S extends StoreName[], M extends IDBTransactionMode> = IDBPTransaction<HavenDB, S, M>;

const MESSAGES = {
	quota: 'This device is out of storage space for Haven.',
	closed: 'The journal’s storage was closed by the browser.',
	'too-new':
		'This journal was saved by a newer version of Haven. Reload the page to get the newer version.',
	blocked: 'Haven is open in another tab with an older version. Close that tab to continue.',
	'upgraded-elsewhere': 'Haven was updated in another tab. Reload this page to continue.',
	unavailable: 'This browser is not letting Haven use storage (a private window can do this).',
	unknown: 'The journal’s storage could not be reached.'
} as const;

function wrap(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const problem = classify(error);
	return new StorageError(problem, MESSAGES[problem], { cause: error });
}

export class Connection {
	readonly name: string;
	faults: StorageFaults;
	#onEvent: (event: ConnectionEvent) => void;
	#db: Promise<IDBPDatabase<HavenDB>> | null = null;
	#upgradedElsewhere = false;

	constructor(options: ConnectionOptions = {}) {
		this.name = options.name ?? DB_NAME;
		this.faults = options.faults ?? {};
		this.#onEvent = options.onEvent ?? (() => {});
	}

	open(): Promise<IDBPDatabase<HavenDB>> {
		if (this.#upgradedElsewhere) {
			return Promise.reject(new StorageError('upgraded-elsewhere', MESSAGES['upgraded-elsewhere']));
		}
		if (typeof indexedDB === 'undefined') {
			return Promise.reject(new StorageError('unavailable', MESSAGES.unavailable));
		}
		this.#db ??= this.#openFresh();
		return this.#db;
	}

	#openFresh(): Promise<IDBPDatabase<HavenDB>> {
		const opening = openDB<HavenDB>(this.name, DB_VERSION, {
			upgrade: (db, oldVersion) => upgrade(db, oldVersion),
			blocked: () => this.#onEvent('blocked'),
			blocking: (_current, _next, event) => {
				// Let the other tab upgrade; an old page must never write into a newer schema.
				(event.target as IDBDatabase).close();
				this.#upgradedElsewhere = true;
				this.#db = null;
				this.#onEvent('upgraded-elsewhere');
			},
			terminated: () => {
				this.#db = null;
				this.#onEvent('terminated');
			}
		}).then(
			(db) => {
				this.#onEvent('ready');
				return db;
			},
			(error: unknown) => {
				this.#db = null;
				const wrapped = wrap(error);
				if (wrapped.problem === 'too-new') this.#onEvent('too-new');
				throw wrapped;
			}
		);
		return opening;
	}

	async read<S extends StoreName[], T>(
		stores: S,
		work: (tx: Tx<S, 'readonly'>) => Promise<T>
	): Promise<T> {
		return this.#run(stores, 'readonly', 'default', work);
	}

	/**
	 * Resolves only once the transaction has committed: that is when the app may say "Saved".
	 * Imports and migrations ask for strict durability (Chromium's default is relaxed).
	 */
	async write<S extends StoreName[], T>(
		stores: S,
		work: (tx: Tx<S, 'readwrite'>) => Promise<T>,
		durability: IDBTransactionDurability = 'default'
	): Promise<T> {
		return this.#run(stores, 'readwrite', durability, work);
	}

	async #run<S extends StoreName[], M extends IDBTransactionMode, T>(
		stores: S,
		mode: M,
		durability: IDBTransactionDurability,
		work: (tx: Tx<S, M>) => Promise<T>
	): Promise<T> {
		try {
			return await this.#attempt(stores, mode, durability, work);
		} catch (error) {
			// A connection the browser closed (Safari does this after a tab sleeps) is opened
			// again and the work tried once more; a second failure is reported.
			if (classify(error) !== 'closed' || this.#upgradedElsewhere) throw wrap(error);
			this.#db = null;
			try {
				return await this.#attempt(stores, mode, durability, work);
			} catch (again) {
				throw wrap(again);
			}
		}
	}

	async #attempt<S extends StoreName[], M extends IDBTransactionMode, T>(
		stores: S,
		mode: M,
		durability: IDBTransactionDurability,
		work: (tx: Tx<S, M>) => Promise<T>
	): Promise<T> {
		this.faults.beforeTransaction?.(stores, mode);
		const db = await this.open();
		const tx = db.transaction(stores, mode, { durability });
		const done = tx.done;
		done.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
		try {
			const result = await work(tx);
			await done;
			return result;
		} catch (error) {
			abortQuietly(tx);
			throw error;
		}
	}

	close(): void {
		const db = this.#db;
		this.#db = null;
		if (db) void db.then((d) => d.close()).catch(() => {});
	}
}

function abortQuietly(tx: { abort(): void }): void {
	try {
		tx.abort();
	} catch {
		// Already finished or aborted: nothing was written by this transaction either way.
	}
}
