import { WORD } from './letters.ts';
import type { NormalizedText } from './normalize';

export interface KeyWord {
	word: string;
	/** Range in the normalized key. */
	start: number;
	end: number;
}

/**
 * The words of a normalized text. Where the original joined two words with a ZWNJ (Dari
 * `اشغال‌شده`), the joined spelling is a word too, so a query typed without the ZWNJ finds it.
 */
export function wordsOf(normalized: NormalizedText, original?: string): KeyWord[] {
	const words: KeyWord[] = [];
	let previous: KeyWord | null = null;
	for (const match of normalized.key.matchAll(WORD)) {
		const word = {
			word: match[0],
			start: match.index ?? 0,
			end: (match.index ?? 0) + match[0].length
		};
		if (
			previous &&
			original &&
			word.start === previous.end + 1 &&
			original[normalized.offsets[previous.end] ?? -1] === '\u200C'
		) {
			words.push({ word: previous.word + word.word, start: previous.start, end: word.end });
		}
		words.push(word);
		previous = word;
	}
	return words;
}
