import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.js';

export const PORT = 4173;
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results/e2e',
	timeout: 30_000,
	expect: { timeout: 10_000 },
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: BASE_URL,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
		timezoneId: 'Europe/London',
		locale: 'en-GB',
		serviceWorkers: 'allow',
		trace: 'retain-on-failure'
	},
	// Always a fresh server over the build just made: a reused one would test an old build.
	webServer: {
		command: `node scripts/serve.js --port ${PORT}`,
		url: `${BASE_URL}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
