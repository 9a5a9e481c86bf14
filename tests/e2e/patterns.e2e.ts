import type { Page } from '@playwright/test';
import { buildEntry } from '../../src/lib/test-data/builders';
import { expect, test } from './fixtures';
import { JournalPage } from './pages';
import { seedEntries, seedParts } from './seed';

test.use({ timezoneId: 'Europe/London' });

/** Sunday 22 November 2026, noon in London: "this week" is Monday 16 to Sunday 22. */
const NOW = new Date('2026-11-22T12:00:00.000Z');

/** A hand-counted week: 3 shut down, 1 hypervigilant, 2 regulated. */
function week() {
	const at = (iso: string, rest: Parameters<typeof buildEntry>[0]) =>
		buildEntry({ occurredAt: iso, timeZone: 'Europe/London', ...rest });
	return [
		at('2026-11-16T09:00:00.000Z', {
			state: 'shutdown',
			triggerIds: ['criticism'],
			partIds: ['watcher'],
			activation: 6
		}),
		at('2026-11-16T11:00:00.000Z', {
			state: 'shutdown',
			triggerIds: ['criticism'],
			partIds: ['watcher']
		}),
		at('2026-11-17T20:00:00.000Z', { state: 'hypervigilant', triggerIds: ['criticism'] }),
		at('2026-11-18T08:00:00.000Z', {
			state: 'regulated',
			coping: [{ id: 'breathing', helped: 'yes' }],
			glimmers: 'The dog leaning in'
		}),
		at('2026-11-19T22:00:00.000Z', { state: 'shutdown', triggerIds: ['memory'] }),
		at('2026-11-21T10:00:00.000Z', { state: 'regulated', selfPresent: true }),
		// Three weeks earlier: only in the longer ranges.
		at('2026-11-01T10:00:00.000Z', { state: 'regulated' })
	];
}

async function seeded(page: Page) {
	await page.clock.setFixedTime(NOW);
	await new JournalPage(page).goto();
	await seedEntries(page, week());
	await seedParts(page, [{ id: 'watcher', name: 'The Watcher', role: 'manager' }]);
	await page.reload();
}

test('the week’s patterns are said in words and shown in tables with the counted numbers', async ({
	page
}) => {
	await seeded(page);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Patterns' })
		.click();
	await page.getByRole('link', { name: 'This week' }).click();

	const summary = page.getByRole('region', { name: 'In short' });
	await expect(summary).toContainText('6 check-ins this week.');
	await expect(summary).toContainText('Most entries were shut down (50\u00a0%).');
	await expect(summary).toContainText('Criticism came up 3 times, mostly with The Watcher.');
	await expect(summary).toContainText('Self was present in 1 entry.');
	await expect(summary).toContainText('1 glimmer noted.');

	// State over time: the chart's table, one tap away.
	const states = page.getByRole('region', { name: 'State over time' });
	await states.getByRole('button', { name: /Show as a table/ }).click();
	const monday = states.getByRole('row', { name: /Mon 16 Nov/ });
	await expect(monday.getByRole('cell')).toHaveText([
		'0',
		'2 entries: Shut down, Mon 16 Nov',
		'0',
		'0\u00a0%'
	]);

	const triggers = page.getByRole('region', { name: 'What set things off' });
	await expect(triggers.getByRole('row', { name: /^Criticism/ }).getByRole('cell')).toHaveText([
		'3 entries: Criticism',
		'1 entry: Criticism, Hypervigilant',
		'2 entries: Criticism, Shut down',
		'0'
	]);

	const parts = page.getByRole('region', { name: 'Parts that stepped in' });
	await expect(
		parts
			.getByRole('row', { name: /^The Watcher/ })
			.getByRole('cell')
			.first()
	).toHaveText('2 entries: The Watcher');
	await expect(
		parts
			.getByRole('table', { name: '' })
			.last()
			.getByRole('row', { name: /^Criticism/ })
	).toContainText('2');

	const when = page.getByRole('region', { name: 'When' });
	await expect(when.getByRole('link', { name: '2 entries: Monday, morning' })).toBeVisible();

	const helped = page.getByRole('region', { name: 'What helped' });
	await expect(helped.getByRole('row', { name: /^Slow breathing|^Breathing/ })).toContainText('1');

	const back = page.getByRole('region', { name: 'Back in the window' });
	await expect(back).toContainText('The dog leaning in');
});

test('tapping a number opens the journal at exactly those entries', async ({ page }) => {
	await seeded(page);
	await page.goto('/patterns?range=week');
	const states = page.getByRole('region', { name: 'State over time' });
	await states.getByRole('button', { name: /Show as a table/ }).click();
	await states.getByRole('link', { name: '2 entries: Shut down, Mon 16 Nov' }).click();

	await expect(page).toHaveURL(/\/journal\?state=shutdown&from=2026-11-16&to=2026-11-16/);
	const journal = new JournalPage(page);
	await expect(journal.entries()).toHaveCount(2);
	await expect(page.getByText('2 entries match.')).toBeVisible();

	// The when grid drills down by weekday and time of day.
	await page.goBack();
	await page.getByRole('link', { name: '1 entry: Thursday, late evening' }).click();
	await expect(page).toHaveURL(/weekday=4&time=late/);
	await expect(page.getByLabel('Day of the week')).toHaveValue('4');
	await expect(page.getByLabel('Time of day')).toHaveValue('late');
	await expect(journal.entries()).toHaveCount(1);
	await expect(journal.entries().first()).toContainText('Shut down');
});

test('the range lives in the address and survives a reload, offline too', async ({
	page,
	context
}) => {
	await seeded(page);
	await page.goto('/patterns?range=3m');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	const summary = page.getByRole('region', { name: 'In short' });
	await expect(summary).toContainText('7 check-ins over these 3 months.');

	await context.setOffline(true);
	try {
		await page.reload();
		await expect(page.getByRole('link', { name: '3 months' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(summary).toContainText('7 check-ins over these 3 months.');
		await expect(page.getByText('23 August – 22 November 2026')).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
});

test('a range with no entries says so kindly, with no empty charts', async ({ page }) => {
	await seeded(page);
	await page.goto('/patterns');
	await page.getByRole('button', { name: 'Choose dates' }).click();
	await page.getByLabel('From').fill('2026-06-01');
	await page.getByLabel('To').fill('2026-06-30');
	await page.getByRole('button', { name: 'Show these dates' }).click();
	await expect(page).toHaveURL(/range=custom&from=2026-06-01&to=2026-06-30/);
	await expect(page.getByText('There are no check-ins in these days.')).toBeVisible();
	await expect(page.locator('canvas')).toHaveCount(0);
	await page.getByRole('link', { name: 'See all your entries' }).click();
	await expect(page.getByRole('region', { name: 'In short' })).toContainText('7 check-ins');
});
