import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** @param {string} source */
const sha256 = (source) =>
	/** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(source).digest('base64')}`
	);

// app.html applies the saved theme and font size in an inline script, before the first paint and
// without a request of its own (in step with src/lib/reader/preferences.ts: preferences.spec.ts
// checks). It follows the head, where the CSP meta tag is, and the policy allows exactly that
// script by its hash. It has no comments and little space, since every page carries it (issue 11);
// when storage is disabled it does nothing, and the defaults apply.
const appTemplate = readFileSync(new URL('src/app.html', import.meta.url), 'utf8');
const preferencesScript = /<script>([\s\S]*?)<\/script>/.exec(appTemplate)?.[1];
if (preferencesScript === undefined)
	throw new Error('src/app.html: the inline preferences script is missing');

// SvelteKit's route announcer has a style attribute. Allowing exactly that one by hash keeps
// 'unsafe-inline' out of the policy. (The wrapper of the body in app.html has none: a plain block
// lays out as the usual `display: contents` would here, and its hash would be in every page.)
const KIT_STYLE_ATTRIBUTES = [
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px'
];
const styleHashes = KIT_STYLE_ATTRIBUTES.map(sha256);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// .br and .gz are written by scripts/precompress.ts (in vite.config.ts) a few files at a time:
		// the adapter's own precompress opens every file of the site at once (EMFILE at 1,000 articles).
		adapter: adapter({ strict: true, precompress: false }),
		// Absolute asset paths: build/404.html is served at any depth of address.
		paths: { relative: false },
		// The stylesheet (16 KB, 4 KB compressed) goes into each page, so the first paint waits for no
		// second request. Kit allows the inlined <style> by its hash.
		inlineStyleThreshold: Infinity,
		prerender: {
			// Pages are found by crawling links; the search indexes are fetched by script, not linked.
			entries: ['*', '/search-index/manifest.json', '/glossary-index.json'],
			// A broken link or a missing #anchor is a bug in our content or markup: fail the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', sha256(preferencesScript)],
				'style-src': ['self', 'unsafe-hashes', ...styleHashes],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// The search worker and the service worker (src/service-worker.ts), both our own files.
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
