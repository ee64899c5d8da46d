/// <reference lib="webworker" />
import { stemmer as russianStem } from '@orama/stemmers/russian';
import type { LanguageCode } from '../languages';
import { parseQuery, SearchEngine, type SearchOptions } from './engine';
import type { ArticleTexts, IndexShard, SearchManifest, SuffixList } from './index-format';
import { keyFile, shardFileKey, suffixFileKey } from './shard-keys';

/** Messages the page sends. */
export type SearchRequest =
	| { type: 'load'; base: string; languages: LanguageCode[] }
	| { type: 'search'; id: number; query: string; options: SearchOptions };

/** Messages the worker answers with. */
export type SearchResponse =
	| { type: 'ready' }
	| { type: 'error'; message: string }
	| { type: 'results'; id: number; results: ReturnType<SearchEngine['search']> };

/**
 * Requests a query may make, the manifest's included: texts files are fetched, one per article,
 * only while the query has requests left (at least one), and the hits shown are those whose
 * texts arrived; the reader's "more" fetches the next.
 */
const REQUEST_BUDGET = 6;

let engine: SearchEngine | undefined;
let manifest: SearchManifest | undefined;
let base = '';
// Each file is fetched once, however many queries want it at the same time; a failed fetch is
// forgotten, so the next query tries again.
const fetched = new Map<string, Promise<unknown>>();
const added = new Set<string>();
let requests = 0;

function fetchOnce<T>(path: string): Promise<T> {
	let pending = fetched.get(path);
	if (!pending) {
		requests++;
		pending = fetch(`${base}/search-index/${path}`).then((response) => {
			if (!response.ok) throw new Error(`${path}: ${response.status}`);
			return response.json();
		});
		pending.catch(() => fetched.delete(path));
		fetched.set(path, pending);
	}
	return pending as Promise<T>;
}

/** Fetches the shards of these words not yet added, and adds each to every language once. */
async function addShards(current: SearchEngine, words: Iterable<string>) {
	const known = new Set(manifest?.shards);
	await Promise.all(
		[...new Set([...words].map((word) => shardFileKey(word, known)))]
			.filter((key) => known.has(key))
			.map(async (key) => {
				const path = `words/${keyFile(key)}.json`;
				const shard = await fetchOnce<IndexShard>(path);
				if (added.has(path)) return;
				added.add(path);
				for (const searcher of current.searchers.values()) searcher.addShard(shard);
			})
	);
}

/**
 * Fetches what a query needs, in rounds: the shards of its words (and, in Russian, of their
 * stems, which only costs a request when a shard is split deeper than the stem); for a word
 * found nowhere, the suffix list of its ending and the shards of the words it resembles; then
 * the texts of the hits to show.
 */
async function search(query: string, options: SearchOptions) {
	const current = engine as SearchEngine;
	const words = parseQuery(query).query.words;
	const languages = (options.languages ?? [...current.searchers.keys()]).flatMap(
		(language) => current.searchers.get(language) ?? []
	);
	const stems = languages.some((searcher) => searcher.index.language === 'ru')
		? words
				.filter((word) => word.length >= 3)
				.map((word) => russianStem(word))
				.filter((stem) => stem.length >= 2)
		: [];
	await addShards(current, [...words, ...stems]);

	const suffixes = new Set(manifest?.suffixes);
	const mistyped = words.filter((word) => languages.some((searcher) => searcher.needsFuzzy(word)));
	await Promise.all(
		mistyped
			.map((word) => suffixFileKey(word, suffixes))
			.filter((key) => suffixes.has(key))
			.map(async (key) => {
				const path = `suffixes/${keyFile(key)}.json`;
				const list = await fetchOnce<SuffixList>(path);
				if (added.has(path)) return;
				added.add(path);
				for (const searcher of current.searchers.values()) searcher.addSuffixes(list, key);
			})
	);
	await addShards(
		current,
		mistyped.flatMap((word) =>
			languages.flatMap((searcher) => searcher.fuzzyMatches(word).map((m) => m.word))
		)
	);

	let answer = current.search(query, options);
	const slugs = [...new Set(answer.results.map((r) => r.segment.slice(0, r.segment.indexOf(':'))))];
	const missing = slugs
		.filter((slug) => !added.has(`texts/${slug}`))
		.slice(0, Math.max(1, REQUEST_BUDGET - requests));
	if (missing.length) {
		await Promise.all(
			missing.map(async (slug) => {
				const article = await fetchOnce<ArticleTexts>(`texts/${slug}.json`);
				if (added.has(`texts/${slug}`)) return;
				added.add(`texts/${slug}`);
				for (const searcher of current.searchers.values()) searcher.addTexts(article);
			})
		);
		// With the texts, phrases rank first and matches can be highlighted.
		answer = current.search(query, options);
	}
	// The next query counts its own requests; the first counts the manifest's too.
	requests = 0;
	const shown = answer.results.findIndex(
		(r) => !added.has(`texts/${r.segment.slice(0, r.segment.indexOf(':'))}`)
	);
	return shown < 0 ? answer : { ...answer, results: answer.results.slice(0, shown) };
}

// Searching runs here, off the page's thread, so typing never waits for it.
self.onmessage = async (event: MessageEvent<SearchRequest>) => {
	const message = event.data;
	const reply = (response: SearchResponse) => self.postMessage(response);
	try {
		if (message.type === 'load') {
			base = message.base;
			manifest = await fetchOnce<SearchManifest>('manifest.json');
			engine = SearchEngine.fromManifest(manifest, message.languages);
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
