import { buildEntry } from '../../src/lib/test-data/builders';
import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';
import { seedEntries } from './seed';

test('an entry can be edited, and the change is kept', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Hypervigilant');
	await checkIn.openMore();
	await checkIn.noteField().fill('First words');
	await checkIn.save();

	const journal = new JournalPage(page);
	await journal.goto();
	await journal
		.entries()
		.first()
		.getByRole('link', { name: /^Open entry/ })
		.click();
	await page.getByRole('link', { name: 'Edit' }).click();
	await expect(page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
	await expect(checkIn.noteField()).toHaveValue('First words');
	await checkIn.stateButton('Regulated').click();
	await checkIn.noteField().fill('Better words, later');
	await page.getByRole('button', { name: 'Save changes' }).click();

	const detail = page.getByRole('article');
	await expect(detail.getByRole('heading', { name: 'Regulated' })).toBeVisible();
	await expect(detail).toContainText('Better words, later');
	await page.reload();
	await expect(page.getByRole('article')).toContainText('Better words, later');
	await journal.goto();
	await expect(journal.entries()).toHaveCount(1);
});

test('a deleted entry can be brought back from its own page', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Shut down');
	await checkIn.save();
	const journal = new JournalPage(page);
	await journal.goto();
	await journal
		.entries()
		.first()
		.getByRole('link', { name: /^Open entry/ })
		.click();
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
	await expect(journal.entries()).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(journal.entries()).toHaveCount(1);
});

test('filters narrow the journal, live in the URL and survive a reload', async ({ page }) => {
	const journal = new JournalPage(page);
	await journal.goto();
	const today = new Date();
	const at = (daysAgo: number) =>
		new Date(today.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 19) + '.000Z';
	await seedEntries(page, [
		buildEntry({
			state: 'shutdown',
			triggerIds: ['criticism'],
			occurredAt: at(1),
			note: 'Café talk'
		}),
		buildEntry({
			state: 'hypervigilant',
			triggerIds: ['conflict'],
			occurredAt: at(2),
			bringToTherapy: true
		}),
		buildEntry({ state: 'regulated', occurredAt: at(3), body: 'Soft shoulders' })
	]);
	await page.reload();
	await expect(journal.entries()).toHaveCount(3);

	await page.getByText('Filter and search').click();
	await page.getByRole('checkbox', { name: 'Shut down' }).check();
	await expect(page).toHaveURL(/state=shutdown/);
	await expect(journal.entries()).toHaveCount(1);
	await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText(
		'1 entry matches.'
	);

	await page.getByRole('checkbox', { name: 'Hypervigilant' }).check();
	await expect(journal.entries()).toHaveCount(2);
	await page.reload();
	await expect(journal.entries()).toHaveCount(2);
	await expect(page.getByRole('checkbox', { name: 'Hypervigilant' })).toBeChecked();

	await page.goBack();
	await expect(journal.entries()).toHaveCount(1);
	await page.goForward();
	await expect(journal.entries()).toHaveCount(2);

	await page.getByRole('button', { name: 'Clear filters' }).click();
	await page.getByText('Filter and search').click();
	await page.getByRole('searchbox', { name: /Search notes/ }).fill('cafe');
	await expect(page).toHaveURL(/q=cafe/);
	await expect(journal.entries()).toHaveCount(1);
	await expect(journal.entries().first()).toContainText('Café talk');

	await page.goto('/journal?trigger=conflict&therapy=1');
	await expect(journal.entries()).toHaveCount(1);
	await expect(journal.entries().first()).toContainText('Hypervigilant');
	await page.goto('/journal?q=shoulders');
	await expect(journal.entries()).toHaveCount(1);
	await expect(journal.entries().first()).toContainText('Regulated');
});

test('notes can be folded so painful words are not read by accident', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Shut down');
	await checkIn.openMore();
	await checkIn.noteField().fill('Words I am not ready to read');
	await checkIn.save();

	await page.goto('/settings');
	await page.getByRole('checkbox', { name: 'Fold notes in the journal list' }).check();
	const journal = new JournalPage(page);
	await journal.goto();
	await expect(journal.entries().first()).not.toContainText('Words I am not ready to read');
	await expect(journal.entries().first()).toContainText('Note folded.');
	await journal.entries().first().getByRole('button', { name: 'Show note' }).click();
	await expect(journal.entries().first()).toContainText('Words I am not ready to read');
});
