import { tick } from 'svelte';
import { replaceState } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import { rememberedLanguages } from '../reader/preferences';
import type { SearchResult } from './engine';
import type { SearchClient } from './search-client.svelte';
import { parseSearchParams, searchQueryString } from './search-url';

/** How many results a page of them shows. */
export const PAGE_SIZE = 30;

/** How long typing must pause before the query runs, in milliseconds. */
export const DEBOUNCE_MS = 120;

/** The part of `SearchClient` the search state uses: a fake answers in tests. */
export type SearchBackend = Pick<SearchClient, 'status' | 'load' | 'search'>;

/**
 * The search page's state: the query and its filters, kept in the page's address, and the answer
 * to the latest of them. A query runs once typing pauses; an answer to a query that has since
 * changed is dropped, whatever order the answers arrive in.
 */
export class SearchState {
	/** The query whose answer is shown; empty before the first answer. */
	searched = $state('');
	results = $state<SearchResult[]>([]);
	total = $state(0);
	/** Glossary terms the query names, offered above the results. */
	namedTerms = $state<string[]>([]);
	/** Index files the last answer needed but could not fetch (offline, not kept on this device). */
	missing = $state(0);
	/** The reader's reading languages, in their order, for the translations beside each hit. */
	readingLanguages = $state<LanguageCode[]>([]);

	#query = $state('');
	#language = $state<LanguageCode | ''>('');
	#article = $state('');
	#shown = $state(PAGE_SIZE);
	#ready = false;
	#backend: SearchBackend;
	#timer: ReturnType<typeof setTimeout> | undefined;
	// Bumped by every change of the query, its filters or its page: an answer from before is stale.
	#generation = 0;

	constructor(backend: SearchBackend) {
		this.#backend = backend;
	}

	get query() {
		return this.#query;
	}
	set query(value: string) {
		this.#query = value;
		this.#shown = PAGE_SIZE;
		this.#changed();
	}

	/** The one language searched, or '' for all. */
	get language() {
		return this.#language;
	}
	set language(value: LanguageCode | '') {
		this.#language = value;
		this.#shown = PAGE_SIZE;
		this.#changed();
	}

	/** The one article searched (its slug), or '' for all. */
	get article() {
		return this.#article;
	}
	set article(value: string) {
		this.#article = value;
		this.#shown = PAGE_SIZE;
		this.#changed();
	}

	get status() {
		return this.#backend.status;
	}

	/** How many more results "more" would add. */
	get more(): number {
		return Math.min(PAGE_SIZE, this.total - this.results.length);
	}

	/**
	 * Takes the query and filters from the address and the reading languages from this device,
	 * once, then searches.
	 */
	async restore(
		url: URL,
		articles: readonly string[],
		uiLanguage: LanguageCode,
		storage: Storage | null
	) {
		if (this.#ready) return;
		const params = parseSearchParams(url.searchParams, articles);
		this.#query = params.q;
		this.#language = params.in;
		this.#article = params.article;
		this.readingLanguages = rememberedLanguages(storage, LANGUAGE_CODES, uiLanguage);
		this.#ready = true;
		// Called from the first afterNavigate, before SvelteKit's router has started, when the
		// address cannot yet be replaced.
		await tick();
		this.#changed();
	}

	/** Shows the next page of results. */
	showMore() {
		this.#shown += PAGE_SIZE;
		this.#changed();
	}

	/** Runs the same query once more (after a failure, or with index files missing). */
	retry() {
		this.#changed();
	}

	/** Drops the pending query. */
	destroy() {
		clearTimeout(this.#timer);
		this.#generation++;
	}

	#changed() {
		if (!this.#ready) return;
		this.#writeAddress();
		const generation = ++this.#generation;
		clearTimeout(this.#timer);
		if (!this.#query.trim()) {
			this.results = [];
			this.total = 0;
			this.namedTerms = [];
			this.missing = 0;
			this.searched = '';
			return;
		}
		const query = this.#query;
		const options = {
			languages: this.#language ? [this.#language] : undefined,
			article: this.#article || null,
			limit: this.#shown
		};
		this.#timer = setTimeout(async () => {
			try {
				await this.#backend.load(`${page.url.origin}${base}`, [...LANGUAGE_CODES]);
				const answer = await this.#backend.search(query, options);
				if (generation !== this.#generation) return;
				this.results = answer.results;
				this.total = answer.total;
				this.namedTerms = answer.terms;
				this.missing = answer.missing;
				this.searched = query;
			} catch {
				// The status line says the latest query failed and offers to try again; an older
				// query's failure says nothing.
				if (generation !== this.#generation) return;
				this.results = [];
				this.total = 0;
				this.searched = '';
			}
		}, DEBOUNCE_MS);
	}

	#writeAddress() {
		const search = searchQueryString(page.url.searchParams, {
			q: this.#query,
			in: this.#language,
			article: this.#article
		});
		if (search === page.url.search) return;
		// Only the query of the page already open changes, so there is no route to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(`${page.url.pathname}${search}`, page.state);
	}
}
