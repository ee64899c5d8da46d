import type { ParamMatcher } from '@sveltejs/kit';
import { isLanguageCode, type LanguageCode } from '$lib/languages';

/** UI-language prefix of every page: `/en/…`, `/fa-AF/…`, `/ru/…`. */
export const match = ((param: string): param is LanguageCode =>
	isLanguageCode(param)) satisfies ParamMatcher;
