import type { z } from 'zod';
import { directionOf, isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { findSourceNoise } from './noise.ts';
import { numbersIn } from '../text/numbers.ts';
import { characterFaults } from '../text/characters.ts';
import { isUntranslated, translationErrors } from '../qa/checks.ts';
import type {
	Article,
	ContentProblem,
	RawFile,
	SegmentId,
	ValidatedLibrary
} from './article-types.ts';
import { isSegmentOf } from './segment-id.ts';
import {
	articleMetaSchema,
	segmentMapSchema,
	structureSchema,
	type ArticleMeta,
	type LocalizedText
} from './schema.ts';

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
		const { article, problems: found } = validateArticle(slug, folder);
		problems.push(...found);
		if (article) assembled.push(article);
		if (article && found.length === 0) articles.push(article);
	}
	return { articles, problems, assembled };
}

/**
 * One article as far as its files could be read: the article itself (with only the text that
 * passed the segment text checks) and what every check looks at besides.
 */
export interface ArticleDraft extends Article {
	folder: Map<string, RawFile>;
	/** Every segment ID the structure holds. */
	known: Set<SegmentId>;
	/** Each language file's segment map, where the file could be parsed. */
	segments: Partial<Record<LanguageCode, Record<string, string>>>;
	/** Segment texts refused as unusable (empty, source noise, hostile characters), found while
	 * the draft was read and reported by the `segment-text` check. */
	refusedText: ContentProblem[];
}

/** A named check of one article: every problem it finds, none when the article passes it. */
export interface ArticleCheck {
	name: string;
	run(draft: ArticleDraft): ContentProblem[];
}

/** Every check of an article, in the order its problems are reported. */
export const ARTICLE_CHECKS: readonly ArticleCheck[] = [
	{ name: 'file-names', run: checkFileNames },
	{ name: 'slug', run: checkSlug },
	{ name: 'structure', run: checkStructure },
	{ name: 'languages', run: checkLanguages },
	{ name: 'segment-coverage', run: checkSegmentCoverage },
	{ name: 'segment-text', run: (draft) => draft.refusedText },
	{ name: 'localized-fields', run: checkLocalizedFields },
	{ name: 'numbers', run: checkNumbers },
	{ name: 'titles', run: checkTitles },
	{ name: 'pull-quotes', run: checkPullQuotes },
	{ name: 'lost-links', run: checkLostLinks },
	// Untranslated text, Dari and Russian typography, unbalanced quotation marks (src/lib/qa).
	{ name: 'translation', run: (draft) => translationErrors(articleOf(draft)) }
];

function validateArticle(
	slug: string,
	folder: Map<string, RawFile>
): { article: Article | null; problems: ContentProblem[] } {
	const { draft, problems } = readDraft(slug, folder);
	if (!draft) return { article: null, problems };
	for (const check of ARTICLE_CHECKS) problems.push(...check.run(draft));
	return { article: articleOf(draft), problems };
}

const articleOf = ({ slug, meta, blocks, segmentIds, text }: ArticleDraft): Article => ({
	slug,
	meta,
	blocks,
	segmentIds,
	text
});

/** A problem in a file of the article `slug`; an empty key is shown as `""`, never as nothing. */
const problemIn =
	(slug: string) =>
	(name: string, where: string, message: string): ContentProblem => ({
		file: `content/articles/${slug}/${name}`,
		where: where === '' ? '""' : where,
		message
	});

/**
 * Parses an article's files into a draft. Without a readable meta.json and structure.json there
 * is nothing to check the rest against, so the draft is null and only the parse problems return.
 */
function readDraft(
	slug: string,
	folder: Map<string, RawFile>
): { draft: ArticleDraft | null; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const problem = problemIn(slug);
	const report: Report = (name, where, message) => problems.push(problem(name, where, message));

	const meta = parseFile(folder, 'meta.json', articleMetaSchema, report);
	const structure = parseFile(folder, 'structure.json', structureSchema, report);
	if (!meta || !structure) return { draft: null, problems };

	// The structure fixes the order and the set of segment IDs; every language must match it.
	const segmentIds: SegmentId[] = [];
	const known = new Set<SegmentId>();
	for (const block of structure.blocks) {
		if (block.type === 'break') continue;
		for (const id of block.segments) {
			if (!known.has(id)) segmentIds.push(id);
			known.add(id);
		}
	}

	const segments: ArticleDraft['segments'] = {};
	const text: Record<SegmentId, Partial<Record<LanguageCode, string>>> = Object.fromEntries(
		segmentIds.map((id) => [id, {}])
	);
	const refusedText: ContentProblem[] = [];
	for (const language of meta.languages) {
		const name = `${language}.json`;
		const file = folder.get(name);
		if (!file) continue;
		const duplicates = duplicateKeys(file.text);
		for (const id of duplicates) report(name, id, 'appears more than once in the file');
		if (duplicates.length) continue;
		const map = parseFile(folder, name, segmentMapSchema, report);
		if (!map) continue;
		segments[language] = map;
		for (const [id, value] of Object.entries(map)) {
			if (!known.has(id)) continue;
			const refused = segmentTextProblems(value, language);
			for (const message of refused) refusedText.push(problem(name, id, message));
			if (!refused.length) (text[id] as Record<string, string>)[language] = value;
		}
	}

	return {
		draft: {
			slug,
			meta,
			blocks: structure.blocks,
			segmentIds,
			text: text as Article['text'],
			folder,
			known,
			segments,
			refusedText
		},
		problems
	};
}

/**
 * Why a segment's text cannot be used, or nothing: empty text, what the source's layout left in
 * it, and characters a published text must not hold (src/lib/text/characters.ts). A refused text
 * is kept out of every later check, so its fault is reported once and as what it is, not as the
 * numbers, terms or typography it breaks.
 */
export function segmentTextProblems(value: string, language: LanguageCode): string[] {
	if (value.trim() === '') return ['empty text'];
	const faults = characterFaults(value, language).map((f) => f.message);
	if (faults.length) return faults;
	const noise = findSourceNoise(
		value,
		directionOf(language) === 'rtl' ? 'arabic' : 'latin-or-cyrillic'
	);
	return noise ? [noise] : [];
}

function checkFileNames(draft: ArticleDraft): ContentProblem[] {
	const problem = problemIn(draft.slug);
	return [...draft.folder.keys()]
		.filter(
			(name) =>
				!(
					name === 'meta.json' ||
					name === 'structure.json' ||
					/^(notes|review)(\.[a-zA-Z-]+)?\.md$/.test(name) ||
					(name.endsWith('.json') && isLanguageCode(name.slice(0, -5)))
				)
		)
		.map((name) =>
			problem(
				name,
				'-',
				'unexpected file (expected meta.json, structure.json, <language>.json or notes*.md)'
			)
		);
}

function checkSlug({ slug, meta }: ArticleDraft): ContentProblem[] {
	return meta.slug === slug
		? []
		: [problemIn(slug)('meta.json', 'slug', `is "${meta.slug}" but the folder is "${slug}"`)];
}

function checkStructure({ slug, blocks }: ArticleDraft): ContentProblem[] {
	const problem = (id: string, message: string) => problemIn(slug)('structure.json', id, message);
	const problems: ContentProblem[] = [];
	const seen = new Set<SegmentId>();
	for (const block of blocks) {
		if (block.type === 'break') continue;
		for (const id of block.segments) {
			if (seen.has(id)) problems.push(problem(id, 'appears more than once in the structure'));
			else if (!isSegmentOf(id, slug))
				problems.push(problem(id, `segment ID must start with "${slug}:"`));
			seen.add(id);
		}
		if (block.type === 'pullquote' && block.segments.includes(block.excerptOf)) {
			problems.push(problem(block.excerptOf, 'a pull quote cannot be an excerpt of itself'));
		}
	}
	for (const block of blocks) {
		if (block.type === 'pullquote' && !seen.has(block.excerptOf)) {
			problems.push(
				problem(block.excerptOf, 'pull quote excerpts a segment that is not in the structure')
			);
		}
	}
	return problems;
}

function checkLanguages({ slug, meta, folder }: ArticleDraft): ContentProblem[] {
	const problem = problemIn(slug);
	const problems: ContentProblem[] = [];
	for (const language of LANGUAGE_CODES) {
		const declared = meta.languages.includes(language);
		if (declared && !folder.has(`${language}.json`))
			problems.push(
				problem(`${language}.json`, '-', 'file missing (the language is listed in meta.json)')
			);
		if (!declared && folder.has(`${language}.json`))
			problems.push(problem(`${language}.json`, '-', 'language not listed in meta.json languages'));
		if (declared && !meta.translations[language])
			problems.push(
				problem(
					'meta.json',
					`translations.${language}`,
					'missing (every language needs its translator and status)'
				)
			);
	}
	if (!meta.languages.includes(meta.sourceLanguage)) {
		problems.push(
			problem(
				'meta.json',
				'sourceLanguage',
				`"${meta.sourceLanguage}" is not one of the article's languages`
			)
		);
	}
	return problems;
}

/** Every language file holds exactly the structure's segments. */
function checkSegmentCoverage({
	slug,
	segmentIds,
	known,
	segments
}: ArticleDraft): ContentProblem[] {
	const problem = problemIn(slug);
	return (Object.entries(segments) as [LanguageCode, Record<string, string>][]).flatMap(
		([language, map]) => [
			...segmentIds
				.filter((id) => !(id in map))
				.map((id) => problem(`${language}.json`, id, 'segment missing (it is in structure.json)')),
			...Object.keys(map)
				.filter((id) => !known.has(id))
				.map((id) => problem(`${language}.json`, id, 'unknown segment ID (not in structure.json)'))
		]
	);
}

type Report = (name: string, where: string, message: string) => void;

/** A problem list and the function that adds to it, for checks that find problems in a loop. */
function collector(slug: string): { problems: ContentProblem[]; report: Report } {
	const problems: ContentProblem[] = [];
	const problem = problemIn(slug);
	return {
		problems,
		report: (name, where, message) => problems.push(problem(name, where, message))
	};
}

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
			// An empty key (`{"": …}`) is named as such, so no problem is placed nowhere.
			const where = issue.path.map((part) => (part === '' ? '""' : String(part))).join('.');
			report(where || '-', issue.message);
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

function checkNumbers(draft: ArticleDraft): ContentProblem[] {
	const { slug, meta, segmentIds, text } = draft;
	const { problems, report } = collector(slug);
	const source = meta.sourceLanguage;
	for (const id of segmentIds) {
		const sourceText = text[id]?.[source];
		if (sourceText === undefined) continue;
		const expected = numbersIn(sourceText);
		for (const language of meta.languages) {
			const translated = text[id]?.[language];
			if (language === source || translated === undefined) continue;
			// Text left untranslated is the translation check's to report, once.
			if (isUntranslated(draft, id, language)) continue;
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
	return problems;
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
		['source.note', meta.source?.note],
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
function checkLocalizedFields({ slug, meta }: ArticleDraft): ContentProblem[] {
	const { problems, report } = collector(slug);
	const source = meta.sourceLanguage;
	for (const [path, field] of localizedFields(meta)) {
		// What the header and the about box show is held to the same characters as the text.
		for (const [language, value] of Object.entries(field) as [LanguageCode, string][]) {
			for (const { message } of characterFaults(value, language))
				report('meta.json', `${path}.${language}`, message);
		}
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
	return problems;
}

function checkTitles({ slug, meta, blocks, text }: ArticleDraft): ContentProblem[] {
	const { problems, report } = collector(slug);
	const heading = blocks.find((b) => b.type === 'heading' && b.level === 1);
	if (!heading || heading.type === 'break') {
		report('structure.json', '-', 'the article has no level-1 heading (its title)');
		return problems;
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
	return problems;
}

function checkPullQuotes({ slug, meta, blocks, text }: ArticleDraft): ContentProblem[] {
	const { problems, report } = collector(slug);
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
	return problems;
}

function checkLostLinks({ slug, meta, known, text }: ArticleDraft): ContentProblem[] {
	const { problems, report } = collector(slug);
	meta.lostLinks.forEach((link, index) => {
		// Text already reported as missing or unusable is not checked again here.
		const sourceText = text[link.segment]?.[meta.sourceLanguage];
		if (!known.has(link.segment)) {
			report('meta.json', `lostLinks.${index}`, `segment ${link.segment} does not exist`);
		} else if (sourceText !== undefined && !sourceText.includes(link.text)) {
			report(
				'meta.json',
				`lostLinks.${index}`,
				`"${link.text}" is not in the text of ${link.segment}`
			);
		}
	});
	return problems;
}
