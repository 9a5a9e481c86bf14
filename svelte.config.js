import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// HAVEN_VERSION and HAVEN_OUT let the update test build a second, newer copy of the app
// side by side with the first. Everyone else gets the package version and `build/`.
const version = process.env.HAVEN_VERSION ?? pkg.version;
const out = process.env.HAVEN_OUT ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '200.html', strict: true }),
		// The page registers the worker itself (workbox-window) so updates wait for the person.
		serviceWorker: { register: false },
		// A fixed name: the build time would make every rebuild look like an update.
		version: { name: version },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self'],
				'style-src': ['self'],
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
