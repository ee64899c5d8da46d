// Minifies the plain scripts the app loads as files of their own (`import x from '….js?url'`):
// Vite copies such an asset byte for byte, comments and all, and src/lib/reader/start-on-use.js is
// the one script an article page loads before any interaction (issue 11's budget). Its hashed name
// comes from the unminified source, so it still changes whenever the source does.
import { minifySync } from 'rolldown/experimental';
import type { Plugin } from 'vite';

export function minifyScriptAssetsPlugin(): Plugin {
	return {
		name: 'parallel-reader:minify-script-assets',
		apply: 'build',
		generateBundle(_, bundle) {
			for (const file of Object.values(bundle)) {
				if (file.type !== 'asset' || !file.fileName.endsWith('.js')) continue;
				const { code, errors } = minifySync(file.fileName, String(file.source), {
					module: true,
					compress: true,
					mangle: true
				});
				if (errors.length > 0) {
					throw new Error(`${file.fileName}: ${errors.map((error) => error.message).join('; ')}`);
				}
				file.source = code;
			}
		}
	};
}
