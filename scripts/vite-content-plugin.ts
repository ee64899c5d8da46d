import type { Plugin } from 'vite';
import { formatProblem } from '../src/lib/content/validate.ts';
import { checkContent } from '../src/lib/server/content.ts';

/**
 * Runs the content check before every build, so invalid content stops `vite build`. `root` is
 * the directory whose content/ is checked (the working directory by default).
 */
export function validateContentPlugin(root?: string): Plugin {
	return {
		name: 'validate-content',
		apply: 'build',
		buildStart() {
			const { problems } = checkContent(root);
			if (problems.length) {
				this.error(`content/ is invalid:\n${problems.map(formatProblem).join('\n')}`);
			}
		}
	};
}
