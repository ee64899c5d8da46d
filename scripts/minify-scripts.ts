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

/** Runs minifyScriptAssets once the site is written (listed before the precompress plugin). */
export function minifyScriptAssetsPlugin(outDir = 'build'): Plugin {
	return afterSiteWritten('parallel-reader:minify-script-assets', () => {
		minifyScriptAssets(outDir);
	});
}
