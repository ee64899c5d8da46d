import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { directionOf, LANGUAGE_CODES } from '$lib/languages';
import { findArticle, loadLibrary } from '$lib/server/content';
import { sanitizeSegmentMarkup } from '$lib/server/sanitize';
import { termsBySegment } from './glossary';
import { termOfLink } from '$lib/glossary/term-link';
import { splitByTerms } from './terms';
import {
	articleMarkup,
	escapeAttribute,
	listMarker,
	missingMarkup,
	rowCellsMarkup,
	segmentMarkup,
	withoutTermLinks
} from './segment-markup';

// Parses markup as a browser does, to read back what it holds.
const { document } = new JSDOM('').window;

const termHref = (term: string) => `/fa-AF/glossary/${term}/`;

describe('segmentMarkup', () => {
	it('links terms and isolates Latin runs in right-to-left text', () => {
		expect(
			segmentMarkup('بین ۱۰ و KCNA 2025', [{ term: 'kcna', start: 9, end: 18 }], 'rtl', termHref)
		).toBe(
			'بین ۱۰ و <a href="/fa-AF/glossary/kcna/" class="term"><bdi dir="ltr">KCNA 2025</bdi></a>'
		);
	});

	it('escapes the text it is given', () => {
		expect(segmentMarkup('a <b> & "c"\u00a0%', [], 'ltr', termHref)).toBe(
			'a &lt;b&gt; &amp; "c"&nbsp;%'
		);
		expect(escapeAttribute('a"b&c')).toBe('a&quot;b&amp;c');
	});

	it('keeps, for every segment of the real article, all its text and every term as a link', () => {
		const article = findArticle('kpa-kursk')!;
		const segmentTerms = termsBySegment(loadLibrary().occurrences, article.segmentIds);
		const markup = articleMarkup(article.text, segmentTerms, directionOf, termHref);
		let compared = 0;
		for (const id of article.segmentIds) {
			for (const language of LANGUAGE_CODES) {
				const holder = document.createElement('div');
				holder.innerHTML = markup[id]?.[language] ?? '';
				const where = `${id} ${language}`;
				expect(holder.textContent, where).toBe(article.text[id]?.[language]);
				const links = [...holder.querySelectorAll('a.term')].map((a) => [
					termOfLink(a),
					a.textContent
				]);
				// Where occurrences overlap, splitByTerms picks which one is the link.
				const terms = splitByTerms(
					article.text[id]?.[language] ?? '',
					segmentTerms[id]?.[language] ?? []
				)
					.filter((piece) => piece.term)
					.map((piece) => [piece.term, piece.text]);
				expect(links, where).toEqual(terms);
				if (directionOf(language) === 'rtl') {
					for (const bdi of holder.querySelectorAll('bdi')) {
						expect(bdi.getAttribute('dir'), where).toBe('ltr');
						expect(bdi.textContent, where).toMatch(/[A-Za-z0-9]/);
						bdi.remove();
					}
					// Every Latin word of right-to-left text was isolated.
					expect(holder.textContent, where).not.toMatch(/[A-Za-z]/);
				} else {
					expect(holder.querySelector('bdi'), where).toBeNull();
				}
				compared++;
			}
		}
		expect(compared).toBe(article.segmentIds.length * LANGUAGE_CODES.length);
	});

	it('builds only markup the sanitizer keeps as it is', () => {
		const article = findArticle('kpa-kursk')!;
		const segmentTerms = termsBySegment(loadLibrary().occurrences, article.segmentIds);
		const markup = articleMarkup(article.text, segmentTerms, directionOf, termHref);
		for (const [id, cells] of Object.entries(markup)) {
			for (const [language, html] of Object.entries(cells)) {
				expect(sanitizeSegmentMarkup(html), `${id} ${language}`).toBe(html);
			}
		}
	});

	it('without its term links is, for every segment of the real article, the plain markup', () => {
		const article = findArticle('kpa-kursk')!;
		const segmentTerms = termsBySegment(loadLibrary().occurrences, article.segmentIds);
		const linked = articleMarkup(article.text, segmentTerms, directionOf, termHref);
		const plain = articleMarkup(article.text, {}, directionOf, termHref);
		let links = 0;
		for (const [id, cells] of Object.entries(linked)) {
			for (const [language, html] of Object.entries(cells)) {
				links += html.split('<a ').length - 1;
				expect(withoutTermLinks(html), `${id} ${language}`).toBe(
					plain[id]?.[language as keyof typeof cells]
				);
			}
		}
		expect(links).toBeGreaterThan(300);
	});
});

describe('rowCellsMarkup', () => {
	const frames = [
		{ language: 'fa-AF', dir: 'rtl', label: 'دری · پیش‌نویس' },
		{ language: 'en', dir: 'ltr', label: 'English "source"' }
	] as const;
	const missing = missingMarkup('Not translated <yet>', 'en', 'ltr');

	it('puts each language in its element, in the order given, with its lang and dir', () => {
		expect(rowCellsMarkup('h2', frames, { en: 'One', 'fa-AF': 'یک' }, missing)).toBe(
			'<h2 class="segment" lang="fa-AF" dir="rtl">یک</h2>' +
				'<h2 class="segment" lang="en" dir="ltr">One</h2>'
		);
	});

	it('marks a missing translation instead of closing the gap', () => {
		expect(rowCellsMarkup('p', frames, { en: 'One' }, missing)).toBe(
			'<p class="segment" lang="fa-AF" dir="rtl">' +
				'<span class="segment-missing" lang="en" dir="ltr">Not translated &lt;yet&gt;</span></p>' +
				'<p class="segment" lang="en" dir="ltr">One</p>'
		);
		expect(rowCellsMarkup('p', frames.slice(1), undefined, missing)).toContain(missing);
	});
});

describe('listMarker', () => {
	it.each([
		[{ style: 'decimal', number: 12 }, 'en', '12.'],
		[{ style: 'decimal', number: 12 }, 'fa-AF', '۱۲.'],
		[{ style: 'lower-alpha', number: 2 }, 'en', 'b)'],
		[{ style: 'lower-alpha', number: 2 }, 'ru', 'б)'],
		[{ style: 'lower-alpha', number: 1 }, 'fa-AF', 'الف)'],
		[{ style: 'bullet' }, 'ru', '•']
	] as const)('%o in %s is %s', (marker, language, expected) => {
		expect(listMarker(marker, language)).toBe(expected);
	});

	it('puts the marker at the start of every cell of the row', () => {
		const frames = [
			{ language: 'en', dir: 'ltr', label: 'English' },
			{ language: 'fa-AF', dir: 'rtl', label: 'دری' }
		] as const;
		const row = rowCellsMarkup('p', frames, { en: 'One', 'fa-AF': 'یک' }, '', {
			style: 'decimal',
			number: 3
		});
		expect(row).toContain('dir="ltr"><span class="item-marker">3.</span>One</p>');
		expect(row).toContain('<span class="item-marker">۳.</span>یک</p>');
	});
});
