import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { buildEntry, buildJournal } from '../../src/lib/test-data/builders';
import { CheckInPage, JournalPage } from './pages';
import { seedEntries } from './seed';

async function checkIn(page: Page, state: 'Shut down' | 'Regulated', note: string) {
	const form = new CheckInPage(page);
	await form.goto();
	await form.chooseState(state);
	await form.openMore();
	await form.noteField().fill(note);
	await form.save();
}

async function saveBackup(page: Page): Promise<string> {
	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a backup' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^haven-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const path = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(path);
	return path;
}

async function chooseRestoreFile(page: Page, path: string) {
	await page.goto('/settings');
	await page.getByLabel('Restore from a backup file').setInputFiles(path);
}

test('a backup made on one device restores on another, and a second restore changes nothing', async ({
	page,
	browser
}) => {
	await checkIn(page, 'Shut down', 'Sunday before the visit 🌧');
	await checkIn(page, 'Regulated', 'Walk by the river');
	const path = await saveBackup(page);
	const file = JSON.parse(readFileSync(path, 'utf8')) as { format: string; entries: unknown[] };
	expect(file.format).toBe('haven-backup');
	expect(file.entries).toHaveLength(2);

	// A second, empty profile.
	const other = await browser.newContext({ timezoneId: 'Europe/London' });
	const fresh = await other.newPage();
	await chooseRestoreFile(fresh, path);
	const plan = fresh.getByRole('group', { name: /This backup holds 2 entries/ });
	await expect(plan).toContainText('2 added, 0 updated, 0 unchanged');
	await plan.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(fresh.getByRole('status').filter({ hasText: 'Restored' })).toContainText(
		'2 added, 0 updated, 0 unchanged'
	);
	const journal = new JournalPage(fresh);
	await journal.goto();
	await expect(journal.entries()).toHaveCount(2);
	await expect(journal.entries().nth(0)).toContainText('Walk by the river');
	await expect(journal.entries().nth(1)).toContainText('Sunday before the visit 🌧');

	await chooseRestoreFile(fresh, path);
	await expect(fresh.getByRole('group', { name: /This backup holds/ })).toContainText(
		'0 added, 0 updated, 2 unchanged'
	);
	await other.close();
});

test('replace everything asks first, then leaves only what the backup holds', async ({ page }) => {
	await checkIn(page, 'Regulated', 'Kept in the backup');
	const path = await saveBackup(page);
	await checkIn(page, 'Shut down', 'Made after the backup');

	await chooseRestoreFile(page, path);
	await page.getByRole('button', { name: 'Replace everything…' }).click();
	await expect(page.getByRole('alert')).toContainText('This cannot be undone.');
	await page.getByRole('button', { name: 'Yes, replace everything' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
	const journal = new JournalPage(page);
	await journal.goto();
	await expect(journal.entries()).toHaveCount(1);
	await expect(journal.entries().first()).toContainText('Kept in the backup');
});

const BAD_FILES: [string, string, string][] = [
	['not-json.json', 'this is not json at all', 'not complete JSON'],
	[
		'truncated.json',
		'{"format":"haven-backup","version":1,"exportedAt":"2026-',
		'not complete JSON'
	],
	['other-app.json', '{"notes":[{"text":"hi"}]}', 'not a Haven backup'],
	['future.json', '{"format":"haven-backup","version":99,"entries":[]}', 'format version 99'],
	[
		'bad-state.json',
		JSON.stringify({
			format: 'haven-backup',
			version: 1,
			exportedAt: '2026-11-22T10:00:00.000Z',
			entries: [{ id: 'a', occurredAt: '2026-11-20T21:15:00.000Z', state: 'furious' }]
		}),
		'entries[0].state: expected one of hypervigilant, shutdown, regulated'
	],
	['export.csv', '\uFEFFid,date,time,occurredAt,state\r\n', 'CSV is for spreadsheets']
];

test('each bad file gets its own clear message and the journal is unchanged', async ({ page }) => {
	await checkIn(page, 'Regulated', 'Still here afterwards');
	for (const [name, content, message] of BAD_FILES) {
		const path = test.info().outputPath(name);
		writeFileSync(path, content);
		await chooseRestoreFile(page, path);
		const alert = page.getByRole('alert');
		await expect(alert, name).toContainText(message);
		await expect(alert, name).toContainText('Your journal is untouched.');
	}
	const journal = new JournalPage(page);
	await journal.goto();
	await expect(journal.entries()).toHaveCount(1);
	await expect(journal.entries().first()).toContainText('Still here afterwards');
});

test('the CSV export is labelled for spreadsheets and downloads with every column', async ({
	page
}) => {
	await checkIn(page, 'Shut down', '=cmd|calc');
	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: /Export CSV.*for spreadsheets, not a backup/ }).click();
	const download = await downloading;
	const path = test.info().outputPath('entries.csv');
	await download.saveAs(path);
	const csv = readFileSync(path, 'utf8');
	expect(csv.startsWith('\uFEFFid,date,time,occurredAt,state,activation,triggers,parts,')).toBe(
		true
	);
	expect(csv).toContain(",'=cmd|calc,");
});

test('a gentle reminder appears when a week has passed without a backup', async ({ page }) => {
	const journal = new JournalPage(page);
	await journal.goto();
	await expect(page.getByText('since your last backup')).toBeHidden();
	const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString();
	await seedEntries(page, [
		buildEntry({ occurredAt: tenDaysAgo, recordedAt: tenDaysAgo, updatedAt: tenDaysAgo })
	]);
	await page.reload();
	const reminder = page.getByRole('status').filter({ hasText: 'since your last backup' });
	await expect(reminder).toBeVisible();

	await reminder.getByRole('link', { name: 'Save a backup' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a backup' }).click();
	await downloading;
	await journal.goto();
	await expect(page.getByText('since your last backup')).toBeHidden();
});

test('delete everything asks first, then leaves an empty Haven', async ({ page }) => {
	await checkIn(page, 'Regulated', 'Soon gone');
	await page.goto('/settings');
	await page.getByRole('button', { name: 'Delete everything…' }).click();
	await expect(page.getByRole('alert')).toContainText('It cannot be undone.');
	await page.getByRole('button', { name: 'Keep everything' }).click();
	await page.getByRole('button', { name: 'Delete everything…' }).click();
	await page.getByRole('button', { name: 'Yes, delete everything' }).click();
	await expect(page.getByRole('heading', { name: 'How is your body right now?' })).toBeVisible();
	const journal = new JournalPage(page);
	await journal.goto();
	await expect(page.getByText('Nothing here yet.')).toBeVisible();
});

test('settings say whether the browser keeps the journal and how much room it uses', async ({
	page
}) => {
	await checkIn(page, 'Regulated', 'First entry');
	await page.goto('/settings');
	const device = page.getByRole('region', { name: 'On this device' });
	await expect(device).toContainText(/Haven’s storage/);
	await expect(device).toContainText(/Using \d+\.\d MB/);
});

test('a backup of thousands of entries is checked off the page, offline too', async ({
	page,
	context
}) => {
	const entries = buildJournal({ seed: 77, count: 5_000, days: 900 });
	const path = test.info().outputPath('large.json');
	writeFileSync(
		path,
		JSON.stringify({
			format: 'haven-backup',
			version: 1,
			exportedAt: '2026-11-22T10:00:00.000Z',
			entries,
			triggers: [],
			parts: [],
			coping: [],
			settings: {},
			weeks: {}
		})
	);
	await page.goto('/settings');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await context.setOffline(true);
	try {
		await page.reload();
		await page.getByLabel('Restore from a backup file').setInputFiles(path);
		const plan = page.getByRole('group', { name: /This backup holds 5000 entries/ });
		await expect(plan).toContainText('5000 added');
		await plan.getByRole('button', { name: 'Restore', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible({
			timeout: 30_000
		});
	} finally {
		await context.setOffline(false);
	}
	const journal = new JournalPage(page);
	await journal.goto();
	await expect(journal.entries()).toHaveCount(100);
});

test('a file far too large for a backup is refused before it is read', async ({ page }) => {
	const path = test.info().outputPath('huge.json');
	writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 32));
	await page.goto('/settings');
	await page.getByLabel('Restore from a backup file').setInputFiles(path);
	await expect(page.getByRole('alert')).toContainText('This file is 50 MB');
	await expect(page.getByRole('alert')).toContainText('Your journal is untouched.');
});

test.describe('on an iPhone browser tab', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
	});
	test('the one-time install note explains moving entries into the installed app', async ({
		page
	}) => {
		const journal = new JournalPage(page);
		await journal.goto();
		const note = page.getByRole('status').filter({ hasText: 'Installing Haven' });
		await expect(note).toContainText('save a backup here first');
		await note.getByRole('button', { name: 'Got it' }).click();
		await page.reload();
		await expect(page.getByText('Installing Haven to your home screen')).toBeHidden();
	});
});

test('a backup protected with a passphrase hides the journal and opens only with it', async ({
	page,
	browser
}) => {
	await checkIn(page, 'Shut down', 'CANARY words about the visit');
	await page.goto('/settings');
	await page.getByText('Protect the backup with a passphrase').click();
	await page.getByLabel('Passphrase for this backup').fill('seven blue kites');
	await page.getByLabel('The backup’s passphrase again').fill('seven blue kites');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a backup' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^haven-backup-\d{4}-\d{2}-\d{2}-protected\.json$/);
	const path = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(path);
	const text = readFileSync(path, 'utf8');
	expect(text).not.toContain('CANARY');
	expect(JSON.parse(text)).toMatchObject({ format: 'haven-backup-encrypted', version: 1 });

	const other = await browser.newContext({ timezoneId: 'Europe/London' });
	const fresh = await other.newPage();
	await chooseRestoreFile(fresh, path);
	await fresh.getByLabel('This backup is protected. Its passphrase:').fill('seven red kites');
	await fresh.getByRole('button', { name: 'Open the backup' }).click();
	await expect(fresh.getByText('That passphrase doesn’t open this backup.')).toBeVisible();
	await fresh.getByLabel('This backup is protected. Its passphrase:').fill('seven blue kites');
	await fresh.getByRole('button', { name: 'Open the backup' }).click();
	const plan = fresh.getByRole('group', { name: /This backup holds 1 entries/ });
	await plan.getByRole('button', { name: 'Restore', exact: true }).click();
	const journal = new JournalPage(fresh);
	await journal.goto();
	await expect(journal.entries().first()).toContainText('CANARY words about the visit');
	await other.close();
});
