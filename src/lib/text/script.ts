import type { LanguageCode } from '../languages.ts';
import { isLetter } from './letters.ts';

/** The writing systems of our languages. */
export type Script = 'latin' | 'cyrillic' | 'arabic';

const SCRIPT_OF_LANGUAGE: Record<LanguageCode, Script> = {
	en: 'latin',
	'fa-AF': 'arabic',
	ru: 'cyrillic'
};

const LETTER_OF_SCRIPT: Record<Script, RegExp> = {
	latin: /\p{Script=Latin}/u,
	cyrillic: /\p{Script=Cyrillic}/u,
	arabic: /\p{Script=Arabic}/u
};

/** The script a language is written in. */
export function scriptOf(language: LanguageCode): Script {
	return SCRIPT_OF_LANGUAGE[language];
}

/** How many letters of each script a text holds. */
export function letterCounts(text: string): Record<Script, number> {
	const counts: Record<Script, number> = { latin: 0, cyrillic: 0, arabic: 0 };
	for (const char of text) {
		if (!isLetter(char)) continue;
		for (const script of Object.keys(LETTER_OF_SCRIPT) as Script[]) {
			if (LETTER_OF_SCRIPT[script].test(char)) counts[script]++;
		}
	}
	return counts;
}

/** The script most of a text's letters are written in, or null for a text without letters. */
export function dominantScript(text: string): Script | null {
	const counts = letterCounts(text);
	let best: Script | null = null;
	for (const script of Object.keys(counts) as Script[]) {
		if (counts[script] > 0 && (best === null || counts[script] > counts[best])) best = script;
	}
	return best;
}

/**
 * Whether a text reads as written in `language`: most of its letters are in the language's script.
 * A text without letters (a number, a date) belongs to every language.
 */
export function isInScriptOf(text: string, language: LanguageCode): boolean {
	const script = dominantScript(text);
	return script === null || script === scriptOf(language);
}
