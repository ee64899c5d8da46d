import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { precompressPlugin } from './scripts/precompress.ts';
import { readingFontsPlugin } from './scripts/reading-fonts.ts';
import { validateContentPlugin } from './scripts/vite-content-plugin.ts';

export default defineConfig({
	plugins: [validateContentPlugin(), readingFontsPlugin(), sveltekit(), precompressPlugin()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
