import { expect, test } from './fixtures';
import { CheckInPage } from './pages';

test('Ground is one tap away from every screen', async ({ page }) => {
	for (const path of [
		'/',
		'/journal',
		'/patterns',
		'/week/2026-W47',
		'/parts',
		'/settings',
		'/crisis'
	]) {
		await page.goto(path);
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		await page.getByRole('navigation').getByRole('link', { name: 'Ground' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Ground' })).toBeVisible();
	}
});

test('after saving a shut-down check-in, grounding is offered, never pushed', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Shut down');
	await expect(page.getByRole('link', { name: 'Ground first' })).toBeVisible();
	await checkIn.save();
	await expect(checkIn.saved).toContainText('Grounding is here if it would help.');
	await checkIn.saved.getByRole('link', { name: 'Ground' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Ground' })).toBeVisible();
});

test('paced breathing counts in and out', async ({ page }) => {
	await page.goto('/ground');
	await page.getByRole('button', { name: 'Start breathing' }).click();
	await expect(page.getByText('Breathe in')).toBeVisible();
	await expect(page.getByText('Breathe out, slowly')).toBeVisible({ timeout: 6_000 });
	await page.getByRole('button', { name: 'Stop' }).click();
	await expect(page.getByText('Ready when you are.')).toBeVisible();
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('the breathing guide holds still and the counter guides', async ({ page }) => {
		await page.goto('/ground');
		await page.getByRole('button', { name: 'Start breathing' }).click();
		await expect(page.getByText('Breathe in')).toBeVisible();
		const transforms = new Set<string>();
		for (let i = 0; i < 5; i++) {
			transforms.add(
				await page.locator('.circle').evaluate((el) => getComputedStyle(el).transform)
			);
			await page.waitForTimeout(300);
		}
		expect(transforms.size).toBe(1);
	});
});

test('5-4-3-2-1 goes one sense at a time, and orienting one prompt at a time', async ({ page }) => {
	await page.goto('/ground');
	await page.getByRole('button', { name: '5-4-3-2-1' }).click();
	await expect(page.getByText('Name five things you can see.')).toBeVisible();
	for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('That was all five senses.')).toBeVisible();

	await page.getByRole('button', { name: 'Look around' }).click();
	await expect(page.getByText('Step 1 of 6')).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('Step 2 of 6')).toBeVisible();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.getByText('Step 1 of 6')).toBeVisible();
});

test('afterwards, “how is your body now?” saves as a regular check-in', async ({ page }) => {
	await page.goto('/ground');
	const after = page.getByRole('region', { name: 'How is your body now?' });
	await expect(after.getByRole('button', { name: 'Save' })).toBeDisabled();
	await after.getByRole('button', { name: /^Regulated/ }).click();
	await after.getByRole('button', { name: 'Save' }).click();
	await expect(after.getByText('Saved. It’s in your journal.')).toBeVisible();
	await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
	await expect(page.getByRole('article')).toHaveCount(1);
	await expect(page.getByRole('article').first()).toContainText('Regulated');
});
