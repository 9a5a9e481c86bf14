import type { LockCodec, Repositories } from '$lib/db';
import { connectionStatus } from './connection.svelte';
import { lockStatus } from './lock-status.svelte';

interface Storage {
	repositories: Repositories;
	codec: LockCodec;
}

let storage: Promise<Storage> | null = null;
let opened: Storage | null = null;

/**
 * Storage opens on first use, as its own chunk (idb, zod and the repositories load after the
 * check-in is on screen and usable). Before anything is read, the lock's document says how
 * records are coded: in the clear, or sealed until the passphrase opens them.
 */
function open(): Promise<Storage> {
	storage ??= (async () => {
		const { createRepositories, LockCodec } = await import('$lib/db');
		const codec = new LockCodec();
		const repositories = createRepositories({ onEvent: connectionStatus.report }, codec);
		const lock = await repositories.readLock();
		if (lock) {
			const { importPublicKey } = await import('$lib/crypto/lock-keys');
			codec.lock(await importPublicKey(lock.sealing.publicKey));
		}
		lockStatus.set(lock ? 'locked' : 'off', lock?.autoLockMinutes);
		opened = { repositories, codec };
		return opened;
	})().catch((error: unknown) => {
		storage = null;
		if (!lockStatus.enabled) lockStatus.set('unavailable');
		throw error;
	});
	return storage;
}

export async function repos(): Promise<Repositories> {
	return (await open()).repositories;
}

/** The codec, if storage has opened: for what must happen at once (pagehide, quick exit). */
export function openedCodec(): LockCodec | null {
	return opened?.codec ?? null;
}

/** The codec the repositories share: the lock turns it from sealing to open and back. */
export async function lockCodec(): Promise<LockCodec> {
	return (await open()).codec;
}
