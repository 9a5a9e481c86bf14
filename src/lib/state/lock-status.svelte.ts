/**
 * Whether Haven is locked, known as soon as storage opens. No imports: the layout and the
 * check-in read it without pulling in storage or crypto.
 */
/** `unavailable`: storage could not be opened; pages show their own message about it. */
/** Tabs announce turning the lock on or off here; the others reload to code records alike. */
export const LOCK_CHANNEL = 'haven:lock';
/** This page's own name on the channel: a page does not reload for its own change. */
export const THIS_TAB = Math.random().toString(36).slice(2);

export type LockStatus = 'unknown' | 'unavailable' | 'off' | 'locked' | 'open';

class LockStatusState {
	#status = $state<LockStatus>('unknown');
	#autoLockMinutes = $state(5);

	get status(): LockStatus {
		return this.#status;
	}
	/** The lock is set up (locked or open). */
	get enabled(): boolean {
		return this.#status === 'locked' || this.#status === 'open';
	}
	get locked(): boolean {
		return this.#status === 'locked';
	}

	/** Minutes without a touch (or hidden) before Haven locks itself. */
	get autoLockMinutes(): number {
		return this.#autoLockMinutes;
	}

	set(status: LockStatus, autoLockMinutes?: number): void {
		this.#status = status;
		if (autoLockMinutes) this.#autoLockMinutes = autoLockMinutes;
	}
}

export const lockStatus = new LockStatusState();
