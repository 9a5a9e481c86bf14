/**
 * A neutral page title and app name, for a device others may look at. Kept in
 * localStorage (it must apply before anything else loads, and says nothing about the
 * journal), so it works with the lock on or off.
 */
const KEY = 'haven:neutral-name';
export const NEUTRAL_TITLE = 'Notes';
const MANIFEST = '/manifest.webmanifest';
const NEUTRAL_MANIFEST = '/manifest-neutral.webmanifest';

export function neutralName(): boolean {
	try {
		return localStorage.getItem(KEY) === '1';
	} catch {
		return false;
	}
}

let watcher: MutationObserver | null = null;

/** Sets the title now and whenever a page sets its own, and the manifest an install uses. */
export function applyNeutralName(on = true): void {
	const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
	if (manifest) manifest.href = on ? NEUTRAL_MANIFEST : MANIFEST;
	watcher?.disconnect();
	watcher = null;
	if (!on) return;
	const keep = () => {
		if (document.title !== NEUTRAL_TITLE) document.title = NEUTRAL_TITLE;
	};
	keep();
	watcher = new MutationObserver(keep);
	watcher.observe(document.head, { subtree: true, childList: true, characterData: true });
}

export function setNeutralName(on: boolean): void {
	try {
		if (on) localStorage.setItem(KEY, '1');
		else localStorage.removeItem(KEY);
	} catch {
		// Private modes may refuse storage: the title still changes for this visit.
	}
	applyNeutralName(on);
	if (!on) document.title = 'Haven';
}
