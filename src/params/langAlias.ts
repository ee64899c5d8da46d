import type { ParamMatcher } from '@sveltejs/kit';
import {
	canonicalLanguage,
	isLanguageCode,
	LANGUAGE_CODES,
	type LanguageCode
} from '$lib/languages';

/** Other spellings of a UI language prefix (`prs`, `fa-af`) that redirect to the canonical one. */
export const LANGUAGE_ALIASES = ['prs', 'fa-af'] as const;

export const match = ((param: string) =>
	!isLanguageCode(param) && canonicalLanguage(param) !== null) satisfies ParamMatcher;

/**
 * Every spelling of a language prefix we answer, in lower case, with its canonical code. Hosts
 * compare a prefix lower-cased against it and redirect when it is not already the canonical one.
 */
export const LANGUAGE_SPELLINGS: Readonly<Record<string, LanguageCode>> = Object.fromEntries(
	[...LANGUAGE_CODES, ...LANGUAGE_ALIASES].map((spelling) => [
		spelling.toLowerCase(),
		canonicalLanguage(spelling) as LanguageCode
	])
);

/**
 * The canonical address of an address under a language alias (`/prs/articles/x/` →
 * `/fa-AF/articles/x/`), or null when its first segment is no alias. The same rule runs in the
 * 404 page's script (`/language-aliases.js`) and in scripts/serve.js.
 */
export function canonicalAddress(pathname: string): string | null {
	const [, prefix = '', rest = ''] = /^\/([^/]*)(.*)$/.exec(pathname) ?? [];
	const spelling = prefix.toLowerCase();
	// Own keys only: "/constructor/" is no language.
	const lang = Object.hasOwn(LANGUAGE_SPELLINGS, spelling) ? LANGUAGE_SPELLINGS[spelling] : null;
	if (!lang || lang === prefix) return null;
	return `/${lang}${rest || '/'}`;
}

/**
 * The 404 page's script: on a host without the redirect rule, an address under an alias comes to
 * the 404 page, which sends the reader on with `canonicalAddress`'s rule, query and hash kept.
 */
export function aliasRedirectScript(): string {
	return `(() => {
	const spellings = ${JSON.stringify(LANGUAGE_SPELLINGS)};
	const [, prefix = '', rest = ''] = /^\\/([^/]*)(.*)$/.exec(location.pathname) ?? [];
	const spelling = prefix.toLowerCase();
	const lang = Object.hasOwn(spellings, spelling) ? spellings[spelling] : null;
	if (lang && lang !== prefix)
		location.replace('/' + lang + (rest || '/') + location.search + location.hash);
})();
`;
}
