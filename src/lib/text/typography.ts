import type { LanguageCode } from '../languages.ts';
import { isLetter } from './letters.ts';

/** The kinds of change `normalizeTypography` makes, each counted in its report. */
export type TypographyChange = 'unicode-nfc' | 'arabic-letters' | 'stray-spaces' | 'quotes';

export interface NormalizedTypography {
	text: string;
	/** How many characters (or runs) of each kind were changed. */
	changes: Record<TypographyChange, number>;
}

/** Arabic letters that Dari writes with their Persian forms. */
export const ARABIC_TO_PERSIAN: Record<string, string> = { ي: 'ی', ى: 'ی', ك: 'ک' };
const ARABIC_LETTERS = /[يىك]/g;

/** Each language's quotation marks: outer pair, and the pair for quotations inside quotations. */
export const QUOTES: Record<LanguageCode, { open: string; close: string; apostrophe: string }> = {
	en: { open: '“', close: '”', apostrophe: '’' },
	ru: { open: '«', close: '»', apostrophe: '’' },
	'fa-AF': { open: '«', close: '»', apostrophe: '’' }
};

const ZWNJ = '\u200C';
// Spaces that no writer means: runs of spaces, spaces before punctuation that closes, and ZWNJ
// at the edge of a word (next to a space, punctuation or the end), where it joins nothing.
const SPACE_RUN = /[ \u00A0]{2,}/g;
const SPACE_BEFORE_PUNCTUATION = / +(?=[,.;:!?،؛؟)\]»”])/g;
const EDGE_ZWNJ = new RegExp(
	`${ZWNJ}+(?=[\\s\\p{P}]|$)|(?<=^|[\\s\\p{P}])${ZWNJ}+|${ZWNJ}{2,}`,
	'gu'
);

function countAndReplace(
	text: string,
	pattern: RegExp,
	replacement: string | ((match: string) => string)
): [string, number] {
	let count = 0;
	const replaced = text.replace(pattern, (match) => {
		count++;
		return typeof replacement === 'string' ? replacement : replacement(match);
	});
	return [replaced, count];
}

/**
 * Typewriter quotation marks turned into the language's own: a straight double quote opens at the
 * start of the text or after a space or an opening bracket, and closes elsewhere; a straight
 * single quote between letters is an apostrophe.
 */
function typesetQuotes(text: string, language: LanguageCode): [string, number] {
	const { open, close, apostrophe } = QUOTES[language];
	let count = 0;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i] as string;
		const before = i === 0 ? ' ' : (text[i - 1] as string);
		const after = text[i + 1] ?? ' ';
		if (char === '"') {
			out += /[\s([{«“—–-]/u.test(before) ? open : close;
			count++;
		} else if (char === "'" && isLetter(before) && isLetter(after)) {
			out += apostrophe;
			count++;
		} else out += char;
	}
	return [out, count];
}

/**
 * Normalizes what real files carry and nothing else: Unicode to NFC, Arabic ي/ك to Persian
 * ی/ک in Dari, stray spaces and ZWNJ at word edges, typewriter quotes to the language's own.
 * Each kind of change is counted, so an import can report it.
 */
export function normalizeTypography(text: string, language: LanguageCode): NormalizedTypography {
	const changes: Record<TypographyChange, number> = {
		'unicode-nfc': 0,
		'arabic-letters': 0,
		'stray-spaces': 0,
		quotes: 0
	};
	let out = text.normalize('NFC');
	if (out !== text) changes['unicode-nfc'] = Math.max(1, text.length - out.length);
	let count: number;
	if (language === 'fa-AF') {
		[out, count] = countAndReplace(out, ARABIC_LETTERS, (c) => ARABIC_TO_PERSIAN[c] as string);
		changes['arabic-letters'] = count;
	}
	let spaces = 0;
	[out, count] = countAndReplace(out, SPACE_RUN, ' ');
	spaces += count;
	[out, count] = countAndReplace(out, SPACE_BEFORE_PUNCTUATION, '');
	spaces += count;
	[out, count] = countAndReplace(out, EDGE_ZWNJ, '');
	spaces += count;
	const trimmed = out.trim();
	if (trimmed !== out) spaces++;
	changes['stray-spaces'] = spaces;
	[out, changes.quotes] = typesetQuotes(trimmed, language);
	return { text: out, changes };
}
