import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { loadLibrary } from '../server/content';
import { buildLanguageIndex, buildSearchTerms } from './build-index';
import { manifestSegments, SearchEngine, segmentPosition } from './engine';

const { articles, terms, occurrences } = loadLibrary();
const indexes = LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language));
const engine = new SearchEngine(indexes, buildSearchTerms(terms, occurrences).terms);
// The ranking cases are about the first article; others in content/ only add hits elsewhere.
const article = articles.find((a) => a.slug === 'kpa-kursk')!;
const segmentCount = articles.reduce((sum, a) => sum + a.segmentIds.length, 0);
const textOf = (segment: string, language: 'en' | 'fa-AF' | 'ru') =>
	article.text[segment]![language];

describe('search ranking on the real article', () => {
	it.each([
		['Герасимов', 'kpa-kursk:3.1', 'ru'],
		['Gerasimov', 'kpa-kursk:3.1', 'en'],
		['گراسیموف', 'kpa-kursk:3.1', 'fa-AF'],
		['Zakharva', 'kpa-kursk:4.1', 'en'],
		['پيمان مشارکت استراتژيک جامع', 'kpa-kursk:3.3', 'fa-AF'],
		['پیمان مشاركت استراتژیك جامع', 'kpa-kursk:3.3', 'fa-AF'],
		['партнерстве', 'kpa-kursk:3.3', 'ru'],
		['"shoulder to shoulder"', 'kpa-kursk:3.4', 'en'],
		['Schrodinger', 'kpa-kursk:16.4', 'en'],
		['Ким Чен Ын', 'kpa-kursk:7.3', 'ru'],
		['10,000', 'kpa-kursk:16.2', 'en'],
		['۱۰٬۰۰۰', 'kpa-kursk:16.2', 'fa-AF']
	] as const)('%s finds %s first, in %s', (query, segment, language) => {
		const [first] = engine.search(query).results;
		expect(first?.segment).toBe(segment);
		expect(first?.matches.map((m) => m.language)).toContain(language);
	});

	it('ranks exact words above prefixes and prefixes above fuzzy matches', () => {
		const { results } = engine.search('Korea');
		const kinds = results.map((r) =>
			r.matches.some((m) => /\bkorea\b/i.test(textOf(r.segment, m.language))) ? 0 : 1
		);
		expect(kinds).toEqual([...kinds].sort());
		expect(engine.search('Zakharova').results[0]?.score).toBeGreaterThan(
			engine.search('Zakharva').results[0]?.score ?? 0
		);
	});

	it('finds a glossary term in every language and offers its entry', () => {
		for (const query of ['Kursk', 'Курск', 'کورسک']) {
			const { results, terms } = engine.search(query);
			expect(terms, query).toContain('kursk-oblast');
			const languages = new Set(results.flatMap((r) => r.matches.map((m) => m.language)));
			expect([...languages].sort(), query).toEqual(['en', 'fa-AF', 'ru']);
		}
	});

	it('highlights the displayed characters of a Dari match with ZWNJ and diacritics', () => {
		const { results } = engine.search('اشغال شده', { languages: ['fa-AF'] });
		const hit = results.find((r) => r.segment === 'kpa-kursk:0.1')!;
		const text = textOf(hit.segment, 'fa-AF');
		const [start, end] = hit.matches[0]!.ranges[0]!;
		expect(text.slice(start, end)).toBe('اشغال‌شدهٔ');
	});

	it('highlights every matched word in English', () => {
		const { results } = engine.search('Kursk region', { languages: ['en'] });
		const hit = results[0]!;
		const text = textOf(hit.segment, 'en');
		expect(hit.matches[0]!.ranges.map(([s, e]) => text.slice(s, e))).toContain('Kursk region');
	});

	it('filters by language and by article', () => {
		expect(
			engine
				.search('Kursk', { languages: ['ru'] })
				.results.every((r) => r.matches.every((m) => m.language === 'ru'))
		).toBe(true);
		expect(engine.search('Kursk', { article: 'no-such-article' }).results).toEqual([]);
	});
});

describe('the article filter', () => {
	it.each(articles.map((a) => [a.slug, a] as const))(
		'keeps %s and counts only its hits',
		(slug, { meta, text, segmentIds }) => {
			// A word of the article's title in its source language, found in every article it is in.
			const source = meta.sourceLanguage;
			const word = (text[segmentIds[0]!]![source] ?? '').split(/\s+/).find((w) => w.length > 4)!;
			const all = engine.search(word);
			const filtered = engine.search(word, { article: slug });
			const own = all.results.filter((r) => r.segment.startsWith(`${slug}:`));
			expect(own.length).toBeGreaterThan(0);
			expect(filtered.results.map((r) => r.segment)).toEqual(own.map((r) => r.segment));
			expect(filtered.total).toBe(own.length);
		}
	);

	it("highlights the article's first hits even when other articles rank above them", () => {
		// A copy of the article under another slug: every hit ranks level with the original's,
		// and the original's come first.
		const copy = {
			slug: 'copy',
			segmentIds: article.segmentIds.map((id) => id.replace(/^[^:]+:/, 'copy:')),
			text: Object.fromEntries(
				article.segmentIds.map((id) => [id.replace(/^[^:]+:/, 'copy:'), article.text[id]!])
			)
		};
		const twice = new SearchEngine(
			LANGUAGE_CODES.map((language) => buildLanguageIndex([article, copy], language))
		);
		const { results, total } = twice.search('Gerasimov', { article: 'copy', limit: 1 });
		expect(results.map((r) => r.segment)).toEqual(['copy:3.1']);
		expect(total).toBe(engine.search('Gerasimov', { article: article.slug }).total);
		expect(results[0]!.matches[0]!.ranges).not.toEqual([]);
	});
});

describe('strange queries', () => {
	it.each([
		['', 0],
		['   ', 0],
		['?!…«»،؛', 0],
		['\u200C\u200C', 0]
	])('%j gives no results', (query, count) => {
		expect(engine.search(query).results).toHaveLength(count);
	});

	it('answers a one-character query and a 200-character query', () => {
		expect(engine.search('a').results.length).toBeLessThanOrEqual(segmentCount);
		const long = textOf('kpa-kursk:10.1', 'en').slice(0, 200);
		expect(engine.search(long).results[0]?.segment).toBe('kpa-kursk:10.1');
		expect(engine.search('x'.repeat(5000)).results).toEqual([]);
	});

	it('never throws and always answers within bounds, whatever the input', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (query) => {
				const { results } = engine.search(query);
				return results.length <= segmentCount;
			}),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (query) => {
				return engine.search(query).results.length <= segmentCount;
			}),
			{ numRuns: 300 }
		);
	});
});

describe('segment places', () => {
	const manifest = {
		articles: [
			{ slug: 'a', ids: '0.1 1.1-3' },
			{ slug: 'b', ids: '0.1 2.1-2' }
		]
	};
	const segments = manifestSegments(manifest as Parameters<typeof manifestSegments>[0]);

	it('lists every segment of the manifest in order, and finds each one in its place', () => {
		expect(segments).toEqual(['a:0.1', 'a:1.1', 'a:1.2', 'a:1.3', 'b:0.1', 'b:2.1', 'b:2.2']);
		segments.forEach((key, place) => expect(segmentPosition(segments, key)).toBe(place));
	});

	it('finds nothing for an article or a segment the list does not have', () => {
		expect(segmentPosition(segments, 'c:0.1')).toBeUndefined();
		expect(segmentPosition(segments, 'a:9.9')).toBeUndefined();
		expect(segmentPosition(segments, 'no colon')).toBeUndefined();
	});

	it('finds places in a list built without the manifest, too', () => {
		const built = indexes[0]!.segments;
		expect(segmentPosition(built, built[5]!)).toBe(5);
		expect(segmentPosition(built, built.at(-1)!)).toBe(built.length - 1);
	});
});

describe('a word most segments hold', () => {
	it('counts every segment it finds, and makes hits, with highlights, of the ones shown only', () => {
		const { results, total } = engine.search('the', { limit: 5 });
		expect(total).toBeGreaterThan(50);
		expect(results).toHaveLength(5);
		for (const result of results) {
			expect(result.matches.length).toBeGreaterThan(0);
			for (const match of result.matches) expect(match.ranges.length).toBeGreaterThan(0);
		}
		expect(engine.search('the').results).toHaveLength(total);
	});
});
