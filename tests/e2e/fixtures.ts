import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test runs under these guards, so the whole suite proves them:
 * no request leaves the origin, and nothing is logged as an error (CSP violations included).
 */
export const test = base.extend<{ guards: void; welcomed: boolean }>({
	/** Most tests start past the first-run introduction; its own test turns this off. */
	welcomed: [true, { option: true }],
	guards: [
		async ({ context, baseURL, welcomed }, use, testInfo) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const foreign: string[] = [];
			const errors: string[] = [];
			const allowed = testInfo.annotations
				.filter((a) => a.type === 'allow-console-error')
				.map((a) => a.description ?? '');

			context.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol === 'data:' || url.protocol === 'blob:') return;
				if (url.origin !== origin && !isTestServer(url)) foreign.push(request.url());
			});
			const watch = (page: Page) => {
				page.on('console', (message) => {
					if (message.type() !== 'error') return;
					const text = message.text();
					if (!allowed.some((a) => text.includes(a))) errors.push(text);
				});
				page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
			};
			context.pages().forEach(watch);
			context.on('page', watch);
			if (welcomed) {
				await context.addInitScript(() => {
					// Pages of other kinds (about:blank) have no storage of their own.
					if (location.protocol.startsWith('http')) localStorage.setItem('haven:welcomed', '1');
				});
			}
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});

			await use();

			expect(foreign, 'requests to another origin').toEqual([]);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

/** The update test runs its own server on another local port. */
function isTestServer(url: URL): boolean {
	return url.hostname === '127.0.0.1' && url.port === '4180';
}

export { expect };
