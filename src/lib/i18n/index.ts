import i18next, { type TFunction } from 'i18next';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';

/** A language's UI strings, by namespace. */
export type LocaleBundle = Record<string, unknown>;

// Each page loads only its own language's strings: the bundles are split per language.
const LOCALES: Record<LanguageCode, () => Promise<{ default: LocaleBundle }>> = {
	en: () => import('../../../locales/en/common.json'),
	'fa-AF': () => import('../../../locales/fa-AF/common.json'),
	ru: () => import('../../../locales/ru/common.json')
};

/** The `common` namespace of a UI language, loaded on demand. */
async function loadLocale(lang: LanguageCode): Promise<LocaleBundle> {
	return (await LOCALES[lang]()).default;
}

/**
 * A translation function fixed to one UI language. Each page gets its own instance, so pages
 * prerendered one after another in different languages never share a switched global. Every
 * locale has every key (a unit test guarantees it), so there is nothing to fall back to.
 */
export function createTranslator(lang: LanguageCode, bundle: LocaleBundle): TFunction {
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		resources: { [lang]: { common: bundle } },
		defaultNS: 'common',
		fallbackLng: false,
		supportedLngs: [...LANGUAGE_CODES],
		interpolation: { escapeValue: false },
		initAsync: false,
		returnNull: false
	});
	return instance.getFixedT(lang);
}

/** Loads a UI language's strings and returns its translation function. */
export async function loadTranslator(lang: LanguageCode): Promise<TFunction> {
	return createTranslator(lang, await loadLocale(lang));
}
