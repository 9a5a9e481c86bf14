/**
 * Whether the first-run introduction has been seen. Kept in localStorage (it says nothing
 * about the journal and must be known before storage opens); settings can show it again.
 */
const KEY = 'haven:welcomed';

export function welcomed(): boolean {
	try {
		return localStorage.getItem(KEY) === '1';
	} catch {
		return true;
	}
}

export function markWelcomed(seen = true): void {
	try {
		if (seen) localStorage.setItem(KEY, '1');
		else localStorage.removeItem(KEY);
	} catch {
		// Private modes may refuse storage; the introduction may then show again. No harm.
	}
}
