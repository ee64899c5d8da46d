import { describe, expect, it } from 'vitest';
import { loadArticles } from '../server/content';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import { localized } from './localized';
import type { LocalizedText } from './schema';

describe('localized', () => {
	const title: LocalizedText = { en: 'Title', ru: 'Заголовок' };
	it.each<[LocalizedText, LanguageCode, LanguageCode, string, LanguageCode, boolean]>([
		[title, 'ru', 'en', 'Заголовок', 'ru', false],
		[title, 'en', 'en', 'Title', 'en', false],
		[title, 'fa-AF', 'en', 'Title', 'en', true],
		[title, 'fa-AF', 'ru', 'Заголовок', 'ru', true],
		[{ 'fa-AF': 'عنوان' }, 'en', 'fa-AF', 'عنوان', 'fa-AF', true],
		// Validation never lets the source language be missing; if it were, any text beats none.
		[{ ru: 'Заголовок' }, 'fa-AF', 'en', 'Заголовок', 'ru', true]
	])('%j in %s (source %s) is %s, in %s', (field, ui, source, text, lang, fallback) => {
		expect(localized(field, ui, source)).toEqual({
			text,
			lang,
			dir: lang === 'fa-AF' ? 'rtl' : 'ltr',
			fallback
		});
	});

	it('refuses a text with no language at all', () => {
		expect(() => localized({}, 'en', 'en')).toThrow('no language');
	});

	it('titles every article of content/ in its own languages without a fallback', () => {
		for (const { meta } of loadArticles()) {
			for (const ui of LANGUAGE_CODES) {
				const shown = localized(meta.title, ui, meta.sourceLanguage);
				expect(shown.text, `${meta.slug} in ${ui}`).not.toBe('');
				if (meta.languages.includes(ui)) expect(shown).toMatchObject({ lang: ui, fallback: false });
			}
		}
	});
});
