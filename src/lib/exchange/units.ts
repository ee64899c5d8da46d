import type { ArticleMeta } from '../content/schema.ts';
import type { Article, SegmentId } from '../content/article-types.ts';
import { canonicalLanguage, LANGUAGE_CODES, type LanguageCode } from '../languages.ts';

export type TranslationStatus = NonNullable<ArticleMeta['translations'][LanguageCode]>['status'];

// A Record, so that a status added to the schema fails to compile here until it is handled.
const STATUSES: Record<TranslationStatus, true> = { source: true, draft: true, reviewed: true };

export function isTranslationStatus(value: string): value is TranslationStatus {
	return Object.hasOwn(STATUSES, value);
}

/** One segment as translation tools see it: its text in each language and notes for translators. */
export interface TranslationUnit {
	id: SegmentId;
	text: Partial<Record<LanguageCode, string>>;
	notes: string[];
}

/** The article's languages in the order of the language table, the order of every export. */
export function articleLanguages(meta: Pick<ArticleMeta, 'languages'>): LanguageCode[] {
	return LANGUAGE_CODES.filter((code) => meta.languages.includes(code));
}

/**
 * Our language code for a language tag in a TMX or XLIFF file: `fa-AF` and `prs` are Dari, and a
 * region on English or Russian (`en-US`, `ru-RU`) is dropped; `fa` alone or `fa-IR` is not Dari.
 */
export function languageOfTag(tag: string): LanguageCode | null {
	return canonicalLanguage(tag) ?? canonicalLanguage(tag.split('-')[0] ?? '');
}

/** The status of the article's version in `language` (validation gives every language one). */
export function statusOf(article: Article, language: LanguageCode): TranslationStatus {
	const translation = article.meta.translations[language];
	if (!translation) {
		throw new Error(
			`content/articles/${article.slug}/meta.json: translations.${language}: missing`
		);
	}
	return translation.status;
}

/**
 * The article's segments in reading order, each with the notes a translator needs that meta.json
 * keeps beside the text: words that were links in the original, and numbers that differ on purpose.
 */
export function translationUnits(article: Article): TranslationUnit[] {
	const notes = new Map<SegmentId, string[]>();
	const note = (id: SegmentId, text: string) => notes.set(id, [...(notes.get(id) ?? []), text]);
	for (const link of article.meta.lostLinks) {
		note(link.segment, `In the original, “${link.text}” was a link; its target was lost.`);
	}
	for (const exception of article.meta.numberExceptions) {
		note(
			exception.segment,
			`The numbers in ${exception.language} differ from the other languages on purpose: ${exception.reason}`
		);
	}
	for (const { segment, note: text } of article.meta.segmentNotes) note(segment, text);
	const languages = articleLanguages(article.meta);
	return article.segmentIds.map((id) => {
		const text: Partial<Record<LanguageCode, string>> = {};
		for (const language of languages) {
			const value = article.text[id]?.[language];
			if (value !== undefined) text[language] = value;
		}
		return { id, text, notes: notes.get(id) ?? [] };
	});
}
