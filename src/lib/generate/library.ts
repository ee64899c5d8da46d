import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateGlossary } from '../content/glossary.ts';
import type { Term } from '../content/glossary-schema.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { createLexicon, generateArticle, type GeneratedArticle } from './articles.ts';

/** What a generated library holds, for a benchmark to print beside its figures. */
export interface LibraryStats {
	slugs: string[];
	segments: number;
	/** Running words per language. */
	tokens: Record<LanguageCode, number>;
	/** Distinct words per language (lower-cased; a ZWNJ compound is one word). */
	vocabulary: Record<LanguageCode, number>;
}

// A word as Intl.Segmenter reads one: letters and marks, with the ZWNJ inside Dari compounds.
const WORD = /[\p{L}\p{M}\u200C]+/gu;

/** Counts running and distinct words per language. */
export class VocabularyCounter {
	readonly counts: Record<LanguageCode, Map<string, number>> = {
		en: new Map(),
		ru: new Map(),
		'fa-AF': new Map()
	};

	add(text: string, language: LanguageCode): void {
		const counts = this.counts[language];
		for (const [word] of text.toLocaleLowerCase(language).matchAll(WORD)) {
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}

	tokens(language: LanguageCode): number {
		let sum = 0;
		for (const n of this.counts[language].values()) sum += n;
		return sum;
	}
}

const REPOSITORY_GLOSSARY = fileURLToPath(new URL('../../../content/glossary', import.meta.url));

/** The glossary's terms, read from `dir` (content/glossary of a checkout). */
export function readGlossary(dir: string): Term[] {
	const files = fs
		.readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => ({
			path: `content/glossary/${name}`,
			text: fs.readFileSync(path.join(dir, name), 'utf8')
		}));
	const { terms, problems } = validateGlossary(files, [], { checkText: false });
	if (problems.length) throw new Error(`generator: the glossary in ${dir} has problems`);
	return terms;
}

/** The articles of a library, one at a time, with the vocabulary they use. */
export function* generateArticles(
	count: number,
	seed: number,
	terms: readonly Term[]
): Generator<GeneratedArticle> {
	const lexicon = createLexicon(seed, terms);
	for (let index = 0; index < count; index++) yield generateArticle(index, seed, lexicon);
}

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

/**
 * Writes `count` generated articles into `<root>/content/articles/<slug>/` (meta.json,
 * structure.json and one file per language, as content:check expects) and returns what they
 * hold. The words avoid every form of the glossary in `<root>/content/glossary` (or this
 * repository's, if root has none), so no term is found by accident. The same seed gives the
 * same library.
 */
export function generateLibrary(root: string, count: number, seed = 1): LibraryStats {
	const glossary = path.join(root, 'content', 'glossary');
	const terms = readGlossary(fs.existsSync(glossary) ? glossary : REPOSITORY_GLOSSARY);
	const counter = new VocabularyCounter();
	const stats: LibraryStats = {
		slugs: [],
		segments: 0,
		tokens: { en: 0, ru: 0, 'fa-AF': 0 },
		vocabulary: { en: 0, ru: 0, 'fa-AF': 0 }
	};
	for (const article of generateArticles(count, seed, terms)) {
		const dir = path.join(root, 'content', 'articles', article.slug);
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'meta.json'), json(article.meta));
		fs.writeFileSync(path.join(dir, 'structure.json'), json(article.structure));
		for (const language of LANGUAGE_CODES) {
			fs.writeFileSync(path.join(dir, `${language}.json`), json(article.text[language]));
			for (const text of Object.values(article.text[language])) counter.add(text, language);
		}
		stats.slugs.push(article.slug);
		stats.segments += Object.keys(article.text.en).length;
	}
	for (const language of LANGUAGE_CODES) {
		stats.tokens[language] = counter.tokens(language);
		stats.vocabulary[language] = counter.counts[language].size;
	}
	return stats;
}
