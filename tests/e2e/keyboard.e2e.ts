import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 80) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('never reached by Tab');
}

test('a full check-in can be made with the keyboard alone', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();

	// Skip link first, then straight to the three states.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(checkIn.stateButton('Hypervigilant')).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(checkIn.stateButton('Shut down')).toHaveAttribute('aria-pressed', 'true');

	await tabTo(page, page.getByText('Add more'));
	await page.keyboard.press('Enter');
	await tabTo(page, page.getByRole('checkbox', { name: 'Criticism', exact: true }));
	await page.keyboard.press('Space');
	await tabTo(page, page.getByRole('radio', { name: '0', exact: true }));
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: '2', exact: true })).toBeChecked();
	await tabTo(page, page.getByRole('checkbox', { name: 'Slow breathing' }));
	await page.keyboard.press('Space');
	await tabTo(page, page.getByRole('radio', { name: 'Yes' }));
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Some' })).toBeChecked();
	await tabTo(page, checkIn.noteField());
	await page.keyboard.type('Typed with keys only');
	await tabTo(page, checkIn.saveButton);
	await page.keyboard.press('Enter');
	await expect(checkIn.saved).toBeVisible();

	const journal = new JournalPage(page);
	await journal.goto();
	const entry = journal.entries().first();
	await expect(entry).toContainText('Shut down');
	await expect(entry).toContainText('Strength 2 of 10');
	await expect(entry).toContainText('Criticism');
	await expect(entry).toContainText('Typed with keys only');
	await entry.getByRole('link', { name: /^Open entry/ }).click();
	await expect(page.getByText('Slow breathing: helped some')).toBeVisible();
});

test('focus is always visible', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.stateButton('Regulated').focus();
	await page.keyboard.press('Shift+Tab');
	const outline = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		return getComputedStyle(el).outlineStyle;
	});
	expect(outline).toBe('solid');
});
