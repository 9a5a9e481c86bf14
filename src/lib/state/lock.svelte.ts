import {
	changePassphrase,
	createLock,
	DEFAULT_AUTO_LOCK_MINUTES,
	unlockKeys,
	WrongPassphraseError,
	type LockDocument
} from '$lib/crypto/lock-keys';
import { LockCodec } from '$lib/db';
import { LOCK_CHANNEL, lockStatus, THIS_TAB } from './lock-status.svelte';
import { lockCodec, repos } from './repositories';

export type LockResult = { ok: true } | { ok: false; message: string };

const WRONG = 'That passphrase doesn’t open Haven. Nothing was changed. Try again.';
const STORAGE = 'Couldn’t change the lock just now. Nothing was changed. Try again.';

function tellOtherTabs() {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(LOCK_CHANNEL);
	channel.postMessage({ changed: true, from: THIS_TAB });
	channel.close();
}

/**
 * The passphrase lock's actions. Keys live only in the codec's memory; locking drops them
 * and reloads the page, so no decrypted record survives in memory or on screen.
 */
class Lock {
	#doc: LockDocument | null = null;

	async #document(): Promise<LockDocument | null> {
		this.#doc = (await (await repos()).readLock()) ?? null;
		return this.#doc;
	}

	async #run(work: () => Promise<LockResult>): Promise<LockResult> {
		try {
			return await work();
		} catch (error) {
			return { ok: false, message: error instanceof WrongPassphraseError ? WRONG : STORAGE };
		}
	}

	unlock(passphrase: string): Promise<LockResult> {
		return this.#run(async () => {
			const doc = await this.#document();
			if (!doc) return { ok: true };
			const keys = await unlockKeys(doc, passphrase);
			(await lockCodec()).open(keys);
			lockStatus.set('open', doc.autoLockMinutes);
			return { ok: true };
		});
	}

	/** Encrypts everything in place, in one transaction; nothing is lost if it fails. */
	enable(passphrase: string, autoLockMinutes = DEFAULT_AUTO_LOCK_MINUTES): Promise<LockResult> {
		return this.#run(async () => {
			const { doc, keys } = await createLock(passphrase, autoLockMinutes);
			const to = new LockCodec();
			to.open(keys);
			await (await repos()).recode(await lockCodec(), to, doc);
			(await lockCodec()).open(keys);
			this.#doc = doc;
			lockStatus.set('open', doc.autoLockMinutes);
			tellOtherTabs();
			return { ok: true };
		});
	}

	/** Decrypts everything in place; asks for the passphrase once more first. */
	disable(passphrase: string): Promise<LockResult> {
		return this.#run(async () => {
			const doc = await this.#document();
			if (!doc) return { ok: true };
			const keys = await unlockKeys(doc, passphrase);
			const from = new LockCodec();
			from.open(keys);
			await (await repos()).recode(from, new LockCodec(), null);
			(await lockCodec()).off();
			this.#doc = null;
			lockStatus.set('off');
			tellOtherTabs();
			return { ok: true };
		});
	}

	/** Re-wraps the data key under the new passphrase; no record changes. */
	change(oldPassphrase: string, newPassphrase: string): Promise<LockResult> {
		return this.#run(async () => {
			const doc = await this.#document();
			if (!doc) return { ok: false, message: STORAGE };
			const changed = await changePassphrase(doc, oldPassphrase, newPassphrase);
			await (await repos()).writeLock(changed);
			this.#doc = changed;
			return { ok: true };
		});
	}

	setAutoLock(minutes: number): Promise<LockResult> {
		return this.#run(async () => {
			const doc = await this.#document();
			if (!doc) return { ok: false, message: STORAGE };
			const changed = { ...doc, autoLockMinutes: minutes };
			await (await repos()).writeLock(changed);
			this.#doc = changed;
			lockStatus.set(lockStatus.status, minutes);
			return { ok: true };
		});
	}
}

export const lock = new Lock();
