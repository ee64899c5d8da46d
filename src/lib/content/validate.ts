import type { z } from 'zod';
import { directionOf, isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { findSourceNoise } from './noise.ts';
import { numbersIn } from '../text/numbers.ts';
import { translationErrors } from '../qa/checks.ts';
import {
	articleMetaSchema,
	segmentMapSchema,
	structureSchema,
	type ArticleMeta,
	type Block,
	type LocalizedText
} from './schema.ts';

/** A file of the content tree, by its path from the repository root. */
export interface RawFile {
	path: string;
	text: string;
}

/** One thing wrong with the content: where it is (file and segment or field) and what is wrong. */
export interface ContentProblem {
	file: string;
	where: string;
	message: string;
}

export type SegmentId = string;

/** An article with its text aligned by segment ID: `text[id][language]`. */
export interface Article {
	slug: string;
	meta: ArticleMeta;
	blocks: Block[];
	segmentIds: SegmentId[];
	text: Record<SegmentId, Record<LanguageCode, string>>;
}

/** An article without its text: what the reader's page needs beside each segment's markup. */
export type ArticleOutline = Omit<Article, 'text'>;

export interface ValidatedLibrary {
	articles: Article[];
	problems: ContentProblem[];
	/** Every article that could be read, problems or not (without its unusable text): what the
	 * translation QA reviews. */
	assembled: Article[];
}

export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}: ${problem.where}: ${problem.message}`;
}

const ARTICLE_FILE = /^content\/articles\/([^/]+)\/([^/]+)$/;

/**
 * Checks every file of the content tree and assembles the articles. Reports all problems at
 * once; an article with any problem is left out of `articles`, so callers must treat a non-empty
 * `problems` as fatal.
 */
export function validateLibrary(files: RawFile[]): ValidatedLibrary {
	const problems: ContentProblem[] = [];
	const byArticle = new Map<string, Map<string, RawFile>>();
	for (const file of files) {
		const match = file.path.match(ARTICLE_FILE);
		if (!match) {
			if (file.path.startsWith('content/articles/')) {
				problems.push({
					file: file.path,
					where: '-',
					message: 'unexpected file outside an article folder'
				});
			}
			continue;
		}
		const [, slug, name] = match as unknown as [string, string, string];
		if (!byArticle.has(slug)) byArticle.set(slug, new Map());
		byArticle.get(slug)?.set(name, file);
	}

	const articles: Article[] = [];
	const assembled: Article[] = [];
	for (const [slug, folder] of [...byArticle].sort(([a], [b]) => a.localeCompare(b))) {
		const before = problems.length;
		const article = validateArticle(slug, folder, problems);
		if (article) assembled.push(article);
		if (article && problems.length === before) articles.push(article);
	}
	return { articles, problems, assembled };
}

function validateArticle(
	slug: string,
	folder: Map<string, RawFile>,
	problems: ContentProblem[]
): Article | null {
	const dir = `content/articles/${slug}`;
	const report = (name: string, where: string, message: string) =>
		problems.push({ file: `${dir}/${name}`, where, message });

	for (const name of folder.keys()) {
		const known =
			name === 'meta.json' ||
			name === 'structure.json' ||
			/^(notes|review)(\.[a-zA-Z-]+)?\.md$/.test(name) ||
			(name.endsWith('.json') && isLanguageCode(name.slice(0, -5)));
		if (!known)
			report(
				name,
				'-',
				'unexpected file (expected meta.json, structure.json, <language>.json or notes*.md)'
			);
	}

	const meta = parseFile(folder, 'meta.json', articleMetaSchema, report);
	const structure = parseFile(folder, 'structure.json', structureSchema, report);
	if (!meta || !structure) return null;

	if (meta.slug !== slug)
		report('meta.json', 'slug', `is "${meta.slug}" but the folder is "${slug}"`);

	// The structure fixes the order and the set of segment IDs; every language must match it.
	const segmentIds: SegmentId[] = [];
	const seen = new Set<SegmentId>();
	for (const block of structure.blocks) {
		if (block.type === 'break') continue;
		for (const id of block.segments) {
			if (seen.has(id)) report('structure.json', id, 'appears more than once in the structure');
			else if (!id.startsWith(`${slug}:`))
				report('structure.json', id, `segment ID must start with "${slug}:"`);
			seen.add(id);
			segmentIds.push(id);
		}
		if (block.type === 'pullquote' && block.segments.includes(block.excerptOf)) {
			report('structure.json', block.excerptOf, 'a pull quote cannot be an excerpt of itself');
		}
	}
	for (const block of structure.blocks) {
		if (block.type === 'pullquote' && !seen.has(block.excerptOf)) {
			report(
				'structure.json',
				block.excerptOf,
				'pull quote excerpts a segment that is not in the structure'
			);
		}
	}

	for (const language of LANGUAGE_CODES) {
		const declared = meta.languages.includes(language);
		if (declared && !folder.has(`${language}.json`))
			report(`${language}.json`, '-', 'file missing (the language is listed in meta.json)');
		if (!declared && folder.has(`${language}.json`))
			report(`${language}.json`, '-', 'language not listed in meta.json languages');
		if (declared && !meta.translations[language])
			report(
				'meta.json',
				`translations.${language}`,
				'missing (every language needs its translator and status)'
			);
	}
	if (!meta.languages.includes(meta.sourceLanguage)) {
		report(
			'meta.json',
			'sourceLanguage',
			`"${meta.sourceLanguage}" is not one of the article's languages`
		);
	}

	const text: Record<SegmentId, Record<string, string>> = Object.fromEntries(
		segmentIds.map((id) => [id, {}])
	);
	for (const language of meta.languages) {
		const name = `${language}.json`;
		const file = folder.get(name);
		if (!file) continue;
		const duplicates = duplicateKeys(file.text);
		for (const id of duplicates) report(name, id, 'appears more than once in the file');
		if (duplicates.length) continue;
		const segments = parseFile(folder, name, segmentMapSchema, report);
		if (!segments) continue;
		for (const id of segmentIds) {
			if (!(id in segments)) report(name, id, 'segment missing (it is in structure.json)');
		}
		for (const [id, value] of Object.entries(segments)) {
			if (!seen.has(id)) {
				report(name, id, 'unknown segment ID (not in structure.json)');
				continue;
			}
			if (value.trim() === '') {
				report(name, id, 'empty text');
				continue;
			}
			const noise = findSourceNoise(
				value,
				directionOf(language) === 'rtl' ? 'arabic' : 'latin-or-cyrillic'
			);
			if (noise) {
				// Counting the noise's digits as numbers would only repeat this problem.
				report(name, id, noise);
				continue;
			}
			(text[id] as Record<string, string>)[language] = value;
		}
	}

	checkLocalizedFields(meta, report);
	checkNumbers(meta, segmentIds, text, report);
	checkTitles(meta, structure.blocks, text, report);
	checkPullQuotes(meta, structure.blocks, text, report);
	checkLostLinks(meta, seen, text, report);

	const article: Article = {
		slug,
		meta,
		blocks: structure.blocks,
		segmentIds,
		text: text as Record<SegmentId, Record<LanguageCode, string>>
	};
	// Untranslated text, Dari and Russian typography, unbalanced quotation marks (src/lib/qa).
	problems.push(...translationErrors(article));
	return article;
}

type Report = (name: string, where: string, message: string) => void;

function parseFile<T extends z.ZodType>(
	folder: Map<string, RawFile>,
	name: string,
	schema: T,
	report: Report
): z.infer<T> | null {
	const file = folder.get(name);
	if (!file) {
		report(name, '-', 'file missing');
		return null;
	}
	return parseJsonFile(file, schema, (where, message) => report(name, where, message));
}

/** Parses a JSON file against a schema, reporting each problem by its field path. */
export function parseJsonFile<T extends z.ZodType>(
	file: RawFile,
	schema: T,
	report: (where: string, message: string) => void
): z.infer<T> | null {
	let data: unknown;
	try {
		data = JSON.parse(file.text);
	} catch (error) {
		report('-', `invalid JSON: ${(error as Error).message}`);
		return null;
	}
	const result = schema.safeParse(data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			report(issue.path.length ? issue.path.join('.') : '-', issue.message);
		}
		return null;
	}
	return result.data;
}

// JSON.parse keeps the last of two equal keys and drops the first without a word; segment maps
// are one key per line, so a line scan finds what would be lost.
function duplicateKeys(json: string): string[] {
	const seen = new Set<string>();
	const duplicates: string[] = [];
	for (const match of json.matchAll(/^\s*"((?:[^"\\]|\\.)*)"\s*:/gm)) {
		const key = match[1] as string;
		if (seen.has(key)) duplicates.push(key);
		seen.add(key);
	}
	return duplicates;
}

function checkNumbers(
	meta: ArticleMeta,
	segmentIds: SegmentId[],
	text: Record<SegmentId, Record<string, string>>,
	report: Report
) {
	const source = meta.sourceLanguage;
	for (const id of segmentIds) {
		const sourceText = text[id]?.[source];
		if (sourceText === undefined) continue;
		const expected = numbersIn(sourceText);
		for (const language of meta.languages) {
			const translated = text[id]?.[language];
			if (language === source || translated === undefined) continue;
			const excused = meta.numberExceptions.some(
				(e) => e.segment === id && e.language === language
			);
			const found = numbersIn(translated);
			if (!excused && expected.join(' ') !== found.join(' ')) {
				report(
					`${language}.json`,
					id,
					`numbers differ from ${source}.json: ${source} has ${listOrNone(expected)}, ${language} has ${listOrNone(found)}`
				);
			}
		}
	}
}

function listOrNone(numbers: string[]): string {
	return numbers.length ? numbers.join(', ') : 'none';
}

/** Every text of meta.json that is given per language, by its field path. */
function localizedFields(meta: ArticleMeta): [string, LocalizedText][] {
	const fields: [string, LocalizedText | undefined][] = [
		['title', meta.title],
		['author.name', meta.author.name],
		['author.affiliation', meta.author.affiliation],
		['dateNote', meta.dateNote],
		['source.note', meta.source.note],
		...Object.entries(meta.translations).flatMap(
			([language, translation]): [string, LocalizedText | undefined][] => [
				[`translations.${language}.by`, translation.by],
				[`translations.${language}.note`, translation.note]
			]
		)
	];
	return fields.filter((field): field is [string, LocalizedText] => field[1] !== undefined);
}

// A reader whose interface language has no version of a text is shown the source language's
// (see localized.ts), so every text needs that one; a title is needed in every language the
// article is published in, to head its column.
function checkLocalizedFields(meta: ArticleMeta, report: Report) {
	const source = meta.sourceLanguage;
	for (const [path, field] of localizedFields(meta)) {
		const required = path === 'title' ? [...new Set([source, ...meta.languages])] : [source];
		for (const language of required) {
			if (field[language] !== undefined) continue;
			report(
				'meta.json',
				`${path}.${language}`,
				language === source
					? `missing (every text in meta.json needs the source language, ${source})`
					: `missing (${language} is one of the article's languages)`
			);
		}
	}
}

function checkTitles(
	meta: ArticleMeta,
	blocks: Block[],
	text: Record<SegmentId, Record<string, string>>,
	report: Report
) {
	const heading = blocks.find((b) => b.type === 'heading' && b.level === 1);
	if (!heading || heading.type === 'break') {
		report('structure.json', '-', 'the article has no level-1 heading (its title)');
		return;
	}
	const titleId = heading.segments[0] as SegmentId;
	for (const language of meta.languages) {
		const inText = text[titleId]?.[language];
		const inMeta = meta.title[language];
		if (inText !== undefined && inMeta !== undefined && inText !== inMeta) {
			report(
				'meta.json',
				`title.${language}`,
				`differs from the text of ${titleId} in ${language}.json`
			);
		}
	}
}

function checkPullQuotes(
	meta: ArticleMeta,
	blocks: Block[],
	text: Record<SegmentId, Record<string, string>>,
	report: Report
) {
	const comparable = (s: string) => s.toLocaleLowerCase().replace(/[\s.,،«»"“”„]+$/u, '');
	for (const block of blocks) {
		if (block.type !== 'pullquote') continue;
		for (const id of block.segments) {
			for (const language of meta.languages) {
				const quote = text[id]?.[language];
				const body = text[block.excerptOf]?.[language];
				if (quote === undefined || body === undefined) continue;
				if (!comparable(body).includes(comparable(quote))) {
					report(`${language}.json`, id, `pull quote is not an excerpt of ${block.excerptOf}`);
				}
			}
		}
	}
}

function checkLostLinks(
	meta: ArticleMeta,
	segmentIds: Set<SegmentId>,
	text: Record<SegmentId, Record<string, string>>,
	report: Report
) {
	meta.lostLinks.forEach((link, index) => {
		// Text already reported as missing or unusable is not checked again here.
		const sourceText = text[link.segment]?.[meta.sourceLanguage];
		if (!segmentIds.has(link.segment)) {
			report('meta.json', `lostLinks.${index}`, `segment ${link.segment} does not exist`);
		} else if (sourceText !== undefined && !sourceText.includes(link.text)) {
			report(
				'meta.json',
				`lostLinks.${index}`,
				`"${link.text}" is not in the text of ${link.segment}`
			);
		}
	});
}
