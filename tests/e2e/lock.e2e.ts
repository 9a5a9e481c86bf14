import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';

const PASSPHRASE = 'river stones at dawn';
const CANARY = 'CANARY-7f3a-partner-tone';

async function turnOnLock(page: Page) {
	await page.goto('/settings');
	const section = page.getByRole('region', { name: 'Lock and privacy' });
	await section.getByLabel(/^Passphrase/).fill(PASSPHRASE);
	await section.getByLabel('The same passphrase again').fill(PASSPHRASE);
	await section.getByText('I understand a forgotten passphrase cannot be recovered').click();
	await section.getByRole('button', { name: 'Turn on the lock' }).click();
	await expect(section.getByText('The lock is on. Everything is now encrypted')).toBeVisible();
}

/** Checks in through the app's own navigation: a reload would lock Haven again. */
async function checkIn(page: Page, note: string) {
	const checkIn = new CheckInPage(page);
	if (!page.url().startsWith('http')) await checkIn.goto();
	else if (new URL(page.url()).pathname !== '/')
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Check in' })
			.click();
	await checkIn.chooseState('Hypervigilant');
	await checkIn.openMore();
	await page.getByLabel('Anything you want to note').fill(note);
	await checkIn.save();
}

async function unlock(page: Page, passphrase = PASSPHRASE) {
	await page.getByLabel('Passphrase').fill(passphrase);
	await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Every place the browser keeps something for this origin, as text and raw bytes. */
async function everythingStored(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const asText = (value: unknown): string => {
			if (value instanceof ArrayBuffer) return new TextDecoder('latin1').decode(value);
			if (ArrayBuffer.isView(value)) {
				return new TextDecoder('latin1').decode(
					new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
				);
			}
			if (Array.isArray(value)) return value.map(asText).join('\n');
			if (value && typeof value === 'object') {
				return Object.entries(value)
					.map(([k, v]) => `${k}:${asText(v)}`)
					.join('\n');
			}
			return String(value);
		};
		const parts: string[] = [location.href, document.title];
		for (const info of await indexedDB.databases()) {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const store of db.objectStoreNames) {
				const rows = await new Promise<unknown[]>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				parts.push(asText(rows));
			}
			db.close();
		}
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				parts.push(request.url, (await (await cache.match(request))?.text()) ?? '');
			}
		}
		for (const storage of [localStorage, sessionStorage]) {
			for (let i = 0; i < storage.length; i++) {
				const key = storage.key(i)!;
				parts.push(key, storage.getItem(key) ?? '');
			}
		}
		return parts.join('\n');
	});
}

test('with the lock on, a word typed into a note is stored nowhere in readable form', async ({
	page
}) => {
	await checkIn(page, `Before the lock: ${CANARY}-old`);
	await turnOnLock(page);
	await checkIn(page, `After the lock: ${CANARY}`);
	// A draft being typed is kept encrypted too.
	await page.getByLabel('Anything you want to note').fill(`draft ${CANARY}-draft`);
	await page.waitForTimeout(800);

	const stored = await everythingStored(page);
	expect(stored).toContain('aes-gcm:1');
	expect(stored).not.toContain(CANARY);
	await expect(page).not.toHaveURL(new RegExp(CANARY));
	expect(await page.title()).not.toContain(CANARY);
});

test('locking removes the journal from the page; a check-in saved while locked opens after', async ({
	page
}) => {
	await turnOnLock(page);
	await checkIn(page, CANARY);
	await page.getByRole('link', { name: 'Open journal' }).click();
	await expect(page.getByText(CANARY)).toBeVisible();

	await page.getByRole('button', { name: 'Lock', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Haven is locked' })).toBeVisible();
	expect(await page.content()).not.toContain(CANARY);
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link')).toHaveText(['Check in', 'Ground', 'Unlock']);

	// A person in distress checks in without the passphrase: state, triggers, how strong, a note.
	const checkInPage = new CheckInPage(page);
	await nav.getByRole('link', { name: 'Check in' }).click();
	await checkInPage.chooseState('Shut down');
	await checkInPage.openMore();
	await expect(page.getByRole('heading', { name: 'Parts' })).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Criticism', exact: true }).check();
	await page.getByLabel('Anything you want to note').fill('Written while locked');
	await checkInPage.save();
	await expect(page.getByText('It is sealed, and opens with your passphrase.')).toBeVisible();

	await page.getByRole('link', { name: 'Unlock' }).first().click();
	await unlock(page, 'not the passphrase');
	await expect(page.getByText('That passphrase doesn’t open Haven.')).toBeVisible();
	await unlock(page);
	const journal = new JournalPage(page);
	await expect(journal.entries()).toHaveCount(2);
	await expect(journal.entries().first()).toContainText('Written while locked');
	await expect(journal.entries().first()).toContainText('Criticism');
	await expect(page.getByText(CANARY)).toBeVisible();
});

test('quick exit by button hides Haven, and Back shows only the lock screen', async ({ page }) => {
	await turnOnLock(page);
	await checkIn(page, CANARY);
	await page.getByRole('link', { name: 'Open journal' }).click();
	await expect(page.getByText(CANARY)).toBeVisible();

	await page.getByRole('button', { name: 'Quick exit' }).click();
	await expect(page).toHaveURL(/\/away\.html$/);
	await expect(page).toHaveTitle('New Tab');
	expect(await page.content()).not.toContain(CANARY);

	await page.goBack();
	await expect(page.getByText('Haven is locked', { exact: false }).first()).toBeVisible();
	expect(await page.content()).not.toContain(CANARY);

	// The same by three presses of Shift, from the open journal.
	await page.goto('/unlock');
	await unlock(page);
	await expect(page.getByText(CANARY)).toBeVisible();
	for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
	await expect(page).toHaveURL(/\/away\.html$/);
	await page.goBack();
	await expect(page.getByText('Haven is locked', { exact: false }).first()).toBeVisible();
	expect(await page.content()).not.toContain(CANARY);
});

test('three presses of Shift hide Haven; without a lock Back shows it again', async ({ page }) => {
	await checkIn(page, 'no lock here');
	await new JournalPage(page).goto();
	await page.keyboard.press('Shift');
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL(/\/journal/);
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL(/\/away\.html$/);
	await page.goBack();
	await expect(page.getByRole('heading', { name: 'How is your body right now?' })).toBeVisible();
	await expect(page.getByText('Haven is locked')).toHaveCount(0);

	await page.goto('/settings');
	await expect(page.getByText('Without a lock, going Back shows Haven again')).toBeVisible();
});

test('turning the lock off decrypts everything, and a changed passphrase is the one that opens it', async ({
	page
}) => {
	await turnOnLock(page);
	await checkIn(page, CANARY);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Settings' })
		.click();
	const section = page.getByRole('region', { name: 'Lock and privacy' });
	await section.locator('summary', { hasText: 'Change the passphrase' }).click();
	await section.getByLabel('Current passphrase').fill(PASSPHRASE);
	await section.getByLabel('New passphrase', { exact: true }).fill('a whole new sentence');
	await section.getByLabel('The new passphrase again').fill('a whole new sentence');
	await section.getByRole('button', { name: 'Change the passphrase' }).click();
	await expect(section.getByText('Your passphrase is changed.')).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Haven is locked' })).toBeVisible();
	await unlock(page);
	await expect(page.getByText('That passphrase doesn’t open Haven.')).toBeVisible();
	await unlock(page, 'a whole new sentence');
	await section.locator('summary', { hasText: 'Turn off the lock' }).click();
	await section.getByLabel('Passphrase', { exact: true }).fill('a whole new sentence');
	await section.getByRole('button', { name: 'Turn off the lock' }).click();
	await expect(section.getByText('The lock is off.')).toBeVisible();

	await new JournalPage(page).goto();
	await expect(page.getByText(CANARY)).toBeVisible();
	expect(await everythingStored(page)).toContain(CANARY);
});
