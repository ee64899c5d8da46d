import { splitBidiRuns } from '../bidi.ts';
import type { LanguageCode, TextDirection } from '../languages.ts';
import type { SegmentTerms } from './glossary.ts';
import { splitByTerms } from './terms.ts';

/** The reader's markup of each segment, by segment and language (HTML strings). */
export type SegmentMarkup = Record<string, Partial<Record<LanguageCode, string>>>;

// Escaped as a browser writes HTML back out (innerHTML), so that the sanitizer, which parses and
// re-serializes, returns exactly what it was given.
const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	'\u00a0': '&nbsp;'
};

/** Text made safe as element content. */
export function escapeText(text: string): string {
	return text.replace(/[&<>\u00a0]/g, (c) => ESCAPES[c]!);
}

/** Text made safe as a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
	return text.replace(/[&"\u00a0]/g, (c) => ESCAPES[c]!);
}

function isolated(text: string, dir: TextDirection): string {
	if (dir !== 'rtl') return escapeText(text);
	return splitBidiRuns(text)
		.map((run) => (run.ltr ? `<bdi dir="ltr">${escapeText(run.text)}</bdi>` : escapeText(run.text)))
		.join('');
}

/**
 * One segment as the reader shows it: each glossary term a link to its entry that opens the
 * term popover, and in right-to-left text each Latin run isolated. Built on the server so that
 * hydrating an article page has a string to adopt rather than a thousand small components to set
 * up; the caller sanitizes it.
 */
export function segmentMarkup(
	text: string,
	terms: readonly { term: string; start: number; end: number }[],
	dir: TextDirection,
	termHref: (term: string) => string
): string {
	return splitByTerms(text, terms)
		.map(({ text: piece, term }) =>
			term
				? `<a href="${escapeAttribute(termHref(term))}" class="term">${isolated(piece, dir)}</a>`
				: isolated(piece, dir)
		)
		.join('');
}

/** The markup of every segment of an article in every language it has. */
export function articleMarkup(
	text: Record<string, Partial<Record<LanguageCode, string>>>,
	segmentTerms: SegmentTerms,
	directionOf: (language: LanguageCode) => TextDirection,
	termHref: (term: string) => string
): SegmentMarkup {
	const markup: SegmentMarkup = {};
	for (const [id, languages] of Object.entries(text)) {
		const cells: Partial<Record<LanguageCode, string>> = {};
		for (const [language, segment] of Object.entries(languages) as [LanguageCode, string][]) {
			cells[language] = segmentMarkup(
				segment,
				segmentTerms[id]?.[language] ?? [],
				directionOf(language),
				termHref
			);
		}
		markup[id] = cells;
	}
	return markup;
}

/**
 * An article's markup as the server's page data holds it. The page's HTML already carries every
 * cell, so the data sent for hydration carries none of it (`src/hooks.ts` encodes this as an
 * empty value); in the browser `markup` is absent and is read back from the rendered rows
 * (`markupFromRows`).
 */
export class PageText {
	constructor(readonly markup?: SegmentMarkup) {}
}

/**
 * The segment markup a rendered article page carries, read back from its rows: each
 * `.segment-row`'s cells (`.segment[lang]`) without their list markers, a cell that shows
 * the missing-translation mark left out. What the server wrote, byte for byte, because the
 * sanitizer already returns markup as the browser serializes it.
 */
export function markupFromRows(root: ParentNode): SegmentMarkup {
	const markup: SegmentMarkup = {};
	for (const row of root.querySelectorAll<HTMLElement>('.segment-row')) {
		const cells: Partial<Record<LanguageCode, string>> = (markup[row.id] ??= {});
		for (const cell of row.querySelectorAll(':scope > .segment[lang]')) {
			if (cell.querySelector(':scope > .segment-missing')) continue;
			const html = cell.innerHTML;
			cells[cell.getAttribute('lang') as LanguageCode] = cell.firstElementChild?.matches(
				'.item-marker'
			)
				? html.slice(cell.firstElementChild.outerHTML.length)
				: html;
		}
	}
	return markup;
}

/** What the cells of one language share in every row: their element's attributes. */
export interface CellFrame {
	language: LanguageCode;
	dir: TextDirection;
	/** The language, and its status if a draft, shown above the cell in the line-by-line view. */
	label: string;
}

/** A segment's markup without its term links, for a reader who turned the terms off. */
export function withoutTermLinks(markup: string): string {
	return markup.replace(/<a\s[^>]*>|<\/a>/g, '');
}

/** The mark of a missing translation, in the interface's language. */
export function missingMarkup(label: string, lang: LanguageCode, dir: TextDirection): string {
	return `<span class="segment-missing" lang="${lang}" dir="${dir}">${escapeText(label)}</span>`;
}

/**
 * The cells of one row, in the reader's order of languages: each language's segment markup
 * (already sanitized) in a `tag` element that carries its lang and dir, or `missing` where that
 * translation is missing. One string per row: hydration adopts it whole.
 */
export function rowCellsMarkup(
	tag: 'p' | `h${number}`,
	frames: readonly CellFrame[],
	cells: Partial<Record<LanguageCode, string>> | undefined,
	missing: string,
	marker?: ListMarker
): string {
	return frames
		.map(({ language, dir }) => {
			const content = cells?.[language] || missing;
			const mark = marker
				? `<span class="item-marker">${escapeText(listMarker(marker, language))}</span>`
				: '';
			return `<${tag} class="segment" lang="${language}" dir="${dir}">${mark}${content}</${tag}>`;
		})
		.join('');
}

/** A list item's marker as structure: a bullet, or its number and how the list counts. */
export interface ListMarker {
	style: 'bullet' | 'decimal' | 'lower-alpha';
	number?: number;
}

// Dari counts lettered lists with the abjad order, Russian with its own alphabet.
const LETTERS: Record<LanguageCode, string[]> = {
	en: [...'abcdefghijklmnopqrstuvwxyz'],
	ru: [...'абвгдежзиклмнопрстуфхцчшщэюя'],
	'fa-AF': [
		'الف',
		'ب',
		'ج',
		'د',
		'ه',
		'و',
		'ز',
		'ح',
		'ط',
		'ی',
		'ک',
		'ل',
		'م',
		'ن',
		'س',
		'ع',
		'ف',
		'ص',
		'ق',
		'ر',
		'ش',
		'ت'
	]
};

/**
 * A list item's marker as each language writes it: `2.` in English and Russian, `۲.` in Dari;
 * `b)`, `б)`, `ب)` for lettered lists; a bullet where the list is not numbered.
 */
export function listMarker({ style, number }: ListMarker, language: LanguageCode): string {
	if (style === 'bullet' || !number) return '•';
	if (style === 'lower-alpha') return `${LETTERS[language][number - 1] ?? number})`;
	const digits =
		language === 'fa-AF'
			? String(number).replace(/[0-9]/g, (d) => String.fromCodePoint(0x6f0 + Number(d)))
			: String(number);
	return `${digits}.`;
}
