import type * as z from 'zod/mini';
import { parseOrThrow, safeParse } from '$lib/schemas';
import type { RecordCodec } from './codec';
import type { Connection } from './connection';

type DocumentStore = 'drafts' | 'meta';

/**
 * Small documents kept by name (a draft, the settings): validated on the way in and out,
 * through the same codec as everything else. A document that no longer reads is treated as
 * absent, never as a reason to fail.
 */
export class DocumentRepository<S extends z.ZodMiniType> {
	readonly #connection: Connection;
	readonly #codec: RecordCodec;
	readonly #store: DocumentStore;
	readonly #schema: S;

	constructor(connection: Connection, codec: RecordCodec, store: DocumentStore, schema: S) {
		this.#connection = connection;
		this.#codec = codec;
		this.#store = store;
		this.#schema = schema;
	}

	async get(id: string): Promise<z.output<S> | undefined> {
		const row = await this.#connection.read([this.#store], (tx) =>
			tx.objectStore(this.#store).get(id)
		);
		if (!row) return undefined;
		const decoded = await this.#codec.decode(id, row.payload).catch(() => undefined);
		const result = safeParse(this.#schema, decoded);
		return result.ok ? result.value : undefined;
	}

	async put(id: string, value: unknown): Promise<z.output<S>> {
		const document = parseOrThrow(this.#schema, value);
		const payload = await this.#codec.encode(id, document);
		await this.#connection.write([this.#store], async (tx) => {
			await tx.objectStore(this.#store).put({ id, payload });
		});
		return document;
	}

	async delete(id: string): Promise<void> {
		await this.#connection.write([this.#store], (tx) => tx.objectStore(this.#store).delete(id));
	}
}
