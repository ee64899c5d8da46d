import { directionOf, LANGUAGE_CODES, type LanguageCode, type TextDirection } from '../languages';
import type { LocalizedText } from './schema';

/** A metadata text as the UI shows it: in which language it is, and whether that is a fallback. */
export interface Localized {
	text: string;
	lang: LanguageCode;
	dir: TextDirection;
	/** The UI language has no version of this text: it is shown in another language, and says so. */
	fallback: boolean;
}

/**
 * The version of `field` to show in the `uiLang` interface: its own if it has one, else the
 * article's source language's (which validation guarantees), else any it has, in our languages'
 * order, so a text is never silently blank.
 */
export function localized(
	field: LocalizedText,
	uiLang: LanguageCode,
	sourceLang: LanguageCode
): Localized {
	const lang = [uiLang, sourceLang, ...LANGUAGE_CODES].find((l) => field[l] !== undefined);
	if (lang === undefined) throw new Error('a localized text with no language at all');
	return {
		text: field[lang] as string,
		lang,
		dir: directionOf(lang),
		fallback: lang !== uiLang
	};
}
