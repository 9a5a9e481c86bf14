import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildEntry } from '../../src/lib/test-data/builders';
import { expect, test } from './fixtures';
import { JournalPage } from './pages';
import { seedEntries, seedParts } from './seed';

test.use({ timezoneId: 'Europe/London' });

/** Sunday 22 November 2026, noon in London: this week is 2026-W47, Monday 16 to Sunday 22. */
const NOW = new Date('2026-11-22T12:00:00.000Z');
const CANARY = 'CANARY-he-went-silent-at-dinner';

const at = (iso: string, rest: Parameters<typeof buildEntry>[0]) =>
	buildEntry({ occurredAt: iso, timeZone: 'Europe/London', ...rest });

function week() {
	return [
		at('2026-11-16T09:00:00.000Z', {
			state: 'shutdown',
			triggerIds: ['criticism'],
			partIds: ['watcher'],
			activation: 6,
			bringToTherapy: true,
			note: CANARY
		}),
		at('2026-11-17T20:00:00.000Z', {
			state: 'hypervigilant',
			triggerIds: ['criticism'],
			activation: 8
		}),
		at('2026-11-18T08:00:00.000Z', {
			state: 'regulated',
			coping: [{ id: 'breathing', helped: 'yes' }],
			selfPresent: true
		}),
		at('2026-11-19T22:00:00.000Z', { state: 'shutdown', triggerIds: ['memory'] })
	];
}

async function open(page: Page, entries = week()) {
	await page.clock.setFixedTime(NOW);
	await new JournalPage(page).goto();
	await seedEntries(page, entries);
	await seedParts(page, [{ id: 'watcher', name: 'The Watcher', role: 'manager' }]);
	await page.goto('/week');
	await expect(page).toHaveURL(/\/week\/2026-W47$/);
}

async function downloadText(page: Page, button: string): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return readFileSync((await download.path())!, 'utf8');
}

const summary = (page: Page) => page.getByRole('article');

test('a seeded week shows its counts, and the flagged moment without its note', async ({
	page
}) => {
	await open(page);
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Week' })
	).toHaveAttribute('aria-current', 'page');
	const article = summary(page);
	await expect(
		article.getByRole('heading', { name: 'Week of 16 – 22 November 2026' })
	).toBeVisible();
	await expect(article).toContainText('4 check-ins.');
	const states = article.getByRole('region', { name: 'States' });
	await expect(states.getByRole('listitem')).toHaveText([
		'Hypervigilant: 1',
		'Shut down: 2',
		'Regulated: 1'
	]);
	await expect(states.getByRole('row', { name: /^Shut down/ }).getByRole('cell')).toHaveText([
		'1',
		'·',
		'·',
		'1',
		'·',
		'·',
		'·'
	]);
	await expect(article.getByRole('region', { name: 'Triggers' })).toContainText('Criticism: 2');
	await expect(article.getByRole('region', { name: 'Parts' })).toContainText(
		'Self was present: 1 of 4'
	);
	await expect(article.getByRole('region', { name: 'How strong it was' })).toContainText(
		'Hypervigilant: 8 of 10'
	);
	await expect(article.getByRole('region', { name: 'What helped' })).toContainText(
		'Slow breathing: tried once: helped once'
	);
	const moments = article.getByRole('region', { name: 'Moments to bring' });
	await expect(moments.getByRole('heading', { level: 4 })).toHaveText([
		'Monday 16 November, 09:00 · Shut down'
	]);
	await expect(page.getByText(CANARY)).toHaveCount(0);

	const markdown = await downloadText(page, 'Download as Markdown');
	expect(markdown).toContain('## States\n\n- Hypervigilant: 1\n- Shut down: 2\n- Regulated: 1');
	expect(markdown).not.toContain(CANARY);
});

test('unticking a section takes it out of the Markdown and the printout, and the choice is kept', async ({
	page
}) => {
	await open(page);
	await page
		.getByRole('group', { name: 'Sections' })
		.getByRole('checkbox', { name: 'Triggers' })
		.uncheck();
	await expect(summary(page).getByRole('region', { name: 'Triggers' })).toHaveCount(0);
	expect(await downloadText(page, 'Download as Markdown')).not.toContain('## Triggers');

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Choose what goes in' })).toBeHidden();
	await expect(summary(page)).toBeVisible();
	await expect(summary(page).getByRole('region', { name: 'Triggers' })).toHaveCount(0);
	await expect(summary(page).getByRole('region', { name: 'States' })).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	await page.waitForTimeout(600); // choices are kept a moment after the last change
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Triggers' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'States' })).toBeChecked();
});

test('a note appears only after it is chosen, in the page, the Markdown and the CSV', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page);
	const entries = page.getByRole('group', { name: 'Entries' });
	await expect(
		entries.getByRole('checkbox', { name: /^Monday 16 November, 09:00 · Shut down/ })
	).toBeChecked();
	expect(await downloadText(page, 'Download CSV')).not.toContain(CANARY);

	await entries.getByRole('checkbox', { name: /Add what I wrote/ }).check();
	await expect(summary(page)).toContainText(CANARY);
	expect(await downloadText(page, 'Download as Markdown')).toContain(`> ${CANARY}`);
	expect(await downloadText(page, 'Download CSV')).toContain(CANARY);
	await page.getByRole('button', { name: 'Copy as text' }).click();
	await expect(page.getByText('Copied. You can paste it anywhere.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(CANARY);

	// Another entry can be added; taking the first out takes its note with it.
	await entries.getByRole('checkbox', { name: /Thursday 19 November, 22:00/ }).check();
	await entries.getByRole('checkbox', { name: /^Monday 16 November, 09:00/ }).uncheck();
	await expect(summary(page)).not.toContainText(CANARY);
	await expect(
		summary(page)
			.getByRole('region', { name: 'Moments to bring' })
			.getByRole('heading', { level: 4 })
	).toHaveText(['Thursday 19 November, 22:00 · Shut down']);
});

test('a busy week of 40 entries prints on at most two pages', async ({ page }) => {
	const busy = Array.from({ length: 40 }, (_, i) =>
		at(new Date(Date.parse('2026-11-16T07:00:00.000Z') + i * 4 * 3_600_000).toISOString(), {
			state: (['hypervigilant', 'shutdown', 'regulated'] as const)[i % 3],
			triggerIds: i % 2 ? ['criticism', 'memory'] : ['rejection'],
			partIds: i % 4 ? ['watcher'] : [],
			activation: i % 11,
			coping: [{ id: 'breathing', helped: 'some' }],
			bringToTherapy: i % 5 === 0,
			note: 'A long note that stays private unless chosen. '.repeat(4)
		})
	);
	await open(page, busy);
	await expect(summary(page)).toContainText('40 check-ins.');
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages.length).toBeGreaterThanOrEqual(1);
	expect(pages.length).toBeLessThanOrEqual(2);
	test.info().annotations.push({ type: 'A4 pages', description: String(pages.length) });
	// Printed from a phone, the page lays out at the paper's width, not the screen's.
	await page.setViewportSize({ width: 360, height: 740 });
	const letter = await page.pdf({ format: 'Letter' });
	const letterPages = (letter.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(letterPages).toBeLessThanOrEqual(2);
	test.info().annotations.push({ type: 'Letter pages', description: String(letterPages) });
});

test('share is offered only where the device has a share sheet, and sends the Markdown', async ({
	page
}) => {
	await open(page);
	const supported = await page.evaluate(() => typeof navigator.share === 'function');
	await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(supported ? 1 : 0);

	await page.addInitScript(() => {
		const shared: unknown[] = [];
		Object.assign(window, { shared });
		Object.defineProperty(navigator, 'canShare', { value: () => false });
		Object.defineProperty(navigator, 'share', {
			value: async (data: { text?: string }) => void shared.push(data.text)
		});
	});
	await page.reload();
	await page.getByRole('button', { name: 'Share…' }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { shared: string[] }).shared[0] ?? ''))
		.toContain('## States');
});

test('the week works offline, and an empty week says so kindly', async ({ page, context }) => {
	await open(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await context.setOffline(true);
	try {
		await page.goto('/week/2026-W47');
		await expect(summary(page)).toContainText('4 check-ins.');
		await page.getByRole('link', { name: 'Previous week' }).click();
		await expect(page).toHaveURL(/2026-W46/);
		await expect(page.getByText('No check-ins in these days. That’s all right')).toBeVisible();
		await page.getByRole('link', { name: 'See the week before' }).click();
		await expect(page).toHaveURL(/2026-W45/);
	} finally {
		await context.setOffline(false);
	}
});

test('since my last session sums the days after the marked session day', async ({ page }) => {
	await open(page);
	await page.getByText('Other dates and session days').click();
	await page.getByLabel('A day I saw my therapist').fill('2026-11-17');
	await page.getByRole('button', { name: 'Mark as a session day' }).click();
	await page.getByRole('link', { name: 'Since my last session' }).click();
	await expect(page).toHaveURL(/\/week\/custom\?from=2026-11-18&to=2026-11-22/);
	await expect(summary(page).getByRole('heading', { level: 2 })).toHaveText(
		'18 – 22 November 2026'
	);
	await expect(summary(page)).toContainText('2 check-ins.');
});
