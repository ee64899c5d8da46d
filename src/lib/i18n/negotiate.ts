import { canonicalLanguage, type LanguageCode } from '../languages';

/** Persian and Pashto readers are closer to our Dari than to English. */
const RELATED: Record<string, LanguageCode> = { fa: 'fa-AF', ps: 'fa-AF', prs: 'fa-AF' };

/**
 * The UI language for a browser's preference list (`navigator.languages`), or null when none of
 * them is ours: `fa-AF`, `prs`, `fa-IR` and `fa` all give Dari; `ru-RU` gives Russian.
 */
export function negotiateLanguage(preferred: readonly string[]): LanguageCode | null {
	for (const tag of preferred) {
		const exact = canonicalLanguage(tag);
		if (exact) return exact;
		const base = tag.split('-')[0]?.toLowerCase() ?? '';
		const byBase = canonicalLanguage(base) ?? RELATED[base];
		if (byBase) return byBase;
	}
	return null;
}

/** localStorage key of the UI language the reader last used. */
export const UI_LANGUAGE_KEY = 'parallel-reader:ui-language';
