import { decrypt, encrypt } from './aead';
import { fromBase64, toBase64 } from './bytes';
import { newKdfParams, passphraseKey, type KdfParams } from './passphrase';

/**
 * The lock's keys. A random 256-bit data key encrypts every record; the passphrase only
 * wraps it, so changing the passphrase re-wraps one key and leaves every record as it is.
 * An ECDH P-256 key pair lets a check-in be sealed while Haven is locked: the public half is
 * stored in the clear, the private half is wrapped by the data key. No passphrase hash is
 * stored anywhere: a wrong passphrase is simply one that fails to unwrap.
 */

export const LOCK_VERSION = 1;
const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const WRAP_DATA_KEY = 'haven:data-key';
const WRAP_PRIVATE_KEY = 'haven:sealing-key';

export interface Wrapped {
	/** Base64. */
	iv: string;
	/** Base64. */
	wrapped: string;
}

/** What the `meta` store keeps, in the clear, as the document named `lock`. */
export interface LockDocument {
	version: typeof LOCK_VERSION;
	kdf: KdfParams;
	dataKey: Wrapped;
	sealing: { publicKey: JsonWebKey; privateKey: Wrapped };
	/** Lock after this many minutes without a touch or a key, or hidden this long. */
	autoLockMinutes: number;
}

export const DEFAULT_AUTO_LOCK_MINUTES = 5;

export interface OpenKeys {
	/** AES-256-GCM, non-extractable, in memory only. */
	dataKey: CryptoKey;
	/** ECDH P-256, non-extractable: opens what was sealed while locked. */
	privateKey: CryptoKey;
	publicKey: CryptoKey;
}

export class WrongPassphraseError extends Error {
	constructor() {
		super('That passphrase doesn’t open Haven.');
		this.name = 'WrongPassphraseError';
	}
}

async function wrap(
	format: 'raw' | 'pkcs8',
	key: CryptoKey,
	wrapper: CryptoKey,
	label: string
): Promise<Wrapped> {
	// wrapKey is export + encrypt; doing the two steps keeps the associated data explicit.
	const exported = await crypto.subtle.exportKey(format, key);
	const sealed = await encrypt(wrapper, exported, label);
	return { iv: toBase64(sealed.iv), wrapped: toBase64(sealed.data) };
}

async function unwrapBytes(w: Wrapped, wrapper: CryptoKey, label: string): Promise<ArrayBuffer> {
	return decrypt(wrapper, { iv: fromBase64(w.iv), data: fromBase64(w.wrapped) }, label);
}

export const importPublicKey = (jwk: JsonWebKey): Promise<CryptoKey> =>
	crypto.subtle.importKey('jwk', jwk, CURVE, true, []);

async function importDataKey(raw: BufferSource, extractable: boolean): Promise<CryptoKey> {
	return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, extractable, [
		'encrypt',
		'decrypt'
	]);
}

async function openWith(doc: LockDocument, dataKey: CryptoKey): Promise<OpenKeys> {
	const pkcs8 = await unwrapBytes(doc.sealing.privateKey, dataKey, WRAP_PRIVATE_KEY);
	const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, CURVE, false, ['deriveBits']);
	return { dataKey, privateKey, publicKey: await importPublicKey(doc.sealing.publicKey) };
}

/** A new lock: fresh data key, fresh key pair, wrapped under the passphrase. */
export async function createLock(
	passphrase: string,
	autoLockMinutes = DEFAULT_AUTO_LOCK_MINUTES
): Promise<{ doc: LockDocument; keys: OpenKeys }> {
	const kdf = newKdfParams();
	const wrapper = await passphraseKey(passphrase, kdf, ['encrypt', 'decrypt']);
	const rawDataKey = crypto.getRandomValues(new Uint8Array(32));
	const extractable = await importDataKey(rawDataKey, true);
	const pair = await crypto.subtle.generateKey(CURVE, true, ['deriveBits']);
	const doc: LockDocument = {
		version: LOCK_VERSION,
		kdf,
		dataKey: await wrap('raw', extractable, wrapper, WRAP_DATA_KEY),
		sealing: {
			publicKey: await crypto.subtle.exportKey('jwk', pair.publicKey),
			privateKey: await wrap('pkcs8', pair.privateKey, extractable, WRAP_PRIVATE_KEY)
		},
		autoLockMinutes
	};
	const dataKey = await importDataKey(rawDataKey, false);
	rawDataKey.fill(0);
	return { doc, keys: await openWith(doc, dataKey) };
}

/** The keys, or WrongPassphraseError. */
export async function unlockKeys(doc: LockDocument, passphrase: string): Promise<OpenKeys> {
	const wrapper = await passphraseKey(passphrase, doc.kdf, ['encrypt', 'decrypt']);
	let raw: ArrayBuffer;
	try {
		raw = await unwrapBytes(doc.dataKey, wrapper, WRAP_DATA_KEY);
	} catch {
		throw new WrongPassphraseError();
	}
	const dataKey = await importDataKey(raw, false);
	new Uint8Array(raw).fill(0);
	return openWith(doc, dataKey);
}

/**
 * A new passphrase wraps the same data key (under a new salt, with today's work factor);
 * no record changes. The old passphrase must open it first.
 */
export async function changePassphrase(
	doc: LockDocument,
	oldPassphrase: string,
	newPassphrase: string
): Promise<LockDocument> {
	const oldWrapper = await passphraseKey(oldPassphrase, doc.kdf, ['encrypt', 'decrypt']);
	let raw: ArrayBuffer;
	try {
		raw = await unwrapBytes(doc.dataKey, oldWrapper, WRAP_DATA_KEY);
	} catch {
		throw new WrongPassphraseError();
	}
	const kdf = newKdfParams();
	const wrapper = await passphraseKey(newPassphrase, kdf, ['encrypt', 'decrypt']);
	const sealed = await encrypt(wrapper, raw, WRAP_DATA_KEY);
	new Uint8Array(raw).fill(0);
	return { ...doc, kdf, dataKey: { iv: toBase64(sealed.iv), wrapped: toBase64(sealed.data) } };
}
