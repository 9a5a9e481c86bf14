// `npm run bench`: installs if needed, builds the app and the in-page harness, then runs the
// benchmark (bench/benchmark.ts) as a Playwright test. See the README for what it measures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/.package-lock.json')) run('npm', ['ci']);
run('node', ['scripts/ensure-chromium.js']);
run('npx', ['vite', 'build']);
run('npx', ['vite', 'build', '--config', 'bench/vite.harness.config.ts']);
run('npx', ['playwright', 'test', '--config', 'bench/playwright.config.ts']);
