import { entrySchema, parseOrThrow, safeParse, type Entry } from '$lib/schemas';
import type { RecordCodec } from './codec';
import type { Connection } from './connection';
import type { EntryRow } from './schema';

export interface EntryList {
	entries: Entry[];
	/** Rows that no longer match the schema: kept in storage, reported, never dropped. */
	unreadable: string[];
}

export interface EntryPage extends EntryList {
	/** True when no older entries are left after this page. */
	done: boolean;
}

/** The options form of getAll() (IndexedDB 3.0), shipped together with getAllRecords(). */
interface GetAllOptions {
	count: number;
	direction: IDBCursorDirection;
}

function supportsGetAllDirection(): boolean {
	return typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;
}

export class EntryRepository {
	readonly #connection: Connection;
	readonly #codec: RecordCodec;

	constructor(connection: Connection, codec: RecordCodec) {
		this.#connection = connection;
		this.#codec = codec;
	}

	/** Validates, encodes, writes; resolves with the stored entry once committed. */
	async put(input: unknown): Promise<Entry> {
		const entry = parseOrThrow(entrySchema, input);
		const row = await this.#toRow(entry);
		await this.#connection.write(['entries'], async (tx) => {
			await tx.objectStore('entries').put(row);
		});
		return entry;
	}

	/**
	 * Many entries in one transaction: all or nothing. Every entry is validated and encoded
	 * before the transaction opens; the promise resolves once the data is on disk.
	 */
	async putMany(inputs: readonly unknown[]): Promise<Entry[]> {
		const entries = inputs.map((input, i) => parseOrThrow(entrySchema, input, `entries[${i}]`));
		const rows = await Promise.all(entries.map((entry) => this.#toRow(entry)));
		await this.#connection.write(
			['entries'],
			async (tx) => {
				const store = tx.objectStore('entries');
				const pending: Promise<unknown>[] = [];
				try {
					for (const row of rows) pending.push(store.put(row));
				} finally {
					// If one put throws, the transaction aborts and the others reject with it:
					// the caller hears the first failure, the rest are expected.
					for (const request of pending) request.catch(() => {});
				}
				await Promise.all(pending);
			},
			'strict'
		);
		return entries;
	}

	async get(id: string): Promise<Entry | undefined> {
		const row = await this.#connection.read(['entries'], (tx) => tx.objectStore('entries').get(id));
		if (!row) return undefined;
		const result = await this.#fromRow(row);
		return result.ok ? result.value : undefined;
	}

	/** Every entry, newest first. */
	async list(): Promise<EntryList> {
		const rows = await this.#connection.read(['entries'], (tx) =>
			tx.objectStore('entries').index('by-at').getAll()
		);
		rows.reverse();
		return this.#decodeAll(rows);
	}

	/** Entries that happened from `from` up to and including `to` (epoch ms), oldest first. */
	async between(from: number, to: number): Promise<EntryList> {
		const rows = await this.#connection.read(['entries'], (tx) =>
			tx.objectStore('entries').index('by-at').getAll(IDBKeyRange.bound(from, to))
		);
		return this.#decodeAll(rows);
	}

	/** The `limit` entries after the newest `offset`, newest first: the journal reads in pages. */
	async page(offset: number, limit: number): Promise<EntryPage> {
		const { rows, more } = await this.#connection.read(['entries'], async (tx) => {
			const index = tx.objectStore('entries').index('by-at');
			if (offset === 0 && supportsGetAllDirection()) {
				// One request instead of a cursor step per row: about 4× faster in Chromium.
				const getAll = index.getAll as unknown as (options: GetAllOptions) => Promise<EntryRow[]>;
				const newest = await getAll.call(index, { count: limit + 1, direction: 'prev' });
				return { rows: newest.slice(0, limit), more: newest.length > limit };
			}
			const found: EntryRow[] = [];
			let cursor = await index.openCursor(null, 'prev');
			if (cursor && offset > 0) cursor = await cursor.advance(offset);
			while (cursor && found.length < limit) {
				found.push(cursor.value);
				cursor = await cursor.continue();
			}
			return { rows: found, more: cursor !== null };
		});
		const { entries, unreadable } = await this.#decodeAll(rows);
		return { entries, unreadable, done: !more };
	}

	/** The entry that happened first, or undefined for an empty journal. */
	async oldest(): Promise<Entry | undefined> {
		const row = await this.#connection.read(['entries'], async (tx) => {
			const cursor = await tx.objectStore('entries').index('by-at').openCursor();
			return cursor?.value;
		});
		if (!row) return undefined;
		const result = await this.#fromRow(row);
		return result.ok ? result.value : undefined;
	}

	async count(): Promise<number> {
		return this.#connection.read(['entries'], (tx) => tx.objectStore('entries').count());
	}

	async delete(id: string): Promise<void> {
		await this.#connection.write(['entries'], (tx) => tx.objectStore('entries').delete(id));
	}

	async #decodeAll(rows: readonly EntryRow[]): Promise<EntryList> {
		const entries: Entry[] = [];
		const unreadable: string[] = [];
		for (const row of rows) {
			const result = await this.#fromRow(row);
			if (result.ok) entries.push(result.value);
			else unreadable.push(row.id);
		}
		return { entries, unreadable };
	}

	async #toRow(entry: Entry): Promise<EntryRow> {
		return {
			id: entry.id,
			at: Date.parse(entry.occurredAt),
			payload: await this.#codec.encode(entry.id, entry)
		};
	}

	async #fromRow(row: EntryRow) {
		try {
			const record = await this.#codec.decode(row.id, row.payload);
			return safeParse(entrySchema, record);
		} catch {
			return { ok: false as const, problems: [] };
		}
	}
}
