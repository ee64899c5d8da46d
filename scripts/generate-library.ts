// Writes a generated library of realistic articles for scale benchmarks (issue 11) into
// <root>/content/articles/ and prints its size and vocabulary.
// Usage: tsx scripts/generate-library.ts <root> <count> [--seed n]
// The root must be a scratch copy of the repository, never this checkout: a generated library
// is for measuring, not for publishing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateLibrary } from '../src/lib/generate/library.ts';

const { values, positionals } = parseArgs({
	options: { seed: { type: 'string', default: '1' } },
	allowPositionals: true
});
const [root, countArgument] = positionals;
const seed = Number(values.seed);
const count = Number(countArgument);
const repository = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

if (!root || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
	console.error('usage: tsx scripts/generate-library.ts <root> <count> [--seed n]');
	process.exit(2);
}
if (path.resolve(root) === repository) {
	console.error(`generate-library: ${root} is this checkout; generate into a scratch copy instead`);
	process.exit(2);
}

const started = performance.now();
const stats = generateLibrary(root, count, seed);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
	`${stats.slugs.length} article(s), ${stats.segments} segments in ${path.join(root, 'content/articles')} (seed ${seed}, ${seconds} s)`
);
for (const language of ['en', 'fa-AF', 'ru'] as const) {
	console.log(
		`  ${language.padEnd(5)} ${stats.tokens[language].toLocaleString('en-US').padStart(10)} words, ${stats.vocabulary[language].toLocaleString('en-US').padStart(8)} distinct`
	);
}
