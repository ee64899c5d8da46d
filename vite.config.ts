import { sveltekit } from '@sveltejs/kit/vite';
import { Features } from 'lightningcss';
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
	css: {
		// Lightning CSS, which minifies the styles, adds a fallback for light-dark() wherever
		// color-scheme is set, for browsers without it. global.css writes its dark colours out and
		// has no light-dark(), so the fallback would be dead weight in the stylesheet every page
		// inlines (issue 11).
		lightningcss: { exclude: Features.LightDark }
	},
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
