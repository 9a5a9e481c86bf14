import { test } from '../tests/e2e/fixtures';

const SHOTS = [
	{ name: 'ground', path: '/ground', welcomed: true },
	{ name: 'first-run', path: '/', welcomed: false },
	{ name: 'crisis', path: '/crisis', welcomed: true }
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const shot of SHOTS) {
		test.describe(`${shot.name}, ${colorScheme}`, () => {
			test.use({
				welcomed: shot.welcomed,
				colorScheme,
				locale: 'en-GB',
				viewport: { width: 360, height: 780 },
				reducedMotion: 'reduce'
			});
			test(`${shot.name}-${colorScheme}`, async ({ page }) => {
				await page.goto(shot.path);
				await page.getByRole('heading', { level: 1 }).first().waitFor();
				await page.screenshot({ path: `docs/${shot.name}-${colorScheme}.png` });
			});
		});
	}
}
