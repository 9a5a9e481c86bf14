import { defineConfig } from '@playwright/test';

// `npm run bench` runs this: one long test that drives the production build and writes
// bench/report.json. Figures come from the test itself, not from Playwright's timings.
export default defineConfig({
	testDir: '.',
	testMatch: 'benchmark.ts',
	timeout: 15 * 60_000,
	workers: 1,
	reporter: [['list']],
	outputDir: '../test-results/bench'
});
