// Runs every check Haven has and ends with one line: "N passed, N failed".
// Type check, ESLint and Prettier count one each; Vitest and Playwright count their tests.
// `npm run test:all` installs first (npm ci, a Chromium); this script assumes both are there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let passed = 0;
let failed = 0;
const summary = [];

/**
 * @param {string} title
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(title, command, args, env = {}) {
	console.log(`\n━━ ${title}`);
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, ...env, FORCE_COLOR: '0' }
	});
	return result.status === 0;
}

/**
 * @param {string} title
 * @param {string} command
 * @param {string[]} args
 */
function check(title, command, args) {
	const ok = run(title, command, args);
	if (ok) passed += 1;
	else failed += 1;
	summary.push(`${title}: ${ok ? 'passed' : 'FAILED'}`);
}

/** @param {string} path */
function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

mkdirSync('test-results', { recursive: true });

// The generated tsconfig and types that type check and ESLint read.
run('SvelteKit sync', 'npx', ['svelte-kit', 'sync']);
check('Type check (svelte-check)', 'npx', [
	'svelte-check',
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings'
]);
check('ESLint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('Prettier', 'npx', ['prettier', '--check', '.']);

rmSync('test-results/unit.json', { force: true });
const unitOk = run('Unit tests (Vitest)', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile=test-results/unit.json'
]);
const unit = readJson('test-results/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1);
	summary.push(`Unit tests: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
	failed += 1;
	summary.push('Unit tests: did not run');
}

// Two builds: the app, and the same app with a newer version name for the update test.
const built =
	run('Build', 'npx', ['vite', 'build']) &&
	run('Build (a newer version, for the update test)', 'npx', ['vite', 'build'], {
		HAVEN_VERSION: `${pkg.version}-next`,
		HAVEN_OUT: 'build-next'
	});
if (!built) {
	failed += 1;
	summary.push('Build: FAILED');
} else {
	rmSync('test-results/e2e.json', { force: true });
	const e2eOk = run('Browser tests (Playwright)', 'npx', ['playwright', 'test']);
	const e2e = readJson('test-results/e2e.json');
	if (e2e && existsSync('test-results/e2e.json')) {
		const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
		passed += expected + flaky;
		failed += unexpected + (e2eOk || unexpected > 0 ? 0 : 1);
		summary.push(`Browser tests: ${expected + flaky} passed, ${unexpected} failed`);
	} else {
		failed += 1;
		summary.push('Browser tests: did not run');
	}
}

console.log(`\n━━ Summary\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
