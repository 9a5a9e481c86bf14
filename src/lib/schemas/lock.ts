import * as z from 'zod/mini';
import { PBKDF2_MIN_ITERATIONS } from '$lib/crypto/passphrase';

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

export const kdfSchema = z.object({
	name: z.literal('PBKDF2'),
	hash: z.literal('SHA-256'),
	/** The guard: a document asking for less work than the floor is refused, not used. */
	iterations: z.int().check(z.minimum(PBKDF2_MIN_ITERATIONS)),
	salt: base64.check(z.minLength(16))
});

const wrapped = z.object({ iv: base64, wrapped: base64 });

/** The `lock` document in `meta`: wrapped keys and parameters, never the passphrase. */
export const lockDocumentSchema = z.object({
	version: z.literal(1),
	kdf: kdfSchema,
	dataKey: wrapped,
	sealing: z.object({
		publicKey: z.object({
			kty: z.literal('EC'),
			crv: z.literal('P-256'),
			x: z.string(),
			y: z.string()
		}),
		privateKey: wrapped
	}),
	autoLockMinutes: z.int().check(z.minimum(1), z.maximum(240))
});
