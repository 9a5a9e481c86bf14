import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/lib/test-data/setup.ts'],
		// Dates are counted in a zone with daylight saving; tests that need another pass it explicitly.
		env: { TZ: 'Europe/London' }
	}
});
