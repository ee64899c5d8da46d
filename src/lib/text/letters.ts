/**
 * What counts as a letter and as a word character, in one place for content, terms, search and
 * import. Marks belong to words: Dari vowel signs and hamza, and a Latin accent typed apart.
 */

/** One letter of any script. */
export const LETTER = /\p{L}/u;

/** One character of a word: a letter, a digit or a combining mark. */
export const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Every run of word characters, for `matchAll`. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Whether `char` (one character, or undefined before the start and after the end) is a letter. */
export function isLetter(char: string | undefined): boolean {
	return char !== undefined && LETTER.test(char);
}

/** Whether `char` is part of a word. */
export function isWordChar(char: string | undefined): boolean {
	return char !== undefined && WORD_CHAR.test(char);
}

/** The words of a text, in order, without what separates them. */
export function splitWords(text: string): string[] {
	return text.match(WORD) ?? [];
}
