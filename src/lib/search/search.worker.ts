/// <reference lib="webworker" />
import type { LanguageCode } from '../languages';
import { SearchEngine, type SearchOptions } from './engine';
import type { LanguageIndex, SearchTerms } from './index-format';

/** Messages the page sends. */
export type SearchRequest =
	| { type: 'load'; base: string; languages: LanguageCode[] }
	| { type: 'search'; id: number; query: string; options: SearchOptions };

/** Messages the worker answers with. */
export type SearchResponse =
	| { type: 'ready' }
	| { type: 'error'; message: string }
	| { type: 'results'; id: number; results: ReturnType<SearchEngine['search']> };

let engine: SearchEngine | undefined;

// Searching runs here, off the page's thread, so typing never waits for it.
self.onmessage = async (event: MessageEvent<SearchRequest>) => {
	const message = event.data;
	const reply = (response: SearchResponse) => self.postMessage(response);
	if (message.type === 'load') {
		try {
			const fetchJson = async <T>(path: string): Promise<T> => {
				const response = await fetch(`${message.base}/search-index/${path}`);
				if (!response.ok) throw new Error(`${path}: ${response.status}`);
				return (await response.json()) as T;
			};
			const [terms, ...indexes] = await Promise.all([
				fetchJson<SearchTerms>('terms.json'),
				...message.languages.map((l) => fetchJson<LanguageIndex>(`${l}.json`))
			]);
			engine = new SearchEngine(indexes, terms.terms);
			reply({ type: 'ready' });
		} catch (error) {
			reply({ type: 'error', message: (error as Error).message });
		}
	} else if (message.type === 'search' && engine) {
		reply({
			type: 'results',
			id: message.id,
			results: engine.search(message.query, message.options)
		});
	}
};
