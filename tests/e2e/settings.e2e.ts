import { expect, test } from './fixtures';
import { CheckInPage } from './pages';

test('the trigger catalogue adds, renames and archives, and the check-in follows', async ({
	page
}) => {
	await page.goto('/settings');
	const triggers = page.getByRole('region', { name: 'Triggers' });
	await triggers.getByRole('button', { name: 'Add' }).click();
	await expect(triggers.getByRole('alert')).toContainText('Give it a name first.');

	await triggers.getByRole('textbox', { name: 'New trigger' }).fill('Loud restaurants');
	await triggers.getByRole('combobox', { name: 'Group' }).selectOption('body');
	await triggers.getByRole('button', { name: 'Add' }).click();
	await expect(triggers.getByText('Loud restaurants')).toBeVisible();

	await triggers.getByRole('button', { name: 'Rename Criticism' }).click();
	await triggers.getByRole('textbox', { name: 'New name for Criticism' }).fill('Being criticised');
	await triggers.getByRole('button', { name: 'Save' }).click();
	await triggers.getByRole('button', { name: 'Archive News or media' }).click();
	await expect(triggers.getByText('Archived (1)')).toBeVisible();

	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.openMore();
	await expect(page.getByRole('checkbox', { name: 'Loud restaurants' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Being criticised' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'News or media' })).toHaveCount(0);
	await expect(page.getByRole('checkbox', { name: 'Not sure' })).toBeVisible();
});

test('the coping list takes the person’s own ways of coping', async ({ page }) => {
	await page.goto('/settings');
	const coping = page.getByRole('region', { name: 'Things that help' });
	await coping.getByRole('textbox', { name: 'New thing that helps' }).fill('Cold water on my face');
	await coping.getByRole('button', { name: 'Add' }).click();
	await expect(coping.getByText('Cold water on my face')).toBeVisible();
	await coping.getByRole('textbox', { name: 'New thing that helps' }).fill('slow breathing');
	await coping.getByRole('button', { name: 'Add' }).click();
	await expect(coping.getByRole('alert')).toContainText('already in your list');

	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.openMore();
	await expect(page.getByRole('checkbox', { name: 'Cold water on my face' })).toBeVisible();
});
