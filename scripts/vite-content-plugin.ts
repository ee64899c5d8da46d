import type { Plugin } from 'vite';
import { formatProblem } from '../src/lib/content/validate.ts';
import { checkContent } from '../src/lib/server/content.ts';

/** Runs the content check before every build, so invalid content stops `vite build`. */
export function validateContentPlugin(): Plugin {
	return {
		name: 'validate-content',
		apply: 'build',
		buildStart() {
			const { problems } = checkContent();
			if (problems.length) {
				this.error(`content/ is invalid:\n${problems.map(formatProblem).join('\n')}`);
			}
		}
	};
}
