import type { Plugin } from 'vite';

/**
 * A Vite plugin that runs `work` once the site is written: after the server build's own
 * `closeBundle`, in which SvelteKit runs the adapter (so list it after `sveltekit()`), in plugin
 * order with other such plugins. After a failed build there is no site: Vite calls the hook once
 * more, without the error, and `work` must not run on the missing directory and hide that error.
 */
export function afterSiteWritten(name: string, work: () => void | Promise<void>): Plugin {
	let ssr = false;
	let failed = false;
	return {
		name,
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			async handler(error) {
				if (error) failed = true;
				if (!ssr || failed) return;
				await work();
			}
		}
	};
}
