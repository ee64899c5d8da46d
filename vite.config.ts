import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { minifyScriptAssetsPlugin } from './scripts/minify-scripts.ts';
import { precompressPlugin } from './scripts/precompress.ts';
import { readingFontsPlugin } from './scripts/reading-fonts.ts';
import { validateContentPlugin } from './scripts/vite-content-plugin.ts';

export default defineConfig({
	plugins: [
		validateContentPlugin(),
		readingFontsPlugin(),
		sveltekit(),
		minifyScriptAssetsPlugin(),
		precompressPlugin()
	],
	build: {
		// Never inline an asset as a data: URL: the CSP allows fonts and images from 'self' only, and
		// a font subset under Vite's 4 KB default would otherwise be inlined and blocked.
		assetsInlineLimit: 0
	},
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
