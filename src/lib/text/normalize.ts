/**
 * Search-key normalization, used alike when building indexes and term occurrences and when
 * reading a query. It builds a key only: displayed text is never altered, and `offsets` maps
 * every key position back to the original text so highlights land on the right characters.
 */
import { isBidiControl } from './characters.ts';

export interface NormalizedText {
	/** The folded text. */
	key: string;
	/** `offsets[i]` is the index in the original text of key character `i`; one extra entry
	 * holds the original length, so `offsets[end]` is a valid exclusive end. */
	offsets: number[];
}

const REMOVED = new Set([
	'\u200E', // left-to-right mark
	'\u200F', // right-to-left mark
	'\u061C', // Arabic letter mark
	'\uFEFF', // byte order mark
	'\u00AD', // soft hyphen
	'\u0640' // tatweel
]);

const REPLACED: Record<string, string> = {
	'\u200C': ' ', // zero-width non-joiner: Dari writes it where others type a space or nothing
	'\u200D': ' ',
	ي: 'ی',
	ى: 'ی',
	ئ: 'ی',
	ك: 'ک',
	ة: 'ه',
	ۀ: 'ه',
	ھ: 'ه',
	أ: 'ا',
	إ: 'ا',
	آ: 'ا',
	ٱ: 'ا',
	ؤ: 'و',
	'٫': '.',
	'٬': ',',
	'٪': '%',
	ё: 'е'
};

const isArabicDiacritic = (code: number) => (code >= 0x064b && code <= 0x065f) || code === 0x0670;
const DIGIT_ZEROS = [0x660, 0x6f0];
const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/;

/** Folds one original character (already NFKC and lower-cased) to zero or more key characters. */
function fold(char: string): string {
	if (REMOVED.has(char)) return '';
	const code = char.codePointAt(0) ?? 0;
	if (isBidiControl(code) || isArabicDiacritic(code)) return '';
	if (char in REPLACED) return REPLACED[char] as string;
	const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
	if (zero !== undefined) return String(code - zero);
	// Latin accents go (é → e); Cyrillic й and Arabic letters keep theirs.
	if (LATIN_WITH_MARKS.test(char)) return char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	return /\s/.test(char) ? ' ' : char;
}

/** The search key of `text` and the map from key positions back to `text`. */
export function normalizeForSearch(text: string): NormalizedText {
	let key = '';
	const offsets: number[] = [];
	let index = 0;
	for (const original of text) {
		const folded = [...original.normalize('NFKC').toLowerCase()].map(fold).join('');
		for (const char of folded) {
			// Runs of spaces (and of ZWNJ turned into spaces) count as one.
			if (char === ' ' && (key === '' || key.endsWith(' '))) continue;
			key += char;
			// One offset per UTF-16 unit: callers index the key as a JS string, and a key character
			// beyond the BMP (an emoji, 𝔸) is two of them.
			for (let unit = 0; unit < char.length; unit++) offsets.push(index);
		}
		index += original.length;
	}
	if (key.endsWith(' ')) {
		key = key.slice(0, -1);
		offsets.pop();
	}
	offsets.push(text.length);
	return { key, offsets };
}

/** Just the key, for queries and forms that need no way back. */
export function searchKey(text: string): string {
	return normalizeForSearch(text).key;
}

/**
 * Maps a key range back to the original text: `[start, end)` in the key covers
 * `[offsets[start], end of the character at offsets[end - 1])` in the original.
 */
export function originalRange(
	normalized: NormalizedText,
	start: number,
	end: number,
	text: string
): [number, number] {
	const from = normalized.offsets[start] ?? text.length;
	const last = normalized.offsets[end - 1] ?? from;
	// The end is the end of the last original character (a surrogate pair is two units), and
	// the marks that sit on it: a highlight never splits a letter from its hamza or vowel sign.
	const lastCode = text.codePointAt(last) ?? 0;
	let to = last + (lastCode > 0xffff ? 2 : 1);
	while (to < text.length && /\p{M}/u.test(text[to] as string)) to++;
	return [from, to];
}
