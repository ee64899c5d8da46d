import type { Plugin } from 'vite';
import { formatProblem } from '../src/lib/content/validate.ts';
import { checkContentForBuild } from '../src/lib/server/content.ts';

/**
 * Runs the content check before every build, so invalid content stops `vite build`. `root` is
 * the directory whose content/ is checked (the working directory by default).
 */
export function validateContentPlugin(root?: string): Plugin {
	return {
		name: 'validate-content',
		apply: 'build',
		buildStart() {
			// A build runs this for the server and then for the client, over the same content: the
			// server's check is enough, and the client's cost as much again (0.05 s an article).
			// The server's prerendering reads the library checked here (checkContentForBuild).
			if (this.environment?.name === 'client') return;
			const { problems } = checkContentForBuild(root);
			if (problems.length) {
				this.error(`content/ is invalid:\n${problems.map(formatProblem).join('\n')}`);
			}
		}
	};
}
