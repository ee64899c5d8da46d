import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { checkContent } from '../server/content';
import { splitWords } from '../text/letters';
import { FUZZ, FUZZ_TIMEOUT, hostileText, INVISIBLE_TO_SEARCH } from '../testing/fuzz';
import { buildLanguageIndex, buildSearchTerms } from './build-index';
import { SearchEngine, type SearchResult } from './engine';

// checkContent, not loadLibrary: the engine is fuzzed over the articles whatever the glossary's
// state, and the glossary's own problems are content:check's to report.
const { articles, terms, occurrences } = checkContent();
const engine = new SearchEngine(
	LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language)),
	buildSearchTerms(terms, occurrences).terms
);
const segmentCount = articles.reduce((sum, a) => sum + a.segmentIds.length, 0);
// Real words, so that fuzzed queries find hits whose highlights can be checked.
const words = [
	...new Set(
		articles.flatMap((a) =>
			a.segmentIds.flatMap((id) => Object.values(a.text[id] ?? {}).flatMap(splitWords))
		)
	)
]
	.filter((_, i) => i % 7 === 0)
	.slice(0, 400);

/** Every highlight range lies inside the displayed text and covers at least one character. */
function assertHighlightsInside(results: SearchResult[]) {
	expect(results.length).toBeLessThanOrEqual(segmentCount);
	for (const result of results) {
		for (const match of result.matches) {
			const text = result.texts[match.language];
			expect(typeof text).toBe('string');
			for (const [start, end] of match.ranges) {
				expect(0 <= start && start < end && end <= (text as string).length).toBe(true);
			}
		}
	}
}

describe('search queries, whatever they are', () => {
	it.each([
		['markup', '<img src=x onerror=alert(1)> <script>alert(1)</script>'],
		['a script URL', 'javascript:alert(document.cookie)'],
		['bidi controls around a real word', '\u202EGerasimov\u202C \u2067Курск\u2069'],
		['only bidi controls and invisible characters', '\u202E\u2066\u200F\u200D\uFEFF\u00AD'],
		['10,000 characters', 'Kursk '.repeat(1667)],
		['10,000 characters of one letter', 'a'.repeat(10_000)],
		['lone surrogates', '\uD800Kursk\uDFFF \uDC00'],
		['control characters', 'Kur\u0000sk\u0007\u001B'],
		['quotes only', '"'],
		['an empty query', ''],
		['spaces only', '   \t\n ']
	])('%s: answers with results or an empty state', (_case, query) => {
		const answer = engine.search(query);
		expect(Array.isArray(answer.results)).toBe(true);
		assertHighlightsInside(answer.results);
	});

	it('ignores bidi controls in a query: a real word wrapped in them finds what it finds alone', () => {
		const plain = engine.search('Gerasimov').results.map((r) => r.segment);
		expect(plain.length).toBeGreaterThan(0);
		expect(engine.search('Gera\u202Esi\u2066mov\u2069').results.map((r) => r.segment)).toEqual(
			plain
		);
	});

	it(
		'never throws, and keeps every highlight inside the displayed text',
		() => {
			fc.assert(
				fc.property(hostileText(words, 12), (query) => {
					assertHighlightsInside(engine.search(query).results);
				}),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'finds the same segments whatever bidi controls and marks are slipped into a query',
		() => {
			const invisible = fc.constantFrom(...INVISIBLE_TO_SEARCH);
			fc.assert(
				fc.property(
					fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
					fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 4 }),
					(queryWords, insertions) => {
						const query = queryWords.join(' ');
						let slipped = query;
						for (const [at, char] of insertions) {
							const i = at % (slipped.length + 1);
							slipped = slipped.slice(0, i) + char + slipped.slice(i);
						}
						const segments = (q: string) => engine.search(q).results.map((r) => r.segment);
						expect(segments(slipped)).toEqual(segments(query));
					}
				),
				{ ...FUZZ, numRuns: Math.ceil((FUZZ.numRuns ?? 1000) / 2) }
			);
		},
		FUZZ_TIMEOUT
	);
});
