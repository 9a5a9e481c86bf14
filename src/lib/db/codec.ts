/**
 * The seam where record contents are turned into what is stored. The lock (issue 8) swaps in
 * an encrypting codec; nothing above the repositories changes. Codecs run before a
 * transaction opens and after it completes, never inside one.
 */
export interface RecordCodec {
	encode(id: string, record: unknown): Promise<unknown>;
	decode(id: string, payload: unknown): Promise<unknown>;
}

export const plainCodec: RecordCodec = {
	encode: (_id, record) => Promise.resolve(record),
	decode: (_id, payload) => Promise.resolve(payload)
};
