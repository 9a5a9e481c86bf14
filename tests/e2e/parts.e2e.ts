import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';

test('a part created in the check-in is in the library, with what it showed up with', async ({
	page
}) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Shut down');
	await checkIn.openMore();
	await page.getByRole('checkbox', { name: 'Rejection' }).check();
	await page.getByRole('button', { name: 'Add a new part' }).click();
	const newPart = page.getByRole('group', { name: 'New part' });
	await newPart.getByRole('textbox', { name: 'Name' }).fill('Little one');
	await newPart.getByRole('combobox', { name: 'Role' }).selectOption('exile');
	await newPart.getByRole('button', { name: 'Add part' }).click();
	await checkIn.save();

	await page.getByRole('navigation').getByRole('link', { name: 'Parts' }).click();
	const part = page.getByRole('list', { name: 'Your parts' }).getByRole('listitem');
	await expect(part).toHaveCount(1);
	await expect(part).toContainText('Little one');
	await expect(part).toContainText('Exile');
	await expect(part).toContainText('Showed up once. Shut down 1');
	await expect(part).toContainText('Often with: Rejection (1)');
});

test('the library creates, describes, colours and renames parts, and refuses an empty name', async ({
	page
}) => {
	await page.goto('/parts');
	await page.getByRole('button', { name: 'Add a part' }).click();
	await page.getByRole('button', { name: 'Add part' }).click();
	await expect(page.getByRole('alert')).toContainText('Give it a name first.');

	await page.getByRole('textbox', { name: 'Name' }).fill('The Critic');
	await page.getByRole('radio', { name: /^Manager/ }).check();
	await page.getByRole('textbox', { name: /Description/ }).fill('Gets there first');
	await page.getByRole('radio', { name: 'Plum' }).check();
	await page.getByRole('button', { name: 'Add part' }).click();
	const parts = page.getByRole('list', { name: 'Your parts' });
	await expect(parts).toContainText('The Critic');
	await expect(parts).toContainText('Gets there first');
	await expect(parts).toContainText('Not in any entry yet.');

	// A name already in the library needs a second yes.
	await page.getByRole('button', { name: 'Add a part' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill('the critic');
	await page.getByRole('button', { name: 'Add part' }).click();
	await expect(page.getByRole('alert')).toContainText('already in your list');
	await page.getByRole('button', { name: 'Cancel' }).click();

	await page.getByRole('button', { name: 'Edit The Critic' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill('The Inner Critic');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(parts).toContainText('The Inner Critic');
	await page.reload();
	await expect(page.getByRole('list', { name: 'Your parts' })).toContainText('The Inner Critic');

	// Suggestions are offered, never forced.
	await page.getByRole('button', { name: 'Add Little One' }).click();
	await expect(page.getByRole('list', { name: 'Your parts' })).toContainText('Little One');
});

test('an archived part stays on old entries and leaves the check-in', async ({ page }) => {
	await page.goto('/parts');
	await page.getByRole('button', { name: 'Add The Watcher' }).click();
	await expect(page.getByRole('list', { name: 'Your parts' })).toContainText('The Watcher');

	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Hypervigilant');
	await checkIn.openMore();
	await page.getByRole('checkbox', { name: /The Watcher/ }).check();
	await checkIn.save();

	await page.goto('/parts');
	await page.getByRole('button', { name: 'Archive The Watcher' }).click();
	await expect(page.getByRole('status')).toContainText('stays on old entries');
	await expect(page.getByText('Archived parts (1)')).toBeVisible();

	await checkIn.goto();
	await checkIn.openMore();
	await expect(page.getByRole('checkbox', { name: /The Watcher/ })).toHaveCount(0);

	const journal = new JournalPage(page);
	await journal.goto();
	await expect(journal.entries().first().getByRole('list', { name: 'Parts' })).toContainText(
		'The Watcher'
	);

	await page.goto('/parts');
	await page.getByText('Archived parts (1)').click();
	await page.getByRole('button', { name: 'Bring back The Watcher' }).click();
	await expect(page.getByRole('list', { name: 'Your parts' })).toContainText('The Watcher');
});
