import { createHash } from 'node:crypto';
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
	return libraryOf(readContentTree(root), readCorpus(root));
}

function libraryOf(files: RawFile[], corpus: RawFile[]): Library {
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
			...findFalseMatches(corpus, glossary.terms)
		],
		assembled: articles.assembled
	};
}

/** The environment variable through which a build tells its server where its checked library is. */
export const CHECKED_LIBRARY_ENV = 'PARALLEL_READER_CHECKED_LIBRARY';

/** What a build keeps of a valid library: enough to give it back, and the files it came from. */
interface KeptLibrary {
	digest: string;
	articles: Article[];
	terms: Term[];
	occurrences: TermOccurrence[];
}

function digestOf(files: readonly RawFile[]): string {
	const hash = createHash('sha256');
	for (const file of files) hash.update(file.path).update('\0').update(file.text).update('\0');
	return hash.digest('hex');
}

/**
 * Checks the content under `root`, as checkContent does, and keeps a valid library in the
 * build's directory for the rest of the build: its server (prerendering in worker threads, which
 * share this environment) reads it instead of checking the same files again, which was about a
 * fifth of a build's work per article (issue 11).
 */
export function checkContentForBuild(root: string = process.cwd()): Library {
	const files = readContentTree(root);
	const corpus = readCorpus(root);
	const checked = libraryOf(files, corpus);
	if (checked.problems.length) return checked;
	const file = path.join(root, '.svelte-kit', 'checked-library.json');
	const kept: KeptLibrary = {
		digest: digestOf([...files, ...corpus]),
		articles: checked.articles,
		terms: checked.terms,
		occurrences: checked.occurrences
	};
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify(kept));
	process.env[CHECKED_LIBRARY_ENV] = file;
	return checked;
}

/** The library this build checked, if it was checked from exactly these files. */
function checkedByBuild(files: readonly RawFile[]): Library | undefined {
	const file = process.env[CHECKED_LIBRARY_ENV];
	if (!file || !fs.existsSync(file)) return undefined;
	const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as KeptLibrary;
	if (kept.digest !== digestOf(files)) return undefined;
	const { articles, terms, occurrences } = kept;
	buildDigest = kept.digest;
	// A valid library could read every article: the ones assembled are the ones it holds.
	return { articles, terms, occurrences, problems: [], assembled: articles };
}

let library: Library | undefined;
let buildDigest: string | undefined;

/**
 * Where what this build derives from its checked library can be kept for its other workers, and
 * the digest that names the library: undefined unless loadLibrary returned the build's library.
 */
export function buildKeeping(): { dir: string; digest: string } | undefined {
	loadLibrary();
	const file = process.env[CHECKED_LIBRARY_ENV];
	return file && buildDigest ? { dir: path.dirname(file), digest: buildDigest } : undefined;
}

/**
 * The validated library, read once per process: the one this build checked (checkContentForBuild)
 * when its files are the same, else checked now. Throws, listing every problem, if the content
 * is invalid: a build must never publish a partial or unchecked text.
 */
export function loadLibrary(): Library {
	if (library) return library;
	const files = readContentTree();
	const corpus = readCorpus();
	const checked = checkedByBuild([...files, ...corpus]) ?? libraryOf(files, corpus);
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
