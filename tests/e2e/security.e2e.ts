import { expect, test } from './fixtures';

for (const path of ['/', '/journal', '/week/2026-W47']) {
	test(`${path} is served with a policy that allows nothing but this origin`, async ({
		request
	}) => {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		const headers = response.headers();
		const csp = headers['content-security-policy'] ?? '';
		expect(csp).toContain("default-src 'none'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("base-uri 'none'");
		expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).not.toMatch(/https?:/);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('no-referrer');
		const html = await response.text();
		expect(html).toContain('http-equiv="content-security-policy"');
	});
}

test('the manifest lets Haven install like an app', async ({ request }) => {
	const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
		name: string;
		display: string;
		start_url: string;
		icons: { src: string; purpose?: string }[];
	};
	expect(manifest).toMatchObject({ name: 'Haven', display: 'standalone', start_url: '/' });
	expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
	for (const icon of manifest.icons) {
		expect((await request.get(icon.src)).status(), icon.src).toBe(200);
	}
});

test('notes full of script and markup are shown as text and never run', async ({ page }) => {
	const payload =
		'<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>[link](javascript:alert(1)) {{x}}';
	await page.goto('/');
	await page.getByRole('button', { name: /^Shut down/ }).click();
	await page.getByText('Add more').click();
	await page.getByLabel('Anything you want to note').fill(payload);
	await page.getByLabel('Glimmers').fill('<svg onload="window.pwned=3">');
	await page.getByRole('button', { name: 'Save check-in' }).click();
	await page.getByRole('link', { name: 'Open journal' }).click();
	await expect(page.getByText(payload)).toBeVisible();
	await page
		.getByRole('link', { name: /^Open entry from/ })
		.first()
		.click();
	await expect(page.getByText('<svg onload="window.pwned=3">')).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
	).toBeUndefined();
	expect(await page.locator('main img, main script, main svg[onload]').count()).toBe(0);
});

test('the neutral page quick exit leaves for is of this origin and allows nothing else', async ({
	request
}) => {
	const response = await request.get('/away.html');
	expect(response.status()).toBe(200);
	const csp = response.headers()['content-security-policy'] ?? '';
	expect(csp).toContain("default-src 'none'");
	expect(csp).toContain("frame-ancestors 'none'");
	expect(await response.text()).not.toContain('Haven');
});
