/**
 * `npm run bench`: what a person in distress feels, measured on the production build in a
 * real Chromium. Each figure is the median of several runs, with min and max beside it, marked
 * against the budgets of the benchmark issue. Writes bench/report.json and prints a table.
 *
 * To add a figure: declare it in FIGURES (label, unit, budget), then push samples to it from a
 * step in STEPS, or from a new step appended there.
 */
import { chromium, test, type Browser, type Page, type Response } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.js';
import { createStaticServer } from '../scripts/serve.js';
import { markdownTable, median, summarise, type Figure, type Unit } from './stats';

const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
const SCALE = { seed: 2026, count: 20_000, days: 5 * 365 };
const CPU_SLOWDOWN = 4;
const LAUNCH = { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
const KB = 1024;

function figure(label: string, unit: Unit, budget?: number, missing?: string): Figure {
	return { id: '', label, unit, samples: [], budget, missing };
}

const FIGURES = {
	jsCheckIn: figure('JS the check-in page loads on first visit (gzip)', 'bytes', 60 * KB),
	jsCheckInStart: figure('…of which needed before the check-in is usable (gzip)', 'bytes'),
	jsJournal: figure('JS the journal page loads on first visit (gzip)', 'bytes'),
	precacheJs: figure('JS precached by the service worker (gzip)', 'bytes'),
	precacheAll: figure('Everything precached by the service worker (gzip)', 'bytes'),
	coldStart: figure(
		`Cold start offline, CPU ${CPU_SLOWDOWN}× slower → check-in usable`,
		'ms',
		1000
	),
	warmStart: figure(`Warm start offline, CPU ${CPU_SLOWDOWN}× slower → check-in usable`, 'ms'),
	saveCommitted: figure('Save: tap → transaction committed', 'ms', 50),
	saveVisible: figure(
		'Save: tap → entry on screen in the journal (without the tap to open it)',
		'ms'
	),
	importScale: figure('20,000 entries: restore a backup into an empty journal', 'ms', 3000),
	exportScale: figure('20,000 entries: export a backup (read, build, serialise)', 'ms'),
	journalScale: figure('20,000 entries: open the journal → entries on screen', 'ms', 300),
	journalScaleSlow: figure(`20,000 entries: open the journal, CPU ${CPU_SLOWDOWN}× slower`, 'ms'),
	firstPageScale: figure('20,000 entries: read the newest 100 (the journal’s first page)', 'ms'),
	heapScale: figure('20,000 entries: JS heap with the journal open', 'MB'),
	jsPatterns: figure('JS the patterns page loads, Chart.js included (gzip)', 'bytes'),
	patternsScale: figure(
		'20,000 entries: open the patterns (4 weeks) → numbers on screen',
		'ms',
		300
	),
	patternsAllScale: figure('20,000 entries: open the patterns over all five years', 'ms'),
	weekScale: figure('20,000 entries: open this week’s summary → on screen', 'ms', 300),
	unlock: figure('Lock on: unlock (PBKDF2 600,000 iterations + unwrap keys)', 'ms'),
	saveOff: figure('Save one entry, lock off (validate, encode, commit)', 'ms'),
	saveOn: figure('Save one entry, lock on (validate, encrypt, commit)', 'ms'),
	importLocked: figure('20,000 entries, lock on: restore a backup (encrypt every entry)', 'ms'),
	readLocked: figure('20,000 entries, lock on: read all (decrypt, validate)', 'ms'),
	journalLocked: figure('20,000 entries, lock on: passphrase typed → journal on screen', 'ms'),
	quickExit: figure('Quick exit: third Shift → neutral page shown', 'ms'),
	havenWrite: figure('20,000 entries: Haven write (validate, encode, one transaction)', 'ms'),
	rawWrite: figure('20,000 entries: bare IndexedDB write, one transaction', 'ms'),
	writeRatio: figure('Haven write ÷ bare write', 'ratio', 2),
	havenRead: figure('20,000 entries: Haven read (one transaction, decode, validate)', 'ms'),
	rawRead: figure('20,000 entries: bare IndexedDB read, one transaction', 'ms'),
	readRatio: figure('Haven read ÷ bare read', 'ratio', 2)
} satisfies Record<string, Figure>;
for (const [id, f] of Object.entries(FIGURES)) f.id = id;

type FigureId = keyof typeof FIGURES;
const record = (id: FigureId, value: number) => FIGURES[id].samples.push(value);

interface Context {
	browser: Browser;
	/** Requests the server has answered; offline figures check it does not move. */
	served: () => number;
}

async function markTime(page: Page, name: string): Promise<number> {
	await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, {
		timeout: 60_000
	});
	return page.evaluate((n) => performance.getEntriesByName(n).at(-1)!.startTime, name);
}

/**
 * Gzip bytes of the scripts a first visit loads: all of them, and those the page names in
 * its own modulepreload links (what must arrive before it is usable; the rest loads after).
 */
async function scriptBytesOnFirstVisit(
	browser: Browser,
	path: string
): Promise<{ total: number; startup: number }> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const sizes: Promise<[string, number]>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		const url = new URL(response.url()).pathname;
		sizes.push(response.body().then((body) => [url, gzipSync(body, { level: 9 }).length]));
	});
	const document = await page.goto(ORIGIN + path);
	const html = (await document?.text()) ?? '';
	await page.waitForLoadState('networkidle');
	const preloaded = new Set(
		[...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)].map((m) => m[1])
	);
	const all = await Promise.all(sizes);
	await context.close();
	return {
		total: all.reduce((sum, [, size]) => sum + size, 0),
		startup: all.filter(([url]) => preloaded.has(url)).reduce((sum, [, size]) => sum + size, 0)
	};
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

const STEPS: { name: string; run: (ctx: Context) => Promise<void> }[] = [
	{
		name: 'JavaScript shipped',
		async run({ browser }) {
			const checkIn = await scriptBytesOnFirstVisit(browser, '/');
			record('jsCheckIn', checkIn.total);
			record('jsCheckInStart', checkIn.startup);
			record('jsJournal', (await scriptBytesOnFirstVisit(browser, '/journal')).total);
			// Everything in the build but the worker itself is precached (src/service-worker).
			const files = walk('build').filter((f) => relative('build', f) !== 'service-worker.js');
			const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
			record(
				'precacheJs',
				files.filter((f) => f.endsWith('.js')).reduce((a, f) => a + gz(f), 0)
			);
			record(
				'precacheAll',
				files.reduce((a, f) => a + gz(f), 0)
			);
		}
	},
	{
		name: 'Cold and warm start, offline, slowed CPU',
		async run({ served }) {
			for (let i = 0; i < RUNS; i++) {
				const profile = mkdtempSync(join(tmpdir(), 'haven-bench-'));
				try {
					// Install: first visit online, the worker precaches everything.
					let context = await chromium.launchPersistentContext(profile, LAUNCH);
					let page = context.pages()[0] ?? (await context.newPage());
					await page.goto(`${ORIGIN}/`);
					await page.evaluate(() => navigator.serviceWorker.ready);
					await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
					await context.close();

					// Cold: a new browser process on the same profile, no network, slow CPU.
					context = await chromium.launchPersistentContext(profile, LAUNCH);
					await context.setOffline(true);
					page = context.pages()[0] ?? (await context.newPage());
					const cdp = await context.newCDPSession(page);
					await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
					const before = served();
					await page.goto(`${ORIGIN}/`);
					record('coldStart', await markTime(page, 'haven:checkin-ready'));
					await page.goto(`${ORIGIN}/`);
					record('warmStart', await markTime(page, 'haven:checkin-ready'));
					if (served() !== before) throw new Error('an offline start reached the network');
					await context.close();
				} finally {
					rmSync(profile, { recursive: true, force: true });
				}
			}
		}
	},
	{
		name: 'Save',
		async run({ browser }) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${ORIGIN}/`);
			await markTime(page, 'haven:checkin-ready');
			await page.evaluate(() => {
				document.addEventListener(
					'click',
					(event) => {
						if ((event.target as Element).closest('a[href="/journal"]')) {
							performance.mark('bench:open-journal');
						}
					},
					{ capture: true }
				);
			});
			for (let i = 0; i < RUNS * 2; i++) {
				await page.evaluate(() => performance.clearMarks());
				await page.getByRole('button', { name: /^Regulated/ }).click();
				await page.getByRole('button', { name: 'Save check-in' }).click();
				const start = await markTime(page, 'haven:save-start');
				const committed = (await markTime(page, 'haven:save-committed')) - start;
				record('saveCommitted', committed);
				await page.getByRole('link', { name: 'Open journal' }).click();
				const ready = await markTime(page, 'haven:journal-ready');
				const opened = await markTime(page, 'bench:open-journal');
				record('saveVisible', committed + (ready - opened));
				await page.getByRole('navigation').getByRole('link', { name: 'Check in' }).click();
				await page.getByRole('button', { name: /^Regulated/ }).waitFor();
			}
			await context.close();
		}
	},
	{
		name: 'Quick exit',
		async run({ browser }) {
			const context = await browser.newContext();
			const page = await context.newPage();
			for (let i = 0; i < RUNS; i++) {
				await page.goto(`${ORIGIN}/journal`);
				await markTime(page, 'haven:journal-ready');
				await page.keyboard.press('Shift');
				await page.keyboard.press('Shift');
				const start = Date.now();
				await Promise.all([
					page.waitForURL('**/away.html', { waitUntil: 'load' }),
					page.keyboard.press('Shift')
				]);
				record('quickExit', Date.now() - start);
			}
			await context.close();
		}
	},
	{
		name: '20,000 entries',
		async run({ browser }) {
			const harness = readFileSync('bench/dist/harness.js', 'utf8');
			const context = await browser.newContext();
			const page = await context.newPage();
			// A page of the origin with no app on it: nothing else holds the databases open.
			await page.goto(`${ORIGIN}/robots.txt`);
			await page.evaluate(harness);
			type Harness = Record<string, (...args: number[]) => Promise<number> | number>;
			const call = (name: string, ...args: number[]) =>
				page.evaluate(
					([n, a]) => (window as unknown as { HavenBench: Harness }).HavenBench[n]!(...a),
					[name, args] as const
				);
			await call('generate', SCALE.seed, SCALE.count, SCALE.days);
			for (let i = 0; i < SCALE_RUNS; i++) {
				// Alternate which goes first, so neither pays alone for what the disk is doing.
				await call('reset');
				const order = i % 2 === 0 ? ['rawWrite', 'havenWrite'] : ['havenWrite', 'rawWrite'];
				const times: Record<string, number> = {};
				for (const name of order) times[name] = await call(name);
				const raw = times.rawWrite!;
				const haven = times.havenWrite!;
				record('rawWrite', raw);
				record('havenWrite', haven);
				record('writeRatio', haven / raw);
				const rawRead = await call('rawRead');
				const havenRead = await call('havenRead');
				record('rawRead', rawRead);
				record('havenRead', havenRead);
				record('readRatio', havenRead / rawRead);
				record('firstPageScale', await call('havenFirstPage'));
				record('exportScale', await call('havenExport'));
				await call('reset');
				record('importScale', await call('havenImport'));
			}

			// The patterns page's first visit: its JavaScript, Chart.js included.
			const scripts: Promise<number>[] = [];
			const onResponse = (response: Response) => {
				if (response.request().resourceType() !== 'script') return;
				scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
			};
			page.on('response', onResponse);
			await page.goto(`${ORIGIN}/patterns`);
			await markTime(page, 'haven:patterns-ready');
			await page.locator('canvas').first().waitFor();
			await page.waitForLoadState('networkidle');
			page.off('response', onResponse);
			record(
				'jsPatterns',
				(await Promise.all(scripts)).reduce((a, b) => a + b, 0)
			);
			for (let i = 0; i < SCALE_RUNS; i++) {
				await page.goto(`${ORIGIN}/patterns`);
				record('patternsScale', await markTime(page, 'haven:patterns-ready'));
				await page.goto(`${ORIGIN}/patterns?range=all`);
				record('patternsAllScale', await markTime(page, 'haven:patterns-ready'));
				await page.goto(`${ORIGIN}/week`);
				record('weekScale', await markTime(page, 'haven:week-ready'));
			}

			const cdp = await context.newCDPSession(page);
			for (let i = 0; i < SCALE_RUNS; i++) {
				await page.goto(`${ORIGIN}/journal`);
				record('journalScale', await markTime(page, 'haven:journal-ready'));
			}
			await cdp.send('HeapProfiler.collectGarbage');
			await cdp.send('Performance.enable');
			const { metrics } = await cdp.send('Performance.getMetrics');
			const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
			record('heapScale', heap / (1024 * 1024));

			await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
			for (let i = 0; i < SCALE_RUNS; i++) {
				await page.goto(`${ORIGIN}/journal`);
				record('journalScaleSlow', await markTime(page, 'haven:journal-ready'));
			}
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

			// The same journal with the lock on.
			await page.goto(`${ORIGIN}/robots.txt`);
			await page.evaluate(harness);
			await call('generate', SCALE.seed, SCALE.count, SCALE.days);
			for (let i = 0; i < SCALE_RUNS * 3; i++) record('unlock', await call('unlockTime'));
			for (let i = 0; i < SCALE_RUNS; i++) {
				await call('reset');
				record('saveOff', await call('saveOne', 0));
				await call('reset');
				record('saveOn', await call('saveOne', 1));
			}
			await call('reset');
			await call('havenWrite');
			await call('havenExport');
			for (let i = 0; i < SCALE_RUNS; i++) {
				await call('reset');
				record('importLocked', await call('lockedImport'));
				record('readLocked', await call('lockedRead'));
			}
			for (let i = 0; i < SCALE_RUNS; i++) {
				await page.goto(`${ORIGIN}/journal`);
				await page.getByLabel('Passphrase').fill('benchmark passphrase words');
				const start = await page.evaluate(() => performance.now());
				await page.getByRole('button', { name: 'Unlock' }).click();
				record('journalLocked', (await markTime(page, 'haven:journal-ready')) - start);
			}
			await context.close();
		}
	}
];

test('benchmark', async () => {
	const server = createStaticServer({ root: 'build' });
	let served = 0;
	server.server.on('request', () => (served += 1));
	await server.listen(PORT);
	const browser = await chromium.launch(LAUNCH);
	try {
		for (const step of STEPS) {
			const started = Date.now();
			await step.run({ browser, served: () => served });
			console.log(`  ${step.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
		}
	} finally {
		await browser.close().catch(() => {});
		await server.close();
	}

	const rows = Object.values(FIGURES).map(summarise);
	const report = {
		generatedAt: new Date().toISOString(),
		machine: {
			cpus: cpus().length,
			cpu: cpus()[0]?.model ?? 'unknown',
			node: process.version,
			chromium: browser.version()
		},
		runs: { default: RUNS, scale: SCALE_RUNS },
		dataSet: SCALE,
		figures: rows
	};
	writeFileSync('bench/report.json', `${JSON.stringify(report, null, '\t')}\n`);
	console.log(`\n${markdownTable(rows)}\n`);
	console.log(
		`Medians of ${RUNS} runs (${SCALE_RUNS} at 20,000 entries). Over budget: ${
			rows.filter((r) => r.withinBudget === false).length
		}. Written to bench/report.json.`
	);
	if (FIGURES.rawRead.samples.length > 0) {
		console.log(`Bare IndexedDB read of 20,000: ${median(FIGURES.rawRead.samples).toFixed(0)} ms`);
	}
});
