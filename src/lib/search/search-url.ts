import { isLanguageCode, type LanguageCode } from '../languages';

/** The search page's state as it lives in its address: `?q=…&in=fa-AF&article=…`. */
export interface SearchParams {
	q: string;
	in: string;
	article: string;
}

/** The query string for `state`, keeping unrelated parameters and leaving out empty ones. */
export function searchQueryString(current: URLSearchParams, state: SearchParams): string {
	const next = new URLSearchParams(current);
	for (const [key, value] of Object.entries(state)) {
		if (value) next.set(key, value);
		else next.delete(key);
	}
	const query = next.toString();
	return query ? `?${query}` : '';
}

/**
 * The search state in the address `params`. A language or an article the site does not have (a
 * stale or mistyped link) filters nothing.
 */
export function parseSearchParams(
	params: URLSearchParams,
	articles: readonly string[]
): SearchParams & { in: LanguageCode | '' } {
	const language = params.get('in') ?? '';
	const article = params.get('article') ?? '';
	return {
		q: params.get('q') ?? '',
		in: isLanguageCode(language) ? language : '',
		article: articles.includes(article) ? article : ''
	};
}
