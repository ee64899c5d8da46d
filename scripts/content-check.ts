// Validates all of content/ and prints every problem as `file: segment: what is wrong`.
// Usage: tsx scripts/content-check.ts [root]   (root defaults to the current directory)
import { checkContent } from '../src/lib/server/content.ts';
import { formatProblem } from '../src/lib/content/validate.ts';
import { reliabilityDistribution, unsourcedNames } from '../src/lib/content/glossary.ts';
import { LANGUAGE_CODES } from '../src/lib/languages.ts';

const root = process.argv[2] ?? process.cwd();
const checked = checkContent(root);
const { articles, terms, occurrences } = checked;
// The build needs no sources; a term base a terminologist signs does, so only this check asks.
const problems = [...checked.problems, ...unsourcedNames(terms)];
for (const problem of problems) console.error(formatProblem(problem));
const distribution = reliabilityDistribution(terms);
console.log('names by reliability (and without a dated source):');
for (const language of LANGUAGE_CODES) {
	const { high, medium, low, unsourced } = distribution[language];
	console.log(
		`  ${language.padEnd(5)} high ${high}, medium ${medium}, low ${low}; without a dated source ${unsourced}`
	);
}
if (problems.length) {
	console.error(`\ncontent check failed: ${problems.length} problem(s)`);
	process.exit(1);
}
const segments = articles.reduce((sum, a) => sum + a.segmentIds.length, 0);
console.log(
	`content check passed: ${articles.length} article(s), ${segments} segments, ${terms.length} terms, ${occurrences.length} term occurrences`
);
