import { decrypt, encrypt, type Sealed } from './aead';
import { utf8 } from './bytes';

/**
 * Sealing to a public key, for check-ins saved while Haven is locked: an ephemeral ECDH
 * P-256 key pair agrees a secret with the lock's public key, HKDF-SHA-256 turns it into an
 * AES-256-GCM key, and only the lock's private key (unwrapped by the passphrase) can agree
 * the same secret again.
 */

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const INFO = utf8('haven:seal:1');

export interface SealedBox extends Sealed {
	/** The ephemeral public key, raw (65 bytes). */
	epk: ArrayBuffer;
}

async function boxKey(
	privateKey: CryptoKey,
	publicKey: CryptoKey,
	epk: ArrayBuffer,
	usage: KeyUsage
): Promise<CryptoKey> {
	const shared = await crypto.subtle.deriveBits(
		{ name: 'ECDH', public: publicKey },
		privateKey,
		256
	);
	const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
	return crypto.subtle.deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt: epk, info: INFO },
		hkdf,
		{ name: 'AES-GCM', length: 256 },
		false,
		[usage]
	);
}

export async function sealTo(
	recipient: CryptoKey,
	plaintext: BufferSource,
	associated: string
): Promise<SealedBox> {
	const ephemeral = await crypto.subtle.generateKey(CURVE, true, ['deriveBits']);
	const epk = await crypto.subtle.exportKey('raw', ephemeral.publicKey);
	const key = await boxKey(ephemeral.privateKey, recipient, epk, 'encrypt');
	return { epk, ...(await encrypt(key, plaintext, associated)) };
}

export async function openSealed(
	privateKey: CryptoKey,
	box: { epk: ArrayBuffer; iv: BufferSource; data: BufferSource },
	associated: string
): Promise<ArrayBuffer> {
	const sender = await crypto.subtle.importKey('raw', box.epk, CURVE, false, []);
	const key = await boxKey(privateKey, sender, box.epk, 'decrypt');
	return decrypt(key, box, associated);
}
