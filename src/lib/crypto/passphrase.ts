import { fromBase64, toBase64, utf8 } from './bytes';

/**
 * Passphrase → key, as the trusted end-to-end encrypted apps do it: PBKDF2-HMAC-SHA256 with
 * a random 16-byte salt and at least 600,000 iterations (OWASP's figure for SHA-256). The
 * parameters are stored beside what they protect, with a version, so the work can be raised
 * later without losing anything.
 */

/** The floor. Nothing below it is ever derived, written or accepted from a file. */
export const PBKDF2_MIN_ITERATIONS = 600_000;
/** What new locks and encrypted backups use; raise it as devices get faster. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
/** The shortest passphrase the lock and protected backups accept. */
export const PASSPHRASE_MIN_LENGTH = 8;

export interface KdfParams {
	name: 'PBKDF2';
	hash: 'SHA-256';
	iterations: number;
	/** Base64. */
	salt: string;
}

export function newKdfParams(): KdfParams {
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	return { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) };
}

export class WeakKdfError extends Error {
	constructor(iterations: number) {
		super(`PBKDF2 with ${iterations} iterations is below the floor of ${PBKDF2_MIN_ITERATIONS}`);
		this.name = 'WeakKdfError';
	}
}

function checkParams(kdf: KdfParams) {
	if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') throw new Error('unknown key derivation');
	if (!Number.isInteger(kdf.iterations) || kdf.iterations < PBKDF2_MIN_ITERATIONS) {
		throw new WeakKdfError(kdf.iterations);
	}
}

async function baseKey(passphrase: string): Promise<CryptoKey> {
	return crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
		'deriveBits',
		'deriveKey'
	]);
}

/** An AES-256-GCM key from a passphrase, for the given uses (wrapping, or a backup). */
export async function passphraseKey(
	passphrase: string,
	kdf: KdfParams,
	usages: KeyUsage[]
): Promise<CryptoKey> {
	checkParams(kdf);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
		await baseKey(passphrase),
		{ name: 'AES-GCM', length: 256 },
		false,
		usages
	);
}

/** The bare primitive, for known-answer tests: any iteration count, raw bits out. */
export async function pbkdf2Sha256(
	password: string,
	salt: BufferSource,
	iterations: number,
	bits: number
): Promise<ArrayBuffer> {
	return crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', iterations, salt },
		await baseKey(password),
		bits
	);
}
