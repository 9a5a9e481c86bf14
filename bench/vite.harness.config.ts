import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Bundles bench/harness.ts as one script the benchmark evaluates inside a page.
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	logLevel: 'warn',
	build: {
		lib: {
			entry: fileURLToPath(new URL('harness.ts', import.meta.url)),
			formats: ['iife'],
			name: 'HavenBench',
			fileName: () => 'harness.js'
		},
		outDir: fileURLToPath(new URL('dist', import.meta.url)),
		emptyOutDir: true
	}
});
