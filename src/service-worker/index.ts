/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** One cache per release: installing never touches the cache the open pages run from. */
const CACHE = `haven-${version}`;
/** adapter-static's fallback page; `prerendered` does not list it. */
const FALLBACK = '/200.html';
/** SvelteKit asks for it after a failed navigation; offline, the cached copy answers. */
const VERSION_FILE = '/_app/version.json';
const PRECACHE = [...new Set([...build, ...files, ...prerendered, FALLBACK, VERSION_FILE])];

sw.addEventListener('install', (event) => {
	// No skipWaiting here: a new version waits until the person accepts it.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const url = new URL(request.url);
	if (request.mode === 'navigate') {
		// Every page is served from the cache, so Haven opens the same with or without a network.
		const page =
			(await cache.match(url.pathname, { ignoreSearch: true })) ?? (await cache.match(FALLBACK));
		if (page) return page;
		return fetch(request);
	}
	const cached = await cache.match(request, { ignoreSearch: url.pathname.startsWith('/_app/') });
	return cached ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
