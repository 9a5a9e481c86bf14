import { readFileSync } from 'node:fs';
import { createStaticServer } from '../../scripts/serve.js';
import { expect, test } from './fixtures';
import { CheckInPage } from './pages';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const PORT = 4180;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test('a new version waits for the person, then reloads into it', async ({ page }) => {
	// One origin, two builds: this server swaps from the current build to a newer one.
	const server = createStaticServer({ root: 'build' });
	await server.listen(PORT);
	try {
		const checkIn = new CheckInPage(page);
		await checkIn.goto();
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await expect(page.getByText(`Haven ${version} ·`)).toBeVisible();
		// The first install takes control quietly: no notice, no reload.
		await expect(page.getByText('A new version of Haven is ready.')).toBeHidden();

		// Something typed while the update arrives is not touched by it.
		await checkIn.chooseState('Regulated');

		server.setRoot('build-next');
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		const notice = page.getByRole('status').filter({ hasText: 'A new version of Haven is ready.' });
		await expect(notice).toBeVisible();
		// Nothing changes until the person says so.
		await expect(page.getByText(`Haven ${version} ·`)).toBeVisible();
		await expect(checkIn.stateButton('Regulated')).toHaveAttribute('aria-pressed', 'true');

		await notice.getByRole('button', { name: 'Reload to update' }).click();
		await expect(page.getByText(`Haven ${version}-next ·`)).toBeVisible();
		await expect(page.getByText('A new version of Haven is ready.')).toBeHidden();
	} finally {
		await server.close();
	}
});
