import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';

test('a check-in can be made with the keyboard alone', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();

	// Skip link first, then the navigation, then the three states.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(checkIn.stateButton('Hypervigilant')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(checkIn.stateButton('Shut down')).toBeFocused();
	await page.keyboard.press('Space');
	await expect(checkIn.stateButton('Shut down')).toHaveAttribute('aria-pressed', 'true');

	// Open "Add more", pick a trigger and a strength.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByText('Add more')).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('checkbox', { name: 'Criticism', exact: true })).toBeFocused();
	await page.keyboard.press('Space');
	await page.getByRole('radio', { name: '0', exact: true }).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: '2', exact: true })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Clear strength' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(checkIn.noteField()).toBeFocused();
	await page.keyboard.type('Typed with keys only');
	await page.keyboard.press('Tab');
	await expect(checkIn.saveButton).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(checkIn.saved).toBeVisible();

	const journal = new JournalPage(page);
	await journal.goto();
	await expect(journal.entries().first()).toContainText('Shut down');
	await expect(journal.entries().first()).toContainText('Strength 2 of 10');
	await expect(journal.entries().first()).toContainText('Typed with keys only');
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
