import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';

test('a check-in in three taps appears in the journal and survives a reload', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Shut down');
	await checkIn.save();
	// The form is ready for the next check-in.
	await expect(checkIn.stateButton('Shut down')).toHaveAttribute('aria-pressed', 'false');

	await page.getByRole('link', { name: 'Open journal' }).click();
	const journal = new JournalPage(page);
	const today = journal.day('Today');
	await expect(today.getByRole('article')).toHaveCount(1);
	await expect(today.getByRole('article')).toContainText('Shut down');

	await page.reload();
	await expect(journal.day('Today').getByRole('article')).toContainText('Shut down');
});

test('save waits for a state, and the state buttons describe the body', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await expect(checkIn.saveButton).toBeDisabled();
	await expect(checkIn.stateButton('Hypervigilant')).toContainText('heart racing');
	await expect(checkIn.stateButton('Shut down')).toContainText('Numb');
	await expect(checkIn.stateButton('Regulated')).toContainText('Present');
});

test('triggers, strength and a note are kept exactly as typed', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const note =
		'<script>alert("x")</script><img src=x onerror=alert(1)>\nשלום, مرحبا 🌊🫶 — still here';
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Hypervigilant');
	await checkIn.openMore();
	await page.getByRole('checkbox', { name: 'Criticism', exact: true }).check();
	await page.getByRole('checkbox', { name: 'Not sure' }).check();
	await page.getByRole('radio', { name: '7', exact: true }).check();
	await checkIn.noteField().fill(note);
	await checkIn.save();

	const journal = new JournalPage(page);
	await journal.goto();
	const entry = journal.entries().first();
	await expect(entry).toContainText('Hypervigilant');
	await expect(entry).toContainText('Strength 7 of 10');
	await expect(entry.getByRole('list', { name: 'What set it off' })).toHaveText(
		/Criticism\s*Not sure/
	);
	expect(await entry.locator('.note').textContent()).toBe(note);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test('a very long note is saved whole', async ({ page }) => {
	const note = 'I am still here. '.repeat(6_000).slice(0, 100_000);
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Regulated');
	await checkIn.openMore();
	await checkIn.noteField().fill(note);
	await checkIn.save();
	const journal = new JournalPage(page);
	await journal.goto();
	// The list shows the start; the entry itself shows all of it.
	await expect(journal.entries().first()).toContainText(note.slice(0, 100));
	await journal
		.entries()
		.first()
		.getByRole('link', { name: /^Open entry/ })
		.click();
	// Wait for the entry's own page before reading its note (the list has a preview too).
	const whole = page.locator('dd.note');
	await expect(whole).toBeVisible();
	expect(await whole.textContent()).toBe(note);
});

test('a failed save keeps everything that was typed and says so', async ({ page }) => {
	// Make the browser's storage refuse writes, as a full disk does.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if ((window as unknown as { failWrites?: boolean }).failWrites) {
				throw new DOMException('The disk is full', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = true));
	await checkIn.chooseState('Hypervigilant');
	await checkIn.openMore();
	await page.getByRole('checkbox', { name: 'Conflict' }).check();
	await checkIn.noteField().fill('They shouted at dinner.');
	await checkIn.saveButton.click();

	await expect(page.getByRole('alert')).toContainText('out of space');
	await expect(page.getByRole('alert')).toContainText(/Haven uses \d+\.\d MB/);
	await expect(page.getByRole('alert')).toContainText('What you wrote is still here.');
	await expect(checkIn.stateButton('Hypervigilant')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('checkbox', { name: 'Conflict' })).toBeChecked();
	await expect(checkIn.noteField()).toHaveValue('They shouted at dinner.');

	// Once there is room again, the same check-in saves.
	await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = false));
	await checkIn.save();
	const journal = new JournalPage(page);
	await journal.goto();
	await expect(journal.entries()).toHaveCount(1);
	await expect(journal.entries().first()).toContainText('They shouted at dinner.');
});

test('an entry can be deleted, and the delete undone', async ({ page }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await checkIn.chooseState('Regulated');
	await checkIn.save();
	await checkIn.chooseState('Shut down');
	await checkIn.save();

	const journal = new JournalPage(page);
	await journal.goto();
	await expect(journal.entries()).toHaveCount(2);
	const shutDown = journal.entries().filter({ hasText: 'Shut down' });
	await shutDown.getByRole('button', { name: /^Delete entry from/ }).click();
	await expect(journal.entries()).toHaveCount(1);
	await expect(page.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(journal.entries()).toHaveCount(2);

	await journal.entries().filter({ hasText: 'Shut down' }).getByRole('button').click();
	await page.reload();
	await expect(journal.entries()).toHaveCount(1);
	await expect(journal.entries().first()).toContainText('Regulated');
});

test('an empty journal says so kindly and leads back to check-in', async ({ page }) => {
	const journal = new JournalPage(page);
	await journal.goto();
	await expect(page.getByText('Nothing here yet.')).toBeVisible();
	await page.getByRole('main').getByRole('link', { name: 'Check in' }).click();
	await expect(page.getByRole('heading', { name: 'How is your body right now?' })).toBeVisible();
});
