import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage, JournalPage } from './pages';

async function waitForServiceWorker(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('once opened, Haven works with no network at all', async ({ page, context }) => {
	const checkIn = new CheckInPage(page);
	await checkIn.goto();
	await waitForServiceWorker(page);
	await checkIn.chooseState('Hypervigilant');
	await checkIn.save();

	await context.setOffline(true);
	try {
		await page.reload();
		await expect(checkIn.stateButton('Hypervigilant')).toBeVisible();

		// A new check-in saves offline.
		await checkIn.chooseState('Regulated');
		await checkIn.save();

		// Every screen opens offline, by link and by address.
		await page.getByRole('link', { name: 'Open journal' }).click();
		const journal = new JournalPage(page);
		await expect(journal.entries()).toHaveCount(2);
		await journal.goto();
		await expect(journal.entries().first()).toContainText('Regulated');
		await expect(journal.entries().nth(1)).toContainText('Hypervigilant');

		await page.getByRole('navigation').getByRole('link', { name: 'Ground' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Ground' })).toBeVisible();

		// An unknown address is answered by the app, not by the browser's offline page.
		await page.goto('/somewhere/else');
		await expect(page.getByRole('heading', { name: 'This page isn’t here' })).toBeVisible();
		await expect(page.getByText('Your journal is safe and nothing was lost.')).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
});

test('the service worker precaches every page, the manifest and the icons', async ({ page }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	const cached = await page.evaluate(async () => {
		const keys = await caches.keys();
		const cache = await caches.open(keys[0]!);
		return { keys, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
	});
	expect(cached.keys).toHaveLength(1);
	expect(cached.keys[0]).toMatch(/^haven-/);
	for (const path of [
		'/',
		'/journal',
		'/patterns',
		'/200.html',
		'/manifest.webmanifest',
		'/icons/maskable-512.png'
	]) {
		expect(cached.urls).toContain(path);
	}
	expect(cached.urls.some((p) => p.startsWith('/_app/immutable/'))).toBe(true);
});
