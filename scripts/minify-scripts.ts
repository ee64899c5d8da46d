// Minifies the plain scripts the site serves as assets of their own (`import x from '….js?url'`,
// such as src/lib/reader/start-on-use.js, the one script a page read before it is used loads
// before any interaction: issue 11's budget). Vite copies such an asset byte for byte, comments
// and all, and the service worker's build writes its own raw copy over the same name; so this runs
// on the finished site, before it is precompressed. The hashed name comes from the source, so it
// still changes whenever the source does.
import fs from 'node:fs';
import path from 'node:path';
import { minifySync } from 'rolldown/experimental';
import type { Plugin } from 'vite';
import { afterSiteWritten } from './site-written.ts';

const ASSETS = '_app/immutable/assets';

/** Minifies every script among the built site's assets in place; returns the files it changed. */
export function minifyScriptAssets(outDir: string): string[] {
	const directory = path.join(outDir, ASSETS);
	if (!fs.existsSync(directory)) return [];
	const changed: string[] = [];
	for (const name of fs.readdirSync(directory).filter((file) => file.endsWith('.js'))) {
		const file = path.join(directory, name);
		const source = fs.readFileSync(file, 'utf8');
		const { code, errors } = minifySync(name, source, {
			module: true,
			compress: true,
			mangle: true
		});
		if (errors.length > 0) {
			throw new Error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
		}
		if (code !== source) {
			fs.writeFileSync(file, code);
			changed.push(file);
		}
	}
	return changed;
}

// SvelteKit's `$service-worker` module lists every prerendered page as `base + "/en/…"`. Our
// worker never imports that list (it would precache thousands of pages), and the minifier drops
// the strings, but it keeps each `base + ""` as a statement of its own, since adding an unknown
// value to a string might run code: one term per page (1,557 at three articles), in a file the
// browser fetches and compares at every update check. `base` is a string (the worker's directory),
// so such a statement does nothing.
const EMPTY_CONCATENATIONS = /(^|[;{}])([A-Za-z_$][\w$]*)\+``(?:,\2\+``)*;/g;

/**
 * Drops the statements of empty string concatenations from the built service worker; returns
 * whether it changed the file.
 */
export function trimServiceWorker(outDir: string): boolean {
	const file = path.join(outDir, 'service-worker.js');
	if (!fs.existsSync(file)) return false;
	const source = fs.readFileSync(file, 'utf8');
	const code = source.replace(EMPTY_CONCATENATIONS, '$1');
	if (code === source) return false;
	fs.writeFileSync(file, code);
	return true;
}

/**
 * Runs minifyScriptAssets and trimServiceWorker once the site is written (listed before the
 * precompress plugin).
 */
export function minifyScriptAssetsPlugin(outDir = 'build'): Plugin {
	return afterSiteWritten('parallel-reader:minify-script-assets', () => {
		minifyScriptAssets(outDir);
		trimServiceWorker(outDir);
	});
}
