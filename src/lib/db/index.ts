import { mergeCatalogue, BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import {
	copingStrategySchema,
	draftSchema,
	partSchema,
	settingsSchema,
	weekChoicesSchema,
	lastBackupSchema,
	safeParse,
	triggerTypeSchema,
	type CopingStrategy,
	type TriggerType
} from '$lib/schemas';
import { plainCodec, type RecordCodec } from './codec';
import { CollectionRepository } from './collection';
import { Connection, type ConnectionOptions } from './connection';
import { DocumentRepository } from './documents';
import { EntryRepository } from './entries';
import type { ImportPlan } from '$lib/domain/backup';

import { LOCK_DOCUMENT, SETTINGS_DOCUMENT, WEEKS_DOCUMENT } from './names';
import type { LockDocument } from '$lib/crypto/lock-keys';
import { lockDocumentSchema } from '$lib/schemas/lock';
import type { StoreName } from './schema';

/** Every store whose rows carry a payload through the codec. */
const CODED_STORES = ['entries', 'triggers', 'parts', 'coping', 'drafts', 'meta'] as const;

export { Connection } from './connection';
export { LockCodec, LockedError, isEncrypted, isSealed } from './lock-codec';
export type { ConnectionEvent, StorageFaults } from './connection';
export { StorageError } from './errors';
export { DB_NAME, DB_VERSION } from './schema';

/** Everything the app reads and writes, behind one object the state classes hold. */
export class Repositories {
	readonly connection: Connection;
	readonly entries: EntryRepository;
	readonly triggers: CollectionRepository<typeof triggerTypeSchema>;
	readonly parts: CollectionRepository<typeof partSchema>;
	readonly coping: CollectionRepository<typeof copingStrategySchema>;
	readonly drafts: DocumentRepository<typeof draftSchema>;
	/** Small documents in `meta`; the settings are the one named `settings`. */
	readonly meta: DocumentRepository<typeof settingsSchema>;
	/** The person's choices for each weekly summary, the `meta` document named `weeks`. */
	readonly weeks: DocumentRepository<typeof weekChoicesSchema>;
	readonly lastBackup: DocumentRepository<typeof lastBackupSchema>;
	readonly #codec: RecordCodec;

	constructor(connection: Connection, codec: RecordCodec = plainCodec) {
		this.connection = connection;
		this.entries = new EntryRepository(connection, codec);
		this.triggers = new CollectionRepository(connection, codec, 'triggers', triggerTypeSchema);
		this.parts = new CollectionRepository(connection, codec, 'parts', partSchema);
		this.coping = new CollectionRepository(connection, codec, 'coping', copingStrategySchema);
		this.drafts = new DocumentRepository(connection, codec, 'drafts', draftSchema);
		this.meta = new DocumentRepository(connection, codec, 'meta', settingsSchema);
		this.weeks = new DocumentRepository(connection, codec, 'meta', weekChoicesSchema);
		this.lastBackup = new DocumentRepository(connection, codec, 'meta', lastBackupSchema);
		this.#codec = codec;
	}

	/** Built-in trigger types with the person's renames and additions. */
	async triggerCatalogue(): Promise<TriggerType[]> {
		return mergeCatalogue(BUILT_IN_TRIGGERS, await this.triggers.list());
	}

	async copingCatalogue(): Promise<CopingStrategy[]> {
		return mergeCatalogue(BUILT_IN_COPING, await this.coping.list());
	}

	/** The lock's document, read in the clear; undefined when there is no lock. */
	async readLock(): Promise<LockDocument | undefined> {
		const row = await this.connection.read(['meta'], (tx) =>
			tx.objectStore('meta').get(LOCK_DOCUMENT)
		);
		if (!row) return undefined;
		const parsed = safeParse(lockDocumentSchema, row.payload);
		if (!parsed.ok) throw new Error('The lock’s settings could not be read.');
		return parsed.value as LockDocument;
	}

	/** Writes the lock's document alone (a new passphrase, a new auto-lock time). */
	async writeLock(doc: LockDocument): Promise<void> {
		await this.connection.write(
			['meta'],
			(tx) => tx.objectStore('meta').put({ id: LOCK_DOCUMENT, payload: doc }),
			'strict'
		);
	}

	/**
	 * Turns the lock on or off: every row of every store is read, decoded with `from` and
	 * encoded with `to` (outside any transaction), then all of it is written in one strict
	 * transaction with the lock document put (`lock`) or deleted (null). If any record fails
	 * to decode, nothing is written.
	 */
	async recode(from: RecordCodec, to: RecordCodec, lock: LockDocument | null): Promise<number> {
		const rows = await this.connection.read([...CODED_STORES], async (tx) => {
			const all: { store: StoreName; row: { id: string; at?: number; payload: unknown } }[] = [];
			for (const store of CODED_STORES) {
				for (const row of await tx.objectStore(store).getAll()) {
					if (store === 'meta' && row.id === LOCK_DOCUMENT) continue;
					all.push({ store, row });
				}
			}
			return all;
		});
		const recoded = await Promise.all(
			rows.map(async ({ store, row }) => {
				let record: unknown;
				try {
					record = await from.decode(row.id, row.payload);
				} catch {
					throw new LockReadError(row.id);
				}
				return { store, row: { ...row, payload: await to.encode(row.id, record) } };
			})
		);
		await this.connection.write(
			[...CODED_STORES],
			async (tx) => {
				const pending: Promise<unknown>[] = [];
				try {
					for (const { store, row } of recoded) {
						pending.push(tx.objectStore(store).put(row as never));
					}
					const meta = tx.objectStore('meta');
					pending.push(
						lock ? meta.put({ id: LOCK_DOCUMENT, payload: lock }) : meta.delete(LOCK_DOCUMENT)
					);
				} finally {
					for (const request of pending) request.catch(() => {});
				}
				await Promise.all(pending);
			},
			'strict'
		);
		return recoded.length;
	}

	/**
	 * Writes a checked, planned restore in one transaction with strict durability: all of it
	 * or none of it. Records are encoded before the transaction opens; "replace" empties the
	 * journal's stores first (drafts stay).
	 */
	async applyImport(plan: ImportPlan): Promise<void> {
		const codec = this.#codec;
		const rows = <T extends { id: string }>(items: readonly T[]) =>
			Promise.all(
				items.map(async (item) => ({ id: item.id, payload: await codec.encode(item.id, item) }))
			);
		const entryRows = await Promise.all(
			plan.entries.map(async (entry) => ({
				id: entry.id,
				at: Date.parse(entry.occurredAt),
				payload: await codec.encode(entry.id, entry)
			}))
		);
		const [triggerRows, partRows, copingRows] = await Promise.all([
			rows(plan.triggers),
			rows(plan.parts),
			rows(plan.coping)
		]);
		const documents = [
			...(plan.settings
				? [{ id: SETTINGS_DOCUMENT, payload: await codec.encode(SETTINGS_DOCUMENT, plan.settings) }]
				: []),
			...(plan.weeks
				? [{ id: WEEKS_DOCUMENT, payload: await codec.encode(WEEKS_DOCUMENT, plan.weeks) }]
				: [])
		];
		await this.connection.write(
			['entries', 'triggers', 'parts', 'coping', 'meta'],
			async (tx) => {
				const pending: Promise<unknown>[] = [];
				try {
					if (plan.mode === 'replace') {
						for (const store of ['entries', 'triggers', 'parts', 'coping'] as const) {
							pending.push(tx.objectStore(store).clear());
						}
						pending.push(tx.objectStore('meta').delete(SETTINGS_DOCUMENT));
						pending.push(tx.objectStore('meta').delete(WEEKS_DOCUMENT));
					}
					for (const row of entryRows) pending.push(tx.objectStore('entries').put(row));
					for (const row of triggerRows) pending.push(tx.objectStore('triggers').put(row));
					for (const row of partRows) pending.push(tx.objectStore('parts').put(row));
					for (const row of copingRows) pending.push(tx.objectStore('coping').put(row));
					for (const row of documents) pending.push(tx.objectStore('meta').put(row));
				} finally {
					for (const request of pending) request.catch(() => {});
				}
				await Promise.all(pending);
			},
			'strict'
		);
	}
}

export class LockReadError extends Error {
	constructor(readonly id: string) {
		super(`record ${id} could not be read`);
		this.name = 'LockReadError';
	}
}

export function createRepositories(options: ConnectionOptions = {}, codec?: RecordCodec) {
	return new Repositories(new Connection(options), codec);
}
