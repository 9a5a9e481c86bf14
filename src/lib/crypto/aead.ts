import { utf8 } from './bytes';

/**
 * AES-256-GCM, the one cipher Haven uses: a fresh random 96-bit IV for every message, and
 * associated data that binds a ciphertext to where it belongs (a record's id), so that a
 * ciphertext moved to another record, or changed by one bit, fails to open.
 */

export const IV_BYTES = 12;

export function newIv(): Uint8Array<ArrayBuffer> {
	return crypto.getRandomValues(new Uint8Array(IV_BYTES));
}

export interface Sealed {
	iv: Uint8Array<ArrayBuffer>;
	data: ArrayBuffer;
}

export async function encrypt(
	key: CryptoKey,
	plaintext: BufferSource,
	associated: string
): Promise<Sealed> {
	const iv = newIv();
	const data = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: utf8(associated) },
		key,
		plaintext
	);
	return { iv, data };
}

/** Throws (an OperationError) when the key, the associated data or any bit is wrong. */
export async function decrypt(
	key: CryptoKey,
	sealed: { iv: BufferSource; data: BufferSource },
	associated: string
): Promise<ArrayBuffer> {
	return crypto.subtle.decrypt(
		{ name: 'AES-GCM', iv: sealed.iv, additionalData: utf8(associated) },
		key,
		sealed.data
	);
}
