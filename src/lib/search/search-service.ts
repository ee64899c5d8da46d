import { stemmer as russianStem } from '@orama/stemmers/russian';
import { slugOf } from '../content/segment-id';
import type { LanguageCode } from '../languages';
import { parseQuery, SearchEngine, type SearchOptions } from './engine';
import type { ArticleTexts, IndexShard, SearchManifest, SuffixList } from './index-format';
import { keyFile, planShards, shardFileKey, suffixFileKey } from './shard-keys';

/** Messages the page sends. Every one carries an id, and gets exactly one answer with that id. */
export type SearchRequest =
	| { type: 'load'; id: number; base: string; languages: readonly LanguageCode[] }
	| { type: 'search'; id: number; query: string; options: SearchOptions };

export type SearchResults = ReturnType<SearchEngine['search']> & {
	/** Index files this query needed but could not fetch (offline, or not kept on the device):
	 * the results come from what could be had, and may miss passages. */
	missing: number;
};

/** Messages the worker answers with. */
export type SearchResponse =
	| { type: 'ready'; id: number }
	| { type: 'error'; id: number; message: string }
	| { type: 'results'; id: number; results: SearchResults };

/**
 * Requests a query may make, the manifest's included: texts files are fetched, one per article,
 * only while the query has requests left (at least one), and the hits shown are those whose
 * texts arrived; the reader's "more" fetches the next.
 */
const REQUEST_BUDGET = 6;

/**
 * The search worker's logic, apart from the worker so that it can be tested with any `fetch`.
 * A file that failed to arrive is never kept as its answer: the next query asks for it again,
 * so one dropped connection does not break search until the page is reloaded.
 */
export class SearchService {
	#fetch: typeof fetch;
	#engine: SearchEngine | undefined;
	#manifest: SearchManifest | undefined;
	#base = '';
	#languages: readonly LanguageCode[] = [];
	// Each file is fetched once, however many queries want it at the same time; a failed fetch
	// is forgotten as soon as it fails.
	#fetched = new Map<string, Promise<unknown>>();
	#added = new Set<string>();
	#requests = 0;

	constructor(fetcher: typeof fetch) {
		this.#fetch = fetcher;
	}

	/** Answers one request; never throws. */
	async handle(request: SearchRequest): Promise<SearchResponse> {
		try {
			if (request.type === 'load') {
				this.#base = request.base;
				this.#languages = request.languages;
				await this.#load();
				return { type: 'ready', id: request.id };
			}
			return { type: 'results', id: request.id, results: await this.#search(request) };
		} catch (error) {
			return { type: 'error', id: request.id, message: (error as Error).message };
		} finally {
			// Each request counts its own; a failed one must not eat the next one's budget.
			this.#requests = 0;
		}
	}

	/** The manifest and the engine, fetched again on each call until they have arrived once. */
	async #load(): Promise<SearchEngine> {
		if (this.#engine) return this.#engine;
		const manifest = await this.#fetchOnce<SearchManifest>('manifest.json');
		this.#manifest = manifest;
		this.#engine ??= SearchEngine.fromManifest(manifest, this.#languages);
		return this.#engine;
	}

	#fetchOnce<T>(path: string): Promise<T> {
		let pending = this.#fetched.get(path);
		if (!pending) {
			this.#requests++;
			pending = this.#fetch(`${this.#base}/search-index/${path}`).then((response) => {
				if (!response.ok) throw new Error(`${path}: ${response.status}`);
				return response.json();
			});
			pending.catch(() => this.#fetched.delete(path));
			this.#fetched.set(path, pending);
		}
		return pending as Promise<T>;
	}

	/**
	 * Fetches each file once and hands it to `add` once; a file that cannot be had is counted,
	 * not thrown, so the query answers from what did arrive.
	 */
	async #addFiles<T>(paths: Iterable<string>, add: (file: T, path: string) => void) {
		const failed = await Promise.all(
			[...new Set(paths)].map(async (path) => {
				try {
					const file = await this.#fetchOnce<T>(path);
					if (!this.#added.has(path)) {
						this.#added.add(path);
						add(file, path);
					}
					return 0;
				} catch {
					return 1;
				}
			})
		);
		return failed.reduce<number>((sum, n) => sum + n, 0);
	}

	/** Fetches the shards of these words not yet added, and adds each to every language once. */
	#addShards(current: SearchEngine, words: Iterable<string>) {
		const known = new Set(this.#manifest?.shards);
		return this.#addFiles<IndexShard>(
			[...words]
				.map((word) => shardFileKey(word, known))
				.filter((key) => known.has(key))
				.map((key) => `words/${keyFile(key)}.json`),
			(shard) => {
				for (const searcher of current.searchers.values()) searcher.addShard(shard);
			}
		);
	}

	/**
	 * Fetches what a query needs, in rounds: the shards of its words (and, in Russian, of their
	 * stems, which only costs a request when a shard is split deeper than the stem); for a word
	 * found nowhere, the suffix list of its ending and the shards of the words it resembles; then
	 * the texts of the hits to show.
	 */
	async #search({ query, options }: { query: string; options: SearchOptions }) {
		const current = await this.#load();
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
		// The shards of as many words as leave a request for texts (the manifest counted, as the
		// first query's); the words left out are read in the texts of the hits (issue 11).
		const known = this.#manifest?.shards ?? [];
		const plan = planShards(
			words,
			stems,
			new Set(known),
			new Set(known.filter((key) => this.#added.has(`words/${keyFile(key)}.json`))),
			REQUEST_BUDGET - 2 - this.#requests
		);
		const searchOptions = { ...options, deferred: plan.deferred };
		let missing = await this.#addShards(current, plan.files);

		const suffixes = new Set(this.#manifest?.suffixes);
		// A typo after a word's first two letters is found among the words of its own shard, which
		// is here already. Only a word that none of them resembles (a typo in its first letters)
		// costs its suffix list and the shard of the words it resembles: as many such words as fit
		// in the requests the plan left, one still kept for texts.
		const mistyped = current
			.mistyped(
				words.filter((word) => !plan.deferred.includes(word)),
				options.languages
			)
			.filter((word) => !languages.some((searcher) => searcher.fuzzyMatches(word).length))
			.slice(0, Math.max(0, Math.floor((REQUEST_BUDGET - 2 - this.#requests) / 2)));
		const suffixFiles = new Map(
			mistyped
				.map((word) => suffixFileKey(word, suffixes))
				.filter((key) => suffixes.has(key))
				.map((key) => [`suffixes/${keyFile(key)}.json`, key])
		);
		missing += await this.#addFiles<SuffixList>(suffixFiles.keys(), (list, path) => {
			for (const searcher of current.searchers.values())
				searcher.addSuffixes(list, suffixFiles.get(path) ?? '');
		});
		missing += await this.#addShards(
			current,
			mistyped.flatMap((word) =>
				languages.flatMap((searcher) => searcher.fuzzyMatches(word).map((m) => m.word))
			)
		);

		let answer = current.search(query, searchOptions);
		const hasTexts = (slug: string) => this.#added.has(`texts/${slug}.json`);
		const slugs = [...new Set(answer.results.map((r) => slugOf(r.segment)))];
		const wanted = slugs
			.filter((slug) => !hasTexts(slug))
			.slice(0, Math.max(1, REQUEST_BUDGET - 1 - this.#requests));
		if (wanted.length) {
			missing += await this.#addFiles<ArticleTexts>(
				wanted.map((slug) => `texts/${slug}.json`),
				(article) => {
					for (const searcher of current.searchers.values()) searcher.addTexts(article);
				}
			);
			// With the texts, phrases rank first and matches can be highlighted.
			answer = current.search(query, searchOptions);
		}
		// Hits of an article whose texts could not be had (offline, not kept) are left out, so the
		// kept articles' hits still show; those whose texts were not asked for yet (the request
		// budget) end the page, and "more" fetches them in order.
		const unavailable = new Set(wanted.filter((slug) => !hasTexts(slug)));
		const available = answer.results.filter((r) => !unavailable.has(slugOf(r.segment)));
		const shown = available.findIndex((r) => !hasTexts(slugOf(r.segment)));
		return {
			...answer,
			results: shown < 0 ? available : available.slice(0, shown),
			missing
		};
	}
}
