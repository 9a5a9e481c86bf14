import { LOCK_CHANNEL, lockStatus, THIS_TAB } from './lock-status.svelte';
import { openedCodec } from './repositories';

/**
 * What keeps Haven hidden when someone walks in: locking at once, auto-lock, and quick exit.
 * No storage or crypto imports, so the layout carries it at no cost to the check-in.
 */

/** A page of Haven's own origin with nothing on it: quick exit goes there. */
export const NEUTRAL_PAGE = '/away.html';
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;
const CHECK_EVERY_MS = 15_000;

/** Drops the keys now (synchronously, when storage is open). */
export function dropKeys(): void {
	const codec = openedCodec();
	if (codec?.state === 'open') codec.lock();
	if (lockStatus.enabled) lockStatus.set('locked');
}

/** Locks, and reloads so that nothing decrypted is left in memory or on the page. */
export function lockNow(): void {
	dropKeys();
	location.reload();
}

function veil(on: boolean) {
	document.documentElement.classList.toggle('veiled', on);
}

let exited = false;

/** Hides Haven at once: blank first, then lock, then leave for a neutral page. */
export function quickExit(): void {
	exited = true;
	veil(true);
	document.title = 'New Tab';
	document.body.replaceChildren();
	dropKeys();
	location.replace(NEUTRAL_PAGE);
}

/** Counts Shift presses: three within five seconds is a quick exit. */
export function shiftWatcher(onTriple: () => void, now: () => number = Date.now) {
	let presses: number[] = [];
	return (event: Pick<KeyboardEvent, 'key' | 'repeat'>) => {
		if (event.key !== 'Shift' || event.repeat) {
			if (event.key !== 'Shift') presses = [];
			return;
		}
		const t = now();
		presses = [...presses.filter((p) => t - p <= SHIFT_WINDOW_MS), t];
		if (presses.length >= SHIFT_PRESSES) {
			presses = [];
			onTriple();
		}
	};
}

/**
 * Starts the guards for the life of the page: quick exit by Shift×3; with the lock on,
 * auto-lock after the chosen idle time (by timestamps, not timers that sleep with the tab),
 * lock on pagehide so the back-forward cache never keeps an open page, and a blank page
 * while hidden (best effort: what the system snapshots for its app switcher is its own).
 */
export function startGuards(): () => void {
	let lastActive = Date.now();
	let hiddenAt: number | null = null;
	const idleLimit = () => lockStatus.autoLockMinutes * 60_000;

	const onShift = shiftWatcher(quickExit);
	const onKey = (event: KeyboardEvent) => {
		lastActive = Date.now();
		onShift(event);
	};
	const onActivity = () => (lastActive = Date.now());
	const check = () => {
		if (lockStatus.status !== 'open') return;
		const now = Date.now();
		const idle = now - lastActive > idleLimit();
		const away = hiddenAt !== null && now - hiddenAt > idleLimit();
		if (idle || away) lockNow();
	};
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') {
			hiddenAt = Date.now();
			if (lockStatus.enabled) veil(true);
		} else {
			check();
			hiddenAt = null;
			veil(false);
		}
	};
	const onPageHide = () => dropKeys();
	const onPageShow = (event: PageTransitionEvent) => {
		// A page kept by the back-forward cache comes back fresh: locked, or at least not blank.
		if (event.persisted && (lockStatus.enabled || exited)) {
			veil(true);
			location.reload();
		}
	};
	// Another tab turned the lock on or off: this one must not keep coding records the old way.
	const channel =
		typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LOCK_CHANNEL);
	if (channel) {
		channel.onmessage = (event: MessageEvent<{ from?: string }>) => {
			if (event.data?.from !== THIS_TAB) location.reload();
		};
	}
	const timer = setInterval(check, CHECK_EVERY_MS);
	addEventListener('keydown', onKey, true);
	addEventListener('pointerdown', onActivity, { capture: true, passive: true });
	document.addEventListener('visibilitychange', onVisibility);
	addEventListener('pagehide', onPageHide);
	addEventListener('pageshow', onPageShow);
	return () => {
		channel?.close();
		clearInterval(timer);
		removeEventListener('keydown', onKey, true);
		removeEventListener('pointerdown', onActivity, true);
		document.removeEventListener('visibilitychange', onVisibility);
		removeEventListener('pagehide', onPageHide);
		removeEventListener('pageshow', onPageShow);
	};
}
