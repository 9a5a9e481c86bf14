import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

async function sidewaysOverflow(page: Page) {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

async function smallTargets(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('a, button, summary, select, input, label:has(input)')]
			.filter((el) => (el as HTMLElement).offsetParent !== null)
			.filter((el) => !el.classList.contains('skip'))
			// An input inside a label is reached through its label, which is measured instead.
			.filter((el) => !(el.tagName === 'INPUT' && el.closest('label')))
			// A link inside a sentence is exempt (WCAG 2.5.8 inline exception).
			.filter((el) => !(el.tagName === 'A' && el.closest('p')))
			.map((el) => ({ el, box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.height < 44 || box.width < 44)
			.map(({ el }) => `${el.tagName} ${el.textContent?.trim().slice(0, 40) ?? ''}`)
	);
}

test('on a 360 px phone nothing scrolls sideways and every target is big enough', async ({
	page
}) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Regulated');
	await checkIn.openMore();
	await page.getByRole('checkbox', { name: 'Slow breathing' }).check();
	await page.getByRole('button', { name: 'Add a new part' }).click();
	expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
	expect(await smallTargets(page)).toEqual([]);

	await checkIn.save();
	for (const path of ['/journal', '/patterns', '/week/2026-W47', '/parts', '/settings']) {
		await page.goto(path);
		await page.getByRole('heading', { level: 1 }).waitFor();
		if (path === '/journal') await page.getByText('Filter and search').click();
		if (path === '/parts') await page.getByRole('button', { name: 'Add a part' }).click();
		expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
		expect(await smallTargets(page), path).toEqual([]);
	}
});

test('at 200 % text size every screen still fits the width of a phone', async ({ page }) => {
	for (const path of ['/', '/journal', '/patterns', '/week/2026-W47', '/parts', '/settings']) {
		await page.goto(path);
		await page.getByRole('heading', { level: 1 }).waitFor();
		// Text-only zoom, through CSSOM (the policy rightly refuses injected style sheets).
		await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
		for (const details of await page.locator('details').all()) {
			await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
		}
		expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
	}
	await page.goto('/');
	await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
	const checkIn = new CheckInPage(page);
	await checkIn.chooseState('Shut down');
	await checkIn.save();
});

test('navigation reaches both screens on a phone', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Journal' }).tap();
	await new JournalPage(page).goto();
	await expect(nav.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
	await nav.getByRole('link', { name: 'Check in' }).tap();
	await expect(page.getByRole('heading', { name: 'How is your body right now?' })).toBeVisible();
});

test.describe('in dark mode', () => {
	test.use({ colorScheme: 'dark' });
	test('the page turns dark', async ({ page }) => {
		await page.goto('/');
		const background = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor
		);
		expect(background).toBe('rgb(28, 35, 38)');
	});
});
