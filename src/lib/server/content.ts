import fs from 'node:fs';
import path from 'node:path';
import {
	formatProblem,
	validateLibrary,
	type Article,
	type RawFile,
	type ValidatedLibrary
} from '../content/validate.ts';

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

/** Validates the content tree under `root` and returns the articles and every problem found. */
export function checkContent(root?: string): ValidatedLibrary {
	return validateLibrary(readContentTree(root));
}

let library: Article[] | undefined;

/**
 * The validated articles, read once per process. Throws, listing every problem, if the content
 * is invalid: a build must never publish a partial or unchecked text.
 */
export function loadArticles(): Article[] {
	if (library) return library;
	const { articles, problems } = checkContent();
	if (problems.length) {
		throw new Error(
			`content/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`
		);
	}
	library = articles;
	return library;
}

export function findArticle(slug: string): Article | undefined {
	return loadArticles().find((a) => a.slug === slug);
}
