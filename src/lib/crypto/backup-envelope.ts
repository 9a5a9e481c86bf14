import { decrypt, encrypt } from './aead';
import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes';
import { WrongPassphraseError } from './lock-keys';
import { newKdfParams, passphraseKey, PBKDF2_MIN_ITERATIONS, type KdfParams } from './passphrase';

/**
 * A backup protected with a passphrase: the format 1 document, encrypted whole, inside a
 * small JSON envelope that says how to open it (the README documents it field by field).
 */

export const ENVELOPE_FORMAT = 'haven-backup-encrypted';
export const ENVELOPE_VERSION = 1;
const ASSOCIATED = `${ENVELOPE_FORMAT}:${ENVELOPE_VERSION}`;

export interface BackupEnvelope {
	format: typeof ENVELOPE_FORMAT;
	version: typeof ENVELOPE_VERSION;
	kdf: KdfParams;
	cipher: { name: 'AES-GCM'; iv: string };
	/** Base64 of the AES-256-GCM ciphertext (with its tag) of the UTF-8 backup document. */
	data: string;
}

export class EnvelopeError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EnvelopeError';
	}
}

/** Cheap test on the start of a file: envelopes begin with their format. */
export function isEnvelope(text: string): boolean {
	return text.slice(0, 200).includes(`"${ENVELOPE_FORMAT}"`);
}

export async function sealBackup(text: string, passphrase: string): Promise<string> {
	const kdf = newKdfParams();
	const key = await passphraseKey(passphrase, kdf, ['encrypt']);
	const { iv, data } = await encrypt(key, utf8(text), ASSOCIATED);
	const envelope: BackupEnvelope = {
		format: ENVELOPE_FORMAT,
		version: ENVELOPE_VERSION,
		kdf,
		cipher: { name: 'AES-GCM', iv: toBase64(iv) },
		data: toBase64(data)
	};
	return JSON.stringify(envelope, null, '\t');
}

function readEnvelope(text: string): BackupEnvelope {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new EnvelopeError('This protected backup is damaged: it is not complete JSON.');
	}
	const e = value as Partial<BackupEnvelope>;
	if (e.format !== ENVELOPE_FORMAT) throw new EnvelopeError('This is not a protected backup.');
	if (e.version !== ENVELOPE_VERSION) {
		throw new EnvelopeError(
			`This protected backup is version ${String(e.version)}; this Haven reads version 1.`
		);
	}
	const kdf = e.kdf;
	if (
		kdf?.name !== 'PBKDF2' ||
		kdf.hash !== 'SHA-256' ||
		typeof kdf.salt !== 'string' ||
		!Number.isInteger(kdf.iterations) ||
		kdf.iterations < PBKDF2_MIN_ITERATIONS
	) {
		throw new EnvelopeError('This protected backup asks for a key setting Haven does not accept.');
	}
	if (
		e.cipher?.name !== 'AES-GCM' ||
		typeof e.cipher.iv !== 'string' ||
		typeof e.data !== 'string'
	) {
		throw new EnvelopeError('This protected backup is damaged: its contents are missing.');
	}
	return e as BackupEnvelope;
}

/** The format 1 text inside, or WrongPassphraseError, or EnvelopeError with the reason. */
export async function openBackup(text: string, passphrase: string): Promise<string> {
	const envelope = readEnvelope(text);
	const key = await passphraseKey(passphrase, envelope.kdf, ['decrypt']);
	let plaintext: ArrayBuffer;
	try {
		plaintext = await decrypt(
			key,
			{ iv: fromBase64(envelope.cipher.iv), data: fromBase64(envelope.data) },
			ASSOCIATED
		);
	} catch {
		throw new WrongPassphraseError();
	}
	return fromUtf8(plaintext);
}
