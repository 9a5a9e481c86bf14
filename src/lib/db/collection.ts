import * as z from 'zod/mini';
import { parseOrThrow, safeParse } from '$lib/schemas';
import type { RecordCodec } from './codec';
import type { Connection } from './connection';

type CollectionStore = 'triggers' | 'parts' | 'coping';

/** A small store of named records (trigger types, parts, coping strategies). */
export class CollectionRepository<S extends z.ZodMiniType<{ id: string }>> {
	readonly #connection: Connection;
	readonly #codec: RecordCodec;
	readonly #store: CollectionStore;
	readonly #schema: S;

	constructor(connection: Connection, codec: RecordCodec, store: CollectionStore, schema: S) {
		this.#connection = connection;
		this.#codec = codec;
		this.#store = store;
		this.#schema = schema;
	}

	async put(input: unknown): Promise<z.output<S>> {
		const record = parseOrThrow(this.#schema, input);
		const payload = await this.#codec.encode(record.id, record);
		await this.#connection.write([this.#store], async (tx) => {
			await tx.objectStore(this.#store).put({ id: record.id, payload });
		});
		return record;
	}

	async list(): Promise<z.output<S>[]> {
		const rows = await this.#connection.read([this.#store], (tx) =>
			tx.objectStore(this.#store).getAll()
		);
		const records: z.output<S>[] = [];
		for (const row of rows) {
			const decoded = await this.#codec.decode(row.id, row.payload).catch(() => undefined);
			const result = safeParse(this.#schema, decoded);
			if (result.ok) records.push(result.value);
		}
		return records;
	}
}
