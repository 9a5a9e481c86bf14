// Makes sure the browser tests have a Chromium. Never downloads Playwright's own browsers:
// when none is found and we are root on Debian, installs Debian's `chromium` package.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.js';

function playwrightHasOne() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

const found = chromiumPath();
if (found) {
	console.log(`Chromium: ${found}`);
} else if (playwrightHasOne()) {
	console.log(`Chromium: Playwright's own (${chromium.executablePath()})`);
} else if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
	console.log('No Chromium found: installing Debian’s chromium package…');
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	if (!chromiumPath()) throw new Error('apt-get finished but /usr/bin/chromium is missing');
	console.log(`Chromium: ${chromiumPath()}`);
} else {
	console.error(
		'No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.'
	);
	process.exit(1);
}
