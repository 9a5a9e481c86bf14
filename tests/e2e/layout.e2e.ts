import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('on a 360 px phone nothing scrolls sideways and every target is big enough', async ({
	page
}) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.openMore();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);

	const small = await page.evaluate(() =>
		[...document.querySelectorAll('a, button, summary, label:has(input)')]
			.filter((el) => (el as HTMLElement).offsetParent !== null)
			.filter((el) => !el.classList.contains('skip'))
			.map((el) => ({ el, box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.height < 44 || box.width < 44)
			.map(({ el }) => el.textContent?.trim())
	);
	expect(small).toEqual([]);
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
