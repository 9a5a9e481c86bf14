import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';

test('another tab upgrading the journal gets a clear message, not a blank page', async ({
	page,
	context
}) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Regulated');
	await checkIn.save();
	const journal = new JournalPage(page);
	await journal.goto();

	// A newer Haven in another tab opens the database at the next version.
	const other = await context.newPage();
	await other.goto('/journal');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('haven', 2);
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error ?? new Error('open failed'));
			})
	);
	await other.close();

	await expect(
		page.getByRole('alert').filter({ hasText: 'Haven was updated in another tab' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
	// What was already on screen stays readable.
	await expect(journal.entries()).toHaveCount(1);

	// This (older) page, reloaded, refuses the newer journal with words, not a blank page.
	await page.reload();
	await expect(
		page
			.getByRole('alert')
			.filter({ hasText: 'Your journal was saved by a newer version of Haven' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Journal' })).toBeVisible();
});
