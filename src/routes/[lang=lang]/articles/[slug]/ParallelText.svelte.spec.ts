import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { SvelteSet } from 'svelte/reactivity';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n';
import en from '../../../../../locales/en/common.json';
import { markupFromRows } from '$lib/content/segment-markup';
import type { TermLinks } from '$lib/reader/preferences';
import { findArticle, loadArticles } from '$lib/server/content';
import { readerMarkup } from '$lib/server/reader-markup';
import ParallelText from './ParallelText.svelte';

const article = findArticle('kpa-kursk')!;
const markupOf = (text: typeof article.text, segmentIds = article.segmentIds) =>
	readerMarkup(text, segmentIds, 'en');

function renderRows(
	text = article.text,
	termLinks: TermLinks = 'all',
	blocks = article.blocks.slice(1, 2)
) {
	return render(ParallelText, {
		props: {
			article,
			blocks,
			settings: {
				languages: ['ru', 'fa-AF'],
				view: 'columns',
				folded: new SvelteSet<string>(),
				termLinks
			},
			copyLink: () => undefined,
			uiLanguage: 'en',
			showColumnHeads: true,
			segmentMarkup: markupOf(text),
			t: createTranslator('en', en)
		}
	}).body.replace(/<!--.*?-->/g, '');
}

describe('ParallelText', () => {
	it('renders the chosen languages in the chosen order, each cell with lang and dir', () => {
		const html = renderRows();
		const cells = [...html.matchAll(/<p class="segment[^"]*" lang="([^"]+)" dir="([^"]+)"/g)].map(
			(m) => `${m[1]}/${m[2]}`
		);
		expect(cells).toEqual(['ru/ltr', 'fa-AF/rtl', 'ru/ltr', 'fa-AF/rtl']);
	});

	it('marks draft translations in the column heads', () => {
		const html = renderRows();
		expect(html).toContain(
			'Russian</span> <span class="status status-draft">Draft translation</span>'
		);
	});

	it('shows a gap, never closes it up, where a translation is missing', () => {
		const text = structuredClone(article.text);
		delete (text['kpa-kursk:1.2'] as Partial<Record<string, string>>)['fa-AF'];
		const html = renderRows(text);
		expect(html).toMatch(
			/<span class="segment-missing" lang="en" dir="ltr">Not translated yet<\/span>/
		);
		expect(html.match(/<p class="segment/g)).toHaveLength(4);
	});

	it('shows terms as links to their glossary entries, or as plain text when turned off', () => {
		const linked = renderRows();
		expect(linked).toMatch(/<a href="\/en\/glossary\/[a-z0-9-]+\/" class="term">/);
		const plain = renderRows(article.text, 'off');
		expect(plain).not.toContain('class="term"');
		const text = (html: string) => html.replace(/<[^>]+>/g, '');
		expect(text(plain)).toBe(text(linked));
	});

	it('names each row as a passage, the title row as the title, in the interface language', () => {
		const html = renderRows(article.text, 'all', article.blocks.slice(0, 2));
		const names = [...html.matchAll(/role="group" aria-label="([^"]+)"/g)].map((m) => m[1]);
		expect(names).toEqual(['Title', 'Passage 1.1', 'Passage 1.2']);
	});

	it('makes a heading row a heading in its first column only, each cell after its label', () => {
		const html = renderRows(article.text, 'all', article.blocks.slice(0, 1));
		expect(html.match(/<h1 /g)).toHaveLength(1);
		expect(html).toMatch(/<h1 class="segment[^"]*" lang="ru"/);
		expect(html).toMatch(/<p class="segment[^"]*" lang="fa-AF"/);
		const labels = [
			...html.matchAll(
				/<span class="segment-label">([^<]+)<\/span><(h1|p) class="segment[^"]*" lang="([^"]+)"/g
			)
		].map((m) => `${m[1]}/${m[3]}`);
		expect(labels).toEqual(['Russian · draft/ru', 'Dari · draft/fa-AF']);
	});

	// The browser reads the text back from the rows the server rendered (the page's data carries
	// none): it must get exactly what the server built, or hydration would rebuild every row.
	it.each(loadArticles().map((each) => [each.slug, each] as const))(
		'gives back, read from its rendered rows, every cell of %s exactly as built',
		(_slug, each) => {
			const text = structuredClone(each.text);
			const [firstId] = each.segmentIds;
			delete (text[firstId!] as Partial<Record<string, string>>)['ru'];
			const built = markupOf(text, each.segmentIds);
			const html = render(ParallelText, {
				props: {
					article: each,
					blocks: each.blocks,
					settings: {
						languages: each.meta.languages,
						view: 'columns',
						folded: new SvelteSet<string>(),
						termLinks: 'all'
					},
					copyLink: () => undefined,
					uiLanguage: 'en',
					segmentMarkup: built,
					t: createTranslator('en', en)
				}
			}).body;
			const read = markupFromRows(new JSDOM(html).window.document);
			expect(Object.keys(read)).toEqual(each.segmentIds);
			expect(read[firstId!]).not.toHaveProperty('ru');
			expect(read).toEqual(built);
		}
	);
});
