import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import { loadArticles } from '../server/content';
import { libraryOrder, neighbours } from './library-order';
import type { LocalizedText } from './schema';

const article = (slug: string, published: string, title: LocalizedText) => ({
	slug,
	meta: { published, title, sourceLanguage: 'en' as const }
});

describe('libraryOrder', () => {
	const older = article('older', '2025-04-30', { en: 'Zebra', ru: 'Зебра', 'fa-AF': 'گورخر' });
	const newer = article('newer', '2026-11-29', { en: 'Yak', ru: 'Як', 'fa-AF': 'کژ' });
	// Same day as `newer`; in Dari, بز comes before کژ; untranslated into Russian.
	const sameDay = article('same-day', '2026-11-29', { en: 'Alpaca', 'fa-AF': 'بز' });
	const sameTitle = article('a-same-title', '2026-11-29', { en: 'Yak', ru: 'Як', 'fa-AF': 'کژ' });

	it.each<[LanguageCode, string[]]>([
		['en', ['same-day', 'a-same-title', 'newer', 'older']],
		['fa-AF', ['same-day', 'a-same-title', 'newer', 'older']],
		// Russian readers see "Alpaca" in English, and Russian collation puts Cyrillic first.
		['ru', ['a-same-title', 'newer', 'same-day', 'older']]
	])('in %s: newest first, then by the title shown, then by slug', (ui, expected) => {
		expect(libraryOrder([older, newer, sameDay, sameTitle], ui).map((a) => a.slug)).toEqual(
			expected
		);
	});

	it('collates titles in the UI language (Dari پ after ب, before ت)', () => {
		const be = article('be', '2026-01-01', { en: 'B', 'fa-AF': 'ت' });
		const pe = article('pe', '2026-01-01', { en: 'A', 'fa-AF': 'پ' });
		const te = article('te', '2026-01-01', { en: 'C', 'fa-AF': 'ب' });
		expect(libraryOrder([be, pe, te], 'fa-AF').map((a) => a.slug)).toEqual(['te', 'pe', 'be']);
		expect(libraryOrder([be, pe, te], 'en').map((a) => a.slug)).toEqual(['pe', 'be', 'te']);
	});

	it.each(LANGUAGE_CODES)('lists every article in content/, newest first (%s)', (ui) => {
		const articles = loadArticles();
		const ordered = libraryOrder(articles, ui);
		expect(ordered.map((a) => a.slug).sort()).toEqual(articles.map((a) => a.slug).sort());
		const dates = ordered.map((a) => a.meta.published);
		expect(dates).toEqual([...dates].sort().reverse());
	});
});

describe('neighbours', () => {
	const list = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];
	it.each([
		['a', null, 'b'],
		['b', 'a', 'c'],
		['c', 'b', null],
		['missing', null, null]
	])('%s: previous %s, next %s', (slug, previous, next) => {
		const found = neighbours(list, slug);
		expect(found.previous?.slug ?? null).toBe(previous);
		expect(found.next?.slug ?? null).toBe(next);
	});

	it('walks every article of content/ from the newest to the oldest by "next"', () => {
		const ordered = libraryOrder(loadArticles(), 'en');
		const visited: string[] = [];
		for (let at = ordered[0] ?? null; at; at = neighbours(ordered, at.slug).next) {
			visited.push(at.slug);
		}
		expect(visited).toEqual(ordered.map((a) => a.slug));
		expect(neighbours(ordered, ordered[0]!.slug).previous).toBeNull();
	});
});
