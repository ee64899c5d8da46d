/** The languages we publish and the interface speaks, with what the browser needs to render them. */
export const LANGUAGES = [
	{ code: 'en', dir: 'ltr', endonym: 'English' },
	{ code: 'fa-AF', dir: 'rtl', endonym: 'دری' },
	{ code: 'ru', dir: 'ltr', endonym: 'Русский' }
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export type TextDirection = 'ltr' | 'rtl';

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);

/** Dari's ISO 639-3 code, accepted on input and mapped to the CLDR tag `fa-AF`. */
const ALIASES: Record<string, LanguageCode> = { prs: 'fa-AF' };

export function isLanguageCode(value: string): value is LanguageCode {
	return (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** Maps `prs`, `fa-af` and other spellings of our languages to their canonical code, or null. */
export function canonicalLanguage(value: string): LanguageCode | null {
	const lower = value.toLowerCase();
	if (lower in ALIASES) return ALIASES[lower] ?? null;
	return LANGUAGE_CODES.find((code) => code.toLowerCase() === lower) ?? null;
}

export function directionOf(code: LanguageCode): TextDirection {
	return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}
