import type { ParamMatcher } from '@sveltejs/kit';
import { canonicalLanguage, isLanguageCode } from '$lib/languages';

/** Other spellings of a UI language prefix (`prs`, `fa-af`) that redirect to the canonical one. */
export const LANGUAGE_ALIASES = ['prs', 'fa-af'] as const;

export const match = ((param: string) =>
	!isLanguageCode(param) && canonicalLanguage(param) !== null) satisfies ParamMatcher;
