import type { LanguageCode } from '../languages.ts';
import { isLetter } from './letters.ts';

/**
 * Characters that a published text must not hold, or holds only in one place: what the content
 * check refuses, by kind. Each finder returns one message for a text (its first fault and how many
 * there are), or null.
 *
 * Decisions where Unicode allows more than a reader needs:
 * - Embeddings, overrides and isolates (U+202A–202E, U+2066–2069) are refused everywhere: the
 *   reader gives every column and snippet its own `dir`, so these can only reorder what a reader
 *   sees against what the file says (the "Trojan Source" trick).
 * - The direction marks LRM, RLM and ALM (U+200E, U+200F, U+061C) are allowed in Dari only, where
 *   a mark beside Latin words or digits places the neutral punctuation between them; English and
 *   Russian text has no right-to-left run for a mark to act on.
 * - ZWNJ (U+200C) is Dari spelling between two letters of a word (می‌شود), also in a Dari word
 *   quoted in English or Russian; at a word edge, or between Latin or Cyrillic letters, it does
 *   nothing visible and splits a word for search and term matching.
 * - Every other invisible format character (ZWJ, ZWSP, U+FEFF, U+2060, soft hyphen…) is refused:
 *   none is part of how our languages are written.
 */

export type CharacterFault =
	'control' | 'bidi-control' | 'bidi-mark' | 'invisible' | 'nfc' | 'arabic-digits';

const NAMES: Record<number, string> = {
	0x00: 'NULL',
	0x09: 'CHARACTER TABULATION',
	0x0a: 'LINE FEED',
	0x0d: 'CARRIAGE RETURN',
	0x1b: 'ESCAPE',
	0x7f: 'DELETE',
	0x85: 'NEXT LINE',
	0xad: 'SOFT HYPHEN',
	0x061c: 'ARABIC LETTER MARK',
	0x180e: 'MONGOLIAN VOWEL SEPARATOR',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x2028: 'LINE SEPARATOR',
	0x2029: 'PARAGRAPH SEPARATOR',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)'
};

/** `U+202E (RIGHT-TO-LEFT OVERRIDE)`: how a message names an invisible character. */
export function describeCodePoint(code: number): string {
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = NAMES[code];
	return name ? `${hex} (${name})` : hex;
}

/** Embeddings, overrides and isolates: the characters that reorder a line. */
export function isBidiControl(code: number): boolean {
	return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

const BIDI_MARKS = new Set([0x200e, 0x200f, 0x061c]);
const ZWNJ = 0x200c;
const FORMAT = /\p{Cf}/u;
// C0 and C1 controls (NUL, ESC, a line feed typed into a segment), line and paragraph separators,
// and a surrogate left alone by a broken encoder: a segment is one run of text.
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]|\p{Cs}/u;

interface Char {
	char: string;
	code: number;
	/** Index of the character in the text, in UTF-16 units. */
	index: number;
	/** 1-based place among the text's characters (code points), as a message gives it. */
	place: number;
}

function charsOf(text: string): Char[] {
	const chars: Char[] = [];
	let index = 0;
	// Iterating by code point keeps a lone surrogate as one character of its own.
	for (const char of text) {
		chars.push({ char, code: char.codePointAt(0) ?? 0, index, place: chars.length + 1 });
		index += char.length;
	}
	return chars;
}

/** `what at character 12 (3×): why`, naming the first of the characters found. */
function firstOf(
	found: Char[],
	describe: (first: Char) => { what: string; why?: string }
): string | null {
	const first = found[0];
	if (!first) return null;
	const { what, why } = describe(first);
	const count = found.length > 1 ? ` (${found.length}×)` : '';
	return `${what} at character ${first.place}${count}${why ? `: ${why}` : ''}`;
}

// A letter or a mark on a letter (a Dari vowel sign or hamza), what a ZWNJ may stand between.
const isWordLetter = (char: string | undefined) =>
	char !== undefined && (isLetter(char) || /\p{M}/u.test(char));

function zwnjIsInWord(chars: Char[], at: number): boolean {
	return isWordLetter(chars[at - 1]?.char) && isWordLetter(chars[at + 1]?.char);
}

// A Dari word quoted in English or Russian text keeps its spelling: its ZWNJ stands between two
// Arabic-script letters.
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
function zwnjIsInDariWord(chars: Char[], at: number): boolean {
	const [before, after] = [chars[at - 1]?.char ?? '', chars[at + 1]?.char ?? ''];
	return zwnjIsInWord(chars, at) && ARABIC_SCRIPT.test(before) && ARABIC_SCRIPT.test(after);
}

/** A text's faults of one kind each, in the order a reader should fix them. */
export function characterFaults(
	text: string,
	language: LanguageCode
): { fault: CharacterFault; message: string }[] {
	const chars = charsOf(text);
	const faults: { fault: CharacterFault; message: string | null }[] = [
		{
			fault: 'control',
			message: firstOf(
				chars.filter((c) => CONTROL.test(c.char)),
				(c) =>
					c.code >= 0xd800 && c.code <= 0xdfff
						? { what: `lone surrogate ${describeCodePoint(c.code)}`, why: 'a broken encoding' }
						: {
								what: `control character ${describeCodePoint(c.code)}`,
								why: 'a segment is one run of printable text'
							}
			)
		},
		{
			fault: 'bidi-control',
			message: firstOf(
				chars.filter((c) => isBidiControl(c.code)),
				(c) => ({
					what: `bidi control ${describeCodePoint(c.code)}`,
					why: 'it reorders what a reader sees against what the file says'
				})
			)
		},
		{
			fault: 'bidi-mark',
			message:
				language === 'fa-AF'
					? null
					: firstOf(
							chars.filter((c) => BIDI_MARKS.has(c.code)),
							(c) => ({
								what: `direction mark ${describeCodePoint(c.code)}`,
								why: `${language} text has no right-to-left run for it to act on`
							})
						)
		},
		{
			fault: 'invisible',
			message: firstOf(
				chars.filter(
					(c, i) =>
						FORMAT.test(c.char) &&
						!isBidiControl(c.code) &&
						!BIDI_MARKS.has(c.code) &&
						!(
							c.code === ZWNJ &&
							(language === 'fa-AF' ? zwnjIsInWord(chars, i) : zwnjIsInDariWord(chars, i))
						)
				),
				(c) =>
					c.code === ZWNJ
						? {
								what: `invisible ${describeCodePoint(c.code)}`,
								why:
									language === 'fa-AF'
										? 'at a word edge; it belongs only between two letters of a word'
										: `in ${language} outside a Dari word; it belongs only between two letters of one`
							}
						: { what: `invisible format character ${describeCodePoint(c.code)}` }
			)
		},
		{ fault: 'nfc', message: nfcFault(text) },
		{
			fault: 'arabic-digits',
			message:
				language === 'fa-AF'
					? firstOf(
							chars.filter((c) => c.code >= 0x660 && c.code <= 0x669),
							(c) => ({
								what: `Arabic-Indic digit ${c.char}`,
								why: `Dari writes the Persian ${String.fromCodePoint(c.code + 0x90)}`
							})
						)
					: null
		}
	];
	return faults.filter((f): f is { fault: CharacterFault; message: string } => f.message !== null);
}

// A base character with the marks that follow it: the unit NFC composes.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

function nfcFault(text: string): string | null {
	if (text.normalize('NFC') === text) return null;
	const clusters = [...text.matchAll(CLUSTER)].filter((m) => m[0].normalize('NFC') !== m[0]);
	const first = clusters[0];
	const place = first ? [...text.slice(0, first.index)].length + 1 : 1;
	const shown = first
		? `"${first[0]}" (${[...first[0]].map((c) => describeCodePoint(c.codePointAt(0) ?? 0)).join(' ')}) should be ${[
				...first[0].normalize('NFC')
			]
				.map((c) => describeCodePoint(c.codePointAt(0) ?? 0))
				.join(' ')}`
		: 'a sequence of characters';
	return `not in Unicode NFC (composed form): ${shown} at character ${place}${clusters.length > 1 ? ` (${clusters.length}×)` : ''}`;
}
