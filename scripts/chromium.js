// Finds the Chromium the browser tests and the benchmark drive: $CHROMIUM_PATH, then
// Debian's /usr/bin/chromium, then whatever Playwright itself has installed (if anything).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** A path to a Chromium binary, or undefined to let Playwright use its own. */
export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
		return fromEnv;
	}
	return CANDIDATES.find((path) => existsSync(path));
}
