import { entrySchema, parseOrThrow, safeParse, type Entry } from '$lib/schemas';
import type { RecordCodec } from './codec';
import type { Connection } from './connection';
import type { EntryRow } from './schema';

export interface EntryList {
	entries: Entry[];
	/** Rows that no longer match the schema: kept in storage, reported, never dropped. */
	unreadable: string[];
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
		const entries: Entry[] = [];
		const unreadable: string[] = [];
		for (const row of rows) {
			const result = await this.#fromRow(row);
			if (result.ok) entries.push(result.value);
			else unreadable.push(row.id);
		}
		return { entries, unreadable };
	}

	async count(): Promise<number> {
		return this.#connection.read(['entries'], (tx) => tx.objectStore('entries').count());
	}

	async delete(id: string): Promise<void> {
		await this.#connection.write(['entries'], (tx) => tx.objectStore('entries').delete(id));
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
