import { decrypt, encrypt } from '$lib/crypto/aead';
import { fromUtf8, utf8 } from '$lib/crypto/bytes';
import type { OpenKeys } from '$lib/crypto/lock-keys';
import { openSealed, sealTo } from '$lib/crypto/seal';
import type { RecordCodec } from './codec';

/**
 * The codec of the passphrase lock. With the lock off, records are stored as they are. With
 * it on and open, each record is AES-256-GCM ciphertext under the data key, its id bound as
 * associated data. With it on and locked, new records are sealed to the lock's public key:
 * written without the passphrase, readable only after it. Reading an encrypted record while
 * locked throws `LockedError`, which repositories treat as "not readable now".
 */

interface EncryptedPayload {
	v: 'aes-gcm:1';
	iv: Uint8Array<ArrayBuffer>;
	data: ArrayBuffer;
}

interface SealedPayload {
	v: 'sealed:p256:1';
	epk: ArrayBuffer;
	iv: Uint8Array<ArrayBuffer>;
	data: ArrayBuffer;
}

export class LockedError extends Error {
	constructor() {
		super('Haven is locked');
		this.name = 'LockedError';
	}
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

export const isEncrypted = (payload: unknown): payload is EncryptedPayload =>
	isObject(payload) && payload.v === 'aes-gcm:1' && payload.data instanceof ArrayBuffer;

export const isSealed = (payload: unknown): payload is SealedPayload =>
	isObject(payload) && payload.v === 'sealed:p256:1' && payload.data instanceof ArrayBuffer;

type LockState =
	{ kind: 'off' } | { kind: 'locked'; publicKey: CryptoKey } | { kind: 'open'; keys: OpenKeys };

export class LockCodec implements RecordCodec {
	#state: LockState = { kind: 'off' };

	get state(): LockState['kind'] {
		return this.#state.kind;
	}

	off(): void {
		this.#state = { kind: 'off' };
	}

	/**
	 * Locked: the data key and the private key are dropped; only sealing stays possible.
	 * Synchronous when open (the public key is at hand), so `pagehide` can call it.
	 */
	lock(publicKey?: CryptoKey): void {
		const state = this.#state;
		const key = publicKey ?? (state.kind === 'open' ? state.keys.publicKey : undefined);
		if (!key) throw new Error('locking needs the public key');
		this.#state = { kind: 'locked', publicKey: key };
	}

	open(keys: OpenKeys): void {
		this.#state = { kind: 'open', keys };
	}

	async encode(id: string, record: unknown): Promise<unknown> {
		const state = this.#state;
		if (state.kind === 'off') return record;
		const plaintext = utf8(JSON.stringify(record));
		if (state.kind === 'open') {
			const { iv, data } = await encrypt(state.keys.dataKey, plaintext, id);
			return { v: 'aes-gcm:1', iv, data } satisfies EncryptedPayload;
		}
		const { epk, iv, data } = await sealTo(state.publicKey, plaintext, id);
		return { v: 'sealed:p256:1', epk, iv, data } satisfies SealedPayload;
	}

	async decode(id: string, payload: unknown): Promise<unknown> {
		if (!isEncrypted(payload) && !isSealed(payload)) return payload;
		const state = this.#state;
		if (state.kind !== 'open') throw new LockedError();
		const plaintext = isEncrypted(payload)
			? await decrypt(state.keys.dataKey, payload, id)
			: await openSealed(state.keys.privateKey, payload, id);
		return JSON.parse(fromUtf8(plaintext));
	}
}
