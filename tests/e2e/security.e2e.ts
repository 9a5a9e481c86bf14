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
