import { buildJournal } from '../../src/lib/test-data/builders';
import { expect, test } from './fixtures';
import { JournalPage } from './pages';
import { seedEntries } from './seed';

test('a long journal opens with its newest entries and shows earlier ones on request', async ({
	page
}) => {
	const journal = new JournalPage(page);
	await journal.goto();
	const entries = buildJournal({ seed: 5, count: 230, days: 60, end: new Date() });
	await seedEntries(page, entries);
	await page.reload();

	await expect(journal.entries()).toHaveCount(100);
	const newest = [...entries].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
	await expect(journal.entries().first().locator('time')).toHaveAttribute(
		'datetime',
		newest[0]!.occurredAt
	);

	const more = page.getByRole('button', { name: 'Show earlier entries' });
	await more.click();
	await expect(journal.entries()).toHaveCount(200);
	await more.click();
	await expect(journal.entries()).toHaveCount(230);
	await expect(more).toBeHidden();
	await expect(journal.entries().last().locator('time')).toHaveAttribute(
		'datetime',
		newest[229]!.occurredAt
	);
});
