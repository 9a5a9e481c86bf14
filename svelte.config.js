import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// HAVEN_VERSION and HAVEN_OUT let the update test build a second, newer copy of the app
// side by side with the first. Everyone else gets the package version and `build/`.
const version = process.env.HAVEN_VERSION ?? pkg.version;
const out = process.env.HAVEN_OUT ?? 'build';

/**
 * SvelteKit's route announcer is a static `style="…"` attribute in its root component, which
 * `style-src 'self'` blocks (the announcer would then show on screen). Allow exactly that
 * attribute by its hash, read from the installed SvelteKit so an upgrade cannot go stale.
 * @returns {`sha256-${string}`}
 */
function announcerStyleHash() {
	const source = readFileSync(
		new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
		'utf8'
	);
	const style = /id="svelte-announcer"[^>]*?style="([^"]*)"/.exec(source)?.[1];
	if (!style) throw new Error('SvelteKit’s announcer style was not found: update svelte.config.js');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '200.html', strict: true }),
		// The page registers the worker itself (workbox-window) so updates wait for the person.
		serviceWorker: { register: false },
		// A fixed name: the build time would make every rebuild look like an update.
		version: { name: version },
		// Absolute asset paths: the fallback page is served at any depth (/week/2026-W47).
		paths: { relative: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self'],
				'font-src': ['none'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
