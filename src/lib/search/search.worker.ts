/// <reference lib="webworker" />
import type { LanguageCode } from '../languages';
import { shardKey } from './build-index';
import { indexFromManifest, parseQuery, SearchEngine, type SearchOptions } from './engine';
import type { ArticleTexts, IndexShard, LanguageManifest, SearchTerms } from './index-format';

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
let base = '';
const manifests = new Map<LanguageCode, LanguageManifest>();
// Each file is fetched once, however many queries want it at the same time.
const fetched = new Map<string, Promise<unknown>>();
const textsAdded = new Set<string>();

function fetchOnce<T>(path: string): Promise<T> {
	let pending = fetched.get(path);
	if (!pending) {
		pending = fetch(`${base}/search-index/${path}`).then((response) => {
			if (!response.ok) throw new Error(`${path}: ${response.status}`);
			return response.json();
		});
		fetched.set(path, pending);
	}
	return pending as Promise<T>;
}

/** Fetches the vocabulary shards, of those `wanted` picks for each language, not yet loaded. */
async function loadShards(
	current: SearchEngine,
	languages: readonly LanguageCode[],
	wanted: (manifest: LanguageManifest) => string[]
) {
	await Promise.all(
		languages.flatMap((language) => {
			const manifest = manifests.get(language);
			return (manifest ? wanted(manifest) : []).map(async (key) => {
				const path = `${language}/${key}.json`;
				const first = !fetched.has(path);
				const shard = await fetchOnce<IndexShard>(path);
				if (first) current.searchers.get(language)?.addShard(shard);
			});
		})
	);
}

/** Fetches the vocabulary shards of the query's words, then the texts of the hits to show. */
async function search(query: string, options: SearchOptions) {
	const current = engine as SearchEngine;
	const languages = options.languages ?? [...manifests.keys()];
	const keys = new Set(parseQuery(query).query.words.map(shardKey));
	await loadShards(current, languages, ({ shards }) => shards.filter((key) => keys.has(key)));
	let answer = current.search(query, options);
	// Shards go by first letter, so a word mistyped in its first letter is in a shard not fetched:
	// with nothing found, the whole vocabulary is searched before the reader is told so.
	if (!answer.results.length && keys.size) {
		await loadShards(current, languages, ({ shards }) => shards);
		answer = current.search(query, options);
	}
	const slugs = new Set(answer.results.map((r) => r.segment.slice(0, r.segment.indexOf(':'))));
	const missing = [...slugs].filter((slug) => !textsAdded.has(slug));
	if (missing.length) {
		await Promise.all(
			missing.map(async (slug) => {
				const article = await fetchOnce<ArticleTexts>(`texts/${slug}.json`);
				if (textsAdded.has(slug)) return;
				textsAdded.add(slug);
				for (const searcher of current.searchers.values()) searcher.addTexts(article);
			})
		);
		// With the texts, phrases rank first and matches can be highlighted.
		answer = current.search(query, options);
	}
	return answer;
}

// Searching runs here, off the page's thread, so typing never waits for it.
self.onmessage = async (event: MessageEvent<SearchRequest>) => {
	const message = event.data;
	const reply = (response: SearchResponse) => self.postMessage(response);
	try {
		if (message.type === 'load') {
			base = message.base;
			const [terms, ...loaded] = await Promise.all([
				fetchOnce<SearchTerms>('terms.json'),
				...message.languages.map((l) => fetchOnce<LanguageManifest>(`${l}/manifest.json`))
			]);
			for (const manifest of loaded) manifests.set(manifest.language, manifest);
			engine = new SearchEngine(loaded.map(indexFromManifest), terms.terms);
			reply({ type: 'ready' });
		} else if (message.type === 'search' && engine) {
			reply({
				type: 'results',
				id: message.id,
				results: await search(message.query, message.options)
			});
		}
	} catch (error) {
		reply({ type: 'error', message: (error as Error).message });
	}
};
