// Validates all of content/ and prints every problem as `file: segment: what is wrong`.
// Usage: tsx scripts/content-check.ts [root]   (root defaults to the current directory)
import { checkContent } from '../src/lib/server/content.ts';
import { formatProblem } from '../src/lib/content/validate.ts';

const root = process.argv[2] ?? process.cwd();
const { articles, terms, occurrences, problems } = checkContent(root);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length) {
	console.error(`\ncontent check failed: ${problems.length} problem(s)`);
	process.exit(1);
}
const segments = articles.reduce((sum, a) => sum + a.segmentIds.length, 0);
console.log(
	`content check passed: ${articles.length} article(s), ${segments} segments, ${terms.length} terms, ${occurrences.length} term occurrences`
);
