import fs from 'node:fs';
import path from 'node:path';
import { formatProblem, validateLibrary } from '../content/validate.ts';
import type { Article, RawFile, ValidatedLibrary } from '../content/article-types.ts';
import { CORPUS_DIR, findFalseMatches } from '../content/corpus.ts';
import { validateGlossary } from '../content/glossary.ts';
import type { Term } from '../content/glossary-schema.ts';
import type { TermOccurrence } from '../content/terms.ts';

/** Reads every file under `<root>/content`, paths relative to root with forward slashes. */
export function readContentTree(root: string = process.cwd()): RawFile[] {
	const files: RawFile[] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else
				files.push({
					path: path.relative(root, full).split(path.sep).join('/'),
					text: fs.readFileSync(full, 'utf8')
				});
		}
	};
	walk(path.join(root, 'content'));
	return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** The false-match corpus under `<root>`, or nothing where a copy of the content has none. */
function readCorpus(root: string = process.cwd()): RawFile[] {
	const dir = path.join(root, CORPUS_DIR);
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.sort()
		.map((name) => ({
			path: `${CORPUS_DIR}/${name}`,
			text: fs.readFileSync(path.join(dir, name), 'utf8')
		}));
}

/** Everything under content/, validated: articles, the term base and where each term occurs. */
export interface Library extends ValidatedLibrary {
	terms: Term[];
	occurrences: TermOccurrence[];
}

/** Validates the content tree under `root` and returns what it holds and every problem found. */
export function checkContent(root?: string): Library {
	const files = readContentTree(root);
	const articles = validateLibrary(files);
	const glossary = validateGlossary(files, articles.articles, {
		checkText: articles.problems.length === 0
	});
	return {
		articles: articles.articles,
		terms: glossary.terms,
		occurrences: glossary.occurrences,
		problems: [
			...articles.problems,
			...glossary.problems,
			// The term base must not find its terms in sentences about something else.
			...findFalseMatches(readCorpus(root), glossary.terms)
		],
		assembled: articles.assembled
	};
}

let library: Library | undefined;

/**
 * The validated library, read once per process. Throws, listing every problem, if the content
 * is invalid: a build must never publish a partial or unchecked text.
 */
export function loadLibrary(): Library {
	if (library) return library;
	const checked = checkContent();
	if (checked.problems.length) {
		throw new Error(
			`content/ has ${checked.problems.length} problem(s):\n${checked.problems.map(formatProblem).join('\n')}`
		);
	}
	library = checked;
	return library;
}

export function loadArticles(): Article[] {
	return loadLibrary().articles;
}

export function findArticle(slug: string): Article | undefined {
	return loadArticles().find((a) => a.slug === slug);
}
