import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** `npm run screenshots`: the pictures the README shows, taken from the production build. */
export default defineConfig({
	...base,
	testDir: '.',
	testMatch: '*.shots.ts',
	reporter: 'list',
	outputDir: '../test-results/shots',
	webServer: { ...(base.webServer as object), cwd: '..' } as typeof base.webServer
});
