import { describe, expect, it } from 'vitest';
import { termsBySegment } from '$lib/content/glossary';
import { articleMarkup } from '$lib/content/segment-markup';
import { directionOf } from '$lib/languages';
import { findArticle, loadLibrary } from '$lib/server/content';
import { sanitizeArticleMarkup } from '$lib/server/sanitize';
import { limitTermLinks } from './term-links';

const link = (term: string, text: string) =>
	`<a href="/en/glossary/${term}/" class="term">${text}</a>`;

describe('limitTermLinks', () => {
	const cell = `${link('dprk', 'DPRK')} and ${link('kpa', 'KPA')}: the ${link('dprk', '<bdi dir="ltr">DPRK</bdi>')} again`;
	it.each([
		['all', cell],
		[
			'first',
			`${link('dprk', 'DPRK')} and ${link('kpa', 'KPA')}: the <bdi dir="ltr">DPRK</bdi> again`
		],
		['off', 'DPRK and KPA: the <bdi dir="ltr">DPRK</bdi> again']
	] as const)('%s', (mode, expected) => {
		expect(limitTermLinks(cell, mode)).toBe(expected);
	});

	// The real article: a term repeated in a passage keeps one link per language, and no text is lost.
	it('keeps one link per term and language in each passage of kpa-kursk', () => {
		const article = findArticle('kpa-kursk')!;
		const markup = sanitizeArticleMarkup(
			articleMarkup(
				article.text,
				termsBySegment(loadLibrary().occurrences, article.segmentIds),
				directionOf,
				(term) => `/en/glossary/${term}/`
			)
		);
		const terms = (html: string) => [...html.matchAll(/\/glossary\/([^/"]+)\/"/g)].map((m) => m[1]);
		const text = (html: string) => html.replace(/<[^>]+>/g, '');
		let dropped = 0;
		for (const cells of Object.values(markup)) {
			for (const html of Object.values(cells) as string[]) {
				const first = limitTermLinks(html, 'first');
				expect(terms(first)).toEqual([...new Set(terms(html))]);
				expect(text(first)).toBe(text(html));
				dropped += terms(html).length - terms(first).length;
			}
		}
		// The article repeats terms within passages: the setting changes something.
		expect(dropped).toBeGreaterThan(0);
	});
});
