import type { LanguageCode } from '../languages.ts';

/**
 * A language name standing alone as a label: capitalized as every language writes labels
 * ("Русский"), where Russian writes it in lower case inside a sentence ("русский"). Done in the
 * text, not by CSS, so that what a screen reader reads is what is shown.
 */
export function asLabel(text: string, lang: LanguageCode): string {
	const [first = ''] = text;
	return first.toLocaleUpperCase(lang) + text.slice(first.length);
}
