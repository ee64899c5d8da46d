import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTerms, prepareMatchers, surfaceForms } from '../content/terms.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { checkContent } from '../server/content.ts';
import { numbersIn } from '../text/numbers.ts';
import { createLexicon, FUNCTION_WORDS, generatedSlug } from './articles.ts';
import { WordGuard } from './lexicon.ts';
import { generateArticles, generateLibrary, readGlossary, VocabularyCounter } from './library.ts';
import { Random, zipfSampler } from './random.ts';

const terms = readGlossary('content/glossary');
let root: string;

/**
 * A scratch root holding the real content (the glossary's exceptions name segments of the
 * shipped articles) and `count` generated articles.
 */
function scratch(count: number, seed: number): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-spec-'));
	fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
	generateLibrary(dir, count, seed);
	return dir;
}

const read = (dir: string, slug: string, file: string) =>
	fs.readFileSync(path.join(dir, 'content', 'articles', slug, file), 'utf8');

// Generating articles and reading the whole content tree takes seconds on a busy machine.
const SLOW = 60_000;

beforeAll(() => {
	root = scratch(4, 7);
}, SLOW);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('generateLibrary', () => {
	it(
		'writes articles that pass content:check with no glossary term found in them',
		() => {
			const library = checkContent(root);
			expect(library.problems).toEqual([]);
			const generated = [0, 1, 2, 3].map(generatedSlug);
			expect(library.articles.map((a) => a.slug)).toEqual(expect.arrayContaining(generated));
			expect(library.occurrences.length).toBeGreaterThan(0);
			expect(library.occurrences.filter((o) => o.segment.startsWith('gen-'))).toEqual([]);
		},
		SLOW
	);

	it('writes the files of content/articles/kpa-kursk, tab-indented, one segment per line', () => {
		const dir = path.join(root, 'content', 'articles', generatedSlug(0));
		expect(fs.readdirSync(dir).sort()).toEqual([
			'en.json',
			'fa-AF.json',
			'meta.json',
			'ru.json',
			'structure.json'
		]);
		const en = read(root, generatedSlug(0), 'en.json');
		expect(en.split('\n').length).toBe(Object.keys(JSON.parse(en)).length + 3);
		expect(en).toMatch(/^\{\n\t"gen-0001:0\.1": /);
	});

	it(
		'gives each article about 52 segments in headings and paragraphs, titled in three languages',
		() => {
			for (const article of checkContent(root).articles.filter((a) => a.slug.startsWith('gen-'))) {
				expect(article.segmentIds.length).toBeGreaterThanOrEqual(40);
				expect(article.segmentIds.length).toBeLessThanOrEqual(64);
				expect(new Set(article.blocks.map((b) => b.type))).toEqual(
					new Set(['heading', 'paragraph'])
				);
				const title = article.text[`${article.slug}:0.1`];
				for (const language of LANGUAGE_CODES)
					expect(article.meta.title[language]).toBe(title?.[language]);
				expect(
					article.meta.published >= '2021-01-01' && article.meta.published <= '2025-12-31'
				).toBe(true);
			}
		},
		SLOW
	);

	it(
		'is the same library for the same seed, and its first articles do not depend on its size',
		() => {
			const again = scratch(2, 7);
			const other = scratch(1, 8);
			try {
				for (const file of ['meta.json', 'structure.json', 'en.json', 'fa-AF.json', 'ru.json']) {
					expect(read(again, generatedSlug(1), file)).toBe(read(root, generatedSlug(1), file));
				}
				expect(read(other, generatedSlug(0), 'en.json')).not.toBe(
					read(root, generatedSlug(0), 'en.json')
				);
			} finally {
				fs.rmSync(again, { recursive: true, force: true });
				fs.rmSync(other, { recursive: true, force: true });
			}
		},
		SLOW
	);
});

describe('generated text', () => {
	const articles = [...generateArticles(12, 3, terms)];
	const all = (language: LanguageCode) => articles.flatMap((a) => Object.values(a.text[language]));

	it('writes the same numbers in every language, Dari in Persian digits only', () => {
		let numbered = 0;
		for (const article of articles) {
			for (const id of Object.keys(article.text.en)) {
				const numbers = numbersIn(article.text.en[id] as string);
				if (numbers.length) numbered++;
				expect(numbersIn(article.text.ru[id] as string)).toEqual(numbers);
				expect(numbersIn(article.text['fa-AF'][id] as string)).toEqual(numbers);
				expect(article.text['fa-AF'][id]).not.toMatch(/[0-9]/);
			}
		}
		expect(numbered).toBeGreaterThan(50);
	});

	it.each<[LanguageCode, RegExp, string]>([
		['fa-AF', /[\u0600-\u06FF]\u200C(?:ها|های)(?![\p{L}])/u, 'plural ‌ها joined by ZWNJ'],
		['fa-AF', /(?:^|\s)می\u200C[\u0600-\u06FF]/u, 'the verb prefix می‌ joined by ZWNJ'],
		['fa-AF', /\s(?:را|است)\s/u, 'را and است'],
		['ru', /\p{Script=Cyrillic}(?:ами|ях|ому|ого)(?!\p{L})/u, 'case endings'],
		['ru', /«[^»]+»/u, 'Russian quotation marks'],
		['en', /\b[a-z]+(?:ed|ies|es)\b/, 'English inflection'],
		['en', /“[^”]+”/u, 'English quotation marks']
	])('%s shows %s (%s)', (language, pattern) => {
		expect(all(language).some((text) => pattern.test(text))).toBe(true);
	});

	it.each([
		['fa-AF', /[يىك"']|[,;?]/u],
		['ru', /["'\u0660-\u0669\u06F0-\u06F9]/u],
		['en', /[\u0660-\u0669\u06F0-\u06F9]/u]
	] as const)('%s never has what the QA refuses (%s)', (language, pattern) => {
		expect(all(language).filter((text) => pattern.test(text))).toEqual([]);
	});

	it('has Zipf-distributed word frequencies and a vocabulary that grows slower than the text', () => {
		const counter = new VocabularyCounter();
		const growth: number[] = [];
		articles.forEach((article, i) => {
			for (const text of Object.values(article.text.en)) counter.add(text, 'en');
			if (i === 0 || i === 11) growth.push(counter.counts.en.size / counter.tokens('en'));
		});
		const frequencies = [...counter.counts.en.values()].sort((a, b) => b - a);
		const slope =
			(Math.log(frequencies[299] as number) - Math.log(frequencies[9] as number)) /
			(Math.log(300) - Math.log(10));
		expect(slope).toBeGreaterThan(-1.4);
		expect(slope).toBeLessThan(-0.7);
		// Heaps' law: distinct words per running word fall as the text grows.
		expect(growth[1]).toBeLessThan((growth[0] as number) * 0.85);
	});
});

describe('Lexicon', () => {
	const lexicon = createLexicon(5, terms);

	it('inflects one Russian stem with several case endings', () => {
		const noun = lexicon.get('noun', 40).ru;
		const forms = [...Object.values(noun.sg), ...Object.values(noun.pl)];
		expect(new Set(forms).size).toBeGreaterThanOrEqual(6);
		const stem = forms.reduce((a, b) => {
			let i = 0;
			while (i < a.length && a[i] === b[i]) i++;
			return a.slice(0, i);
		});
		expect(stem.length).toBeGreaterThanOrEqual(2);
	});

	it('gives English nouns and verbs their -s, -ed and -ing', () => {
		const noun = lexicon.get('noun', 12).en;
		const verb = lexicon.get('verb', 12).en;
		expect(noun.pl).toMatch(new RegExp(`^${noun.sg.replace(/y$/, '')}(s|es|ies)$`));
		expect(verb.past).toMatch(/(ed|d)$/);
		expect(verb.ing).toMatch(/ing$/);
	});

	it('joins Dari plurals and present tenses with a ZWNJ', () => {
		const noun = lexicon.get('noun', 12)['fa-AF'];
		expect(noun.plural).toBe(`${noun.base}\u200Cها`);
		expect(lexicon.get('verb', 12)['fa-AF'].present[0]).toMatch(/می\u200C/);
	});
});

describe('WordGuard', () => {
	const guard = new WordGuard(terms);

	it.each(LANGUAGE_CODES)('refuses every name of every glossary term in %s', (language) => {
		for (const term of terms) {
			for (const form of surfaceForms(term, language))
				expect(guard.allows(language, [form])).toBe(false);
		}
	});

	it.each([
		['en', 'May'],
		['ru', 'мая'],
		['fa-AF', 'می']
	] as const)('refuses the month name %s %s, which the date check would read', (language, word) => {
		expect(guard.allows(language, [word])).toBe(false);
	});

	it.each(LANGUAGE_CODES)('finds no term in the fixed words of %s sentences', (language) => {
		// They may be words of a term (the, of, و): the guard keeps the term's other words out.
		const matchers = prepareMatchers(terms, language);
		expect(FUNCTION_WORDS[language].filter((w) => findTerms(w, language, matchers).length)).toEqual(
			[]
		);
	});
});

describe('zipfSampler', () => {
	it.each([
		['one regime', { size: 1000, offset: 0, exponent: 1, knee: 1000, tailExponent: 2 }],
		[
			'a flat head and a steep tail',
			{ size: 1000, offset: 10, exponent: 1, knee: 100, tailExponent: 2 }
		]
	])('draws ranks 1…size, lower ranks more often (%s)', (_, law) => {
		const draw = zipfSampler(law);
		const random = new Random(1);
		const counts = new Map<number, number>();
		for (let i = 0; i < 50_000; i++) {
			const rank = draw(random);
			expect(rank).toBeGreaterThanOrEqual(1);
			expect(rank).toBeLessThanOrEqual(1000);
			counts.set(rank, (counts.get(rank) ?? 0) + 1);
		}
		const around = (rank: number) =>
			[-2, -1, 0, 1, 2].reduce((sum, d) => sum + (counts.get(rank + d) ?? 0), 0);
		expect(around(3)).toBeGreaterThan(around(50));
		expect(around(50)).toBeGreaterThan(around(500));
	});

	it('follows the tail exponent past the knee: ten times the rank, a hundredth of the draws', () => {
		const draw = zipfSampler({ size: 100_000, offset: 0, exponent: 1, knee: 10, tailExponent: 2 });
		const random = new Random(2);
		let [near100, near1000] = [0, 0];
		for (let i = 0; i < 400_000; i++) {
			const rank = draw(random);
			if (rank >= 100 && rank < 110) near100++;
			if (rank >= 1000 && rank < 1100) near1000++;
		}
		// Per rank: 1000 is drawn 100× less than 100; its window is 10× wider.
		expect(near100 / near1000).toBeGreaterThan(7);
		expect(near100 / near1000).toBeLessThan(13);
	});
});
