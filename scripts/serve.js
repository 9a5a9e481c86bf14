// Serves the production build as a real static host would: files from `build/`, the fallback
// page for any other path, and the security headers Haven needs. No dependencies.
//
//   node scripts/serve.js [--port 4173] [--host 127.0.0.1] [--root build]
//
// The update test imports createStaticServer to swap one build for another on the same origin.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export const FALLBACK_PAGE = '200.html';

/** Headers every response carries. */
export const COMMON_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()'
};

/** What a header adds to each page's own meta policy: what a meta tag cannot say. */
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/** For everything that is not a page (the service worker script included). */
const RESOURCE_POLICY =
	"default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/**
 * A page's policy: SvelteKit writes it into a meta tag with the hash of that page's inline
 * start-up script. The header repeats it, so both say the same, and adds frame-ancestors.
 */
/** @param {string} html */
export function pagePolicy(html) {
	const meta = META_CSP.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
	if (!meta) return `${RESOURCE_POLICY}`;
	return `${meta.trim().replace(/;$/, '')}; ${HEADER_ONLY_DIRECTIVES}`;
}

/** @param {string} path */
function cacheControl(path) {
	if (path.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
	return 'no-cache';
}

/**
 * @param {string} root
 * @param {string} pathname
 * @returns {string | null}
 */
function resolveFile(root, pathname) {
	const clean = decodeURIComponent(pathname).replace(/\/+$/, '') || '/';
	const candidates =
		clean === '/'
			? ['index.html']
			: [clean.slice(1), `${clean.slice(1)}.html`, `${clean.slice(1)}/index.html`];
	for (const candidate of candidates) {
		const full = resolve(root, candidate);
		if (full !== root && !full.startsWith(root + sep)) return null;
		if (existsSync(full) && statSync(full).isFile()) return full;
	}
	return null;
}

/** @param {{ root?: string }} [options] */
export function createStaticServer({ root = 'build' } = {}) {
	let base = resolve(root);
	const pageCache = new Map();

	/** @param {string} file */
	function readPage(file) {
		let page = pageCache.get(file);
		if (!page) {
			const html = readFileSync(file);
			page = { html, policy: pagePolicy(html.toString('utf8')) };
			pageCache.set(file, page);
		}
		return page;
	}

	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		let file;
		try {
			file = resolveFile(base, url.pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		// A path with no file and no extension is an app route: the fallback page renders it.
		if (!file && extname(url.pathname) === '') file = join(base, FALLBACK_PAGE);
		if (!file || !existsSync(file)) {
			res.writeHead(404, { 'Content-Type': TYPES['.txt'], 'Cache-Control': 'no-cache' });
			res.end('Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		res.setHeader('Content-Type', type);
		res.setHeader('Cache-Control', cacheControl(url.pathname));
		if (extname(file) === '.html') {
			const page = readPage(file);
			res.setHeader('Content-Security-Policy', page.policy);
			res.setHeader('Content-Length', page.html.length);
			res.writeHead(200);
			res.end(req.method === 'HEAD' ? undefined : page.html);
			return;
		}
		res.setHeader('Content-Security-Policy', RESOURCE_POLICY);
		if (url.pathname === '/service-worker.js') res.setHeader('Service-Worker-Allowed', '/');
		res.setHeader('Content-Length', statSync(file).size);
		res.writeHead(200);
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});

	return {
		server,
		/** Serve another build from now on (the update test). */
		/** @param {string} dir */
		setRoot(dir) {
			base = resolve(dir);
			pageCache.clear();
		},
		/**
		 * @param {number} port
		 * @param {string} [host]
		 */
		listen(port, host = '127.0.0.1') {
			return new Promise((done) => server.listen(port, host, () => done(server.address())));
		},
		close() {
			return /** @type {Promise<void>} */ (
				new Promise((done) => {
					server.close(() => done());
					server.closeAllConnections();
				})
			);
		}
	};
}

/**
 * @param {string} name
 * @param {string} fallback
 */
function option(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return (i > -1 ? process.argv[i + 1] : undefined) ?? fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = option('root', 'build');
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`No build in ${root}/. Run "npm run build" first.`);
		process.exit(1);
	}
	const port = Number(option('port', process.env.PORT ?? '4173'));
	const host = option('host', '127.0.0.1');
	const app = createStaticServer({ root });
	await app.listen(port, host);
	console.log(`Haven is running at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
}
