import i18next, { type TFunction } from 'i18next';
import en from '../../../locales/en/common.json';
import faAF from '../../../locales/fa-AF/common.json';
import ru from '../../../locales/ru/common.json';
import type { LanguageCode } from '../languages';

/** The UI strings of every language, by namespace. */
export const resources = {
	en: { common: en },
	'fa-AF': { common: faAF },
	ru: { common: ru }
} as const;

/**
 * A translation function fixed to one UI language. Each page gets its own instance, so pages
 * prerendered one after another in different languages never share a switched global.
 */
export function createTranslator(lang: LanguageCode): TFunction {
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		resources,
		defaultNS: 'common',
		fallbackLng: { prs: ['fa-AF'], default: ['en'] },
		supportedLngs: ['en', 'fa-AF', 'ru'],
		interpolation: { escapeValue: false },
		initAsync: false,
		returnNull: false
	});
	return instance.getFixedT(lang);
}
