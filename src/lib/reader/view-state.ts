import { canonicalLanguage, type LanguageCode } from '../languages';

export const READER_VIEWS = ['columns', 'lines'] as const;
export type ReaderView = (typeof READER_VIEWS)[number];

/** What the reader chose to read: which languages, in which order, and how laid out. */
export interface ViewState {
	languages: LanguageCode[];
	view: ReaderView;
}

/**
 * Reads `?langs=fa-AF,ru&view=lines`. Unknown languages, languages the article lacks and repeats
 * are ignored, never an error; what cannot be read falls back to `fallback`.
 */
export function parseViewState(
	params: URLSearchParams,
	available: readonly LanguageCode[],
	fallback: ViewState
): ViewState {
	const languages: LanguageCode[] = [];
	for (const raw of (params.get('langs') ?? '').split(',')) {
		const code = canonicalLanguage(raw.trim());
		if (code && available.includes(code) && !languages.includes(code)) languages.push(code);
	}
	const view = params.get('view');
	return {
		languages: languages.length ? languages : fallback.languages,
		view: READER_VIEWS.includes(view as ReaderView) ? (view as ReaderView) : fallback.view
	};
}

/**
 * Writes a view state into the query parameters, leaving other parameters as they are; `null`
 * removes them, for the default view that needs no parameters.
 */
export function writeViewState(params: URLSearchParams, state: ViewState | null): URLSearchParams {
	const next = new URLSearchParams(params);
	if (state) {
		next.set('langs', state.languages.join(','));
		next.set('view', state.view);
	} else {
		next.delete('langs');
		next.delete('view');
	}
	return next;
}

/** `parseViewState` over a query string, as the device stores it. */
export function parseViewQuery(
	query: string,
	available: readonly LanguageCode[],
	fallback: ViewState
): ViewState {
	return parseViewState(new URLSearchParams(query), available, fallback);
}

/** Moves the language at `index` one place earlier (-1) or later (+1), if it can move. */
export function moveLanguage(
	languages: readonly LanguageCode[],
	index: number,
	step: -1 | 1
): LanguageCode[] {
	const target = index + step;
	if (index < 0 || index >= languages.length || target < 0 || target >= languages.length) {
		return [...languages];
	}
	const next = [...languages];
	[next[index], next[target]] = [next[target] as LanguageCode, next[index] as LanguageCode];
	return next;
}

/** Adds or removes a language; the last language cannot be removed. New ones go at the end. */
export function toggleLanguage(
	languages: readonly LanguageCode[],
	code: LanguageCode
): LanguageCode[] {
	if (!languages.includes(code)) return [...languages, code];
	return languages.length > 1 ? languages.filter((l) => l !== code) : [...languages];
}

/** The reading order a new reader starts with: the UI language first, then the article's order. */
export function defaultLanguages(
	available: readonly LanguageCode[],
	uiLanguage: LanguageCode
): LanguageCode[] {
	return available.includes(uiLanguage)
		? [uiLanguage, ...available.filter((l) => l !== uiLanguage)]
		: [...available];
}
