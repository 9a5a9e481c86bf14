import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildJournal } from '../../src/lib/test-data/builders';
import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';
import { seedEntries } from './seed';

const expectedLines = [
	{ locale: 'en-US', region: 'United States', call: 'Call 988', tel: 'tel:988' },
	{ locale: 'en-GB', region: 'United Kingdom', call: 'Call 116 123', tel: 'tel:116123' },
	{ locale: 'en-AU', region: 'Australia', call: 'Call 13 11 14', tel: 'tel:131114' }
];

for (const { locale, region, call, tel } of expectedLines) {
	test.describe(`on a device set to ${locale}`, () => {
		test.use({ locale });
		test('the crisis page shows that region’s line, offline too', async ({ page, context }) => {
			await page.goto('/ground');
			await page.evaluate(() => navigator.serviceWorker.ready);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			await context.setOffline(true);
			try {
				await page.getByRole('link', { name: 'Crisis lines and your safe people' }).click();
				await expect(
					page.getByRole('heading', { name: `Crisis lines in ${region}` })
				).toBeVisible();
				await expect(page.getByRole('link', { name: call })).toHaveAttribute('href', tel);
				await expect(page.getByText('Haven is not a crisis service.')).toBeVisible();
				await page.reload();
				await expect(
					page.getByRole('heading', { name: `Crisis lines in ${region}` })
				).toBeVisible();
			} finally {
				await context.setOffline(false);
			}
		});
	});
}

test('the region can be changed, and safe people are kept and can be called or texted', async ({
	page
}) => {
	await page.goto('/crisis');
	await page.getByLabel('Where you are').selectOption('NZ');
	await expect(page.getByRole('link', { name: 'Text 1737' })).toHaveAttribute('href', 'sms:1737');
	await page.getByLabel('Name').fill('Sam');
	await page.getByLabel('Phone number').fill('+44 7700 900123');
	await page.getByRole('button', { name: 'Add a safe person' }).click();
	await expect(page.getByRole('link', { name: 'Call Sam' })).toHaveAttribute(
		'href',
		'tel:+447700900123'
	);
	await page.reload();
	await expect(page.getByRole('link', { name: 'Text Sam' })).toHaveAttribute(
		'href',
		'sms:+447700900123'
	);
	await expect(page.getByRole('heading', { name: 'Crisis lines in New Zealand' })).toBeVisible();
});

test.describe('the first run', () => {
	test.use({ welcomed: false });

	test('can be skipped in one tap and never returns unless asked', async ({ page }) => {
		await page.goto('/');
		const intro = page.getByRole('region', { name: 'Welcome to Haven' });
		await expect(intro).toBeVisible();
		// The check-in works even before the introduction is read.
		await expect(page.getByRole('button', { name: /^Regulated/ })).toBeVisible();
		await intro.getByRole('button', { name: 'Skip' }).click();
		await expect(intro).toBeHidden();
		await page.reload();
		await expect(page.getByRole('button', { name: /^Regulated/ })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Welcome to Haven' })).toHaveCount(0);

		await page.goto('/settings');
		await page.getByRole('button', { name: 'Read the introduction again' }).click();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByRole('heading', { name: 'Three states, in the body' })).toBeFocused();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText('It cannot erase the browser’s history')).toBeVisible();
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByRole('heading', { name: 'Keeping it yours' })).toHaveCount(0);
	});
});

const SCREENS = [
	'/',
	'/journal',
	'/patterns?range=3m',
	'/week/2026-W47',
	'/parts',
	'/settings',
	'/ground',
	'/crisis'
];

async function axe(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

for (const colorScheme of ['light', 'dark'] as const) {
	for (const width of [360, 1280]) {
		test(`axe finds nothing on any screen, ${colorScheme}, ${width} px wide`, async ({ page }) => {
			test.slow();
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme });
			await new JournalPage(page).goto();
			await seedEntries(page, buildJournal({ seed: 9, count: 60, days: 80, end: new Date() }));
			for (const path of SCREENS) {
				await page.goto(path);
				await page.getByRole('heading', { level: 1 }).first().waitFor();
				if (path.startsWith('/patterns'))
					await page.getByRole('heading', { name: 'In short' }).waitFor();
				expect(await axe(page), path).toEqual([]);
			}
		});
	}
}

test('a keyboard alone goes through check-in, journal, patterns tables, week and settings', async ({
	page
}) => {
	test.slow();
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	// Tab to the first state and choose it with the keyboard.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	const first = checkIn.stateButton('Hypervigilant');
	for (let i = 0; i < 5 && !(await first.evaluate((b) => b === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(first).toHaveAttribute('aria-pressed', 'true');
	await checkIn.saveButton.focus();
	await page.keyboard.press('Enter');
	await expect(checkIn.saved).toBeVisible();

	/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would. */
	async function tabTo(target: ReturnType<Page['getByRole']>, key: 'Tab' | 'Shift+Tab' = 'Tab') {
		await target.waitFor();
		for (let i = 0; i < 40; i++) {
			if (await target.evaluate((el) => el === document.activeElement)) return;
			await page.keyboard.press(key);
		}
		await expect(target).toBeFocused();
	}
	const nav = page.getByRole('navigation', { name: 'Main' });

	await tabTo(nav.getByRole('link', { name: 'Patterns' }), 'Shift+Tab');
	await page.keyboard.press('Enter');
	await page.getByRole('heading', { name: 'In short' }).waitFor();
	await tabTo(page.getByRole('button', { name: /Show as a table.*State over time/ }));
	await page.keyboard.press('Enter');
	await tabTo(page.getByRole('link', { name: /^1 entry: Hypervigilant/ }), 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/journal\?state=hypervigilant/);
	await expect(new JournalPage(page).entries()).toHaveCount(1);

	await page.keyboard.press('Shift+Tab');
	await tabTo(nav.getByRole('link', { name: 'Week' }), 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Your week, for therapy' })).toBeVisible();
	await tabTo(nav.getByRole('link', { name: 'Settings' }), 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
