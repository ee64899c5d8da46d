import type { LanguageCode } from '../languages';
import type { SearchOptions } from './engine';
import type { SearchRequest, SearchResponse, SearchResults } from './search-service';
import SearchWorker from './search.worker?worker';

type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A query the worker could not answer at all (the index could not be fetched). */
export class SearchFailedError extends Error {}

/**
 * The page's side of the search worker: loads the indexes on first use (with a visible status)
 * and answers queries; a newer query makes older answers irrelevant. Every request settles: the
 * worker answers each one, an error included, by its id. A failure is never kept: the next
 * `load` or `search` asks the worker again, so search heals when the network returns.
 */
export class SearchClient {
	status = $state<SearchStatus>('idle');
	#worker: Worker | undefined;
	#ready: Promise<void> | undefined;
	#pending: Record<number, (response: SearchResponse) => void> = {};
	#nextId = 0;

	load(base: string, languages: LanguageCode[]): Promise<void> {
		if (this.#ready) return this.#ready;
		this.status = 'loading';
		if (!this.#worker) {
			const worker = new SearchWorker();
			this.#worker = worker;
			worker.onmessage = (event: MessageEvent<SearchResponse>) => {
				this.#pending[event.data.id]?.(event.data);
				delete this.#pending[event.data.id];
			};
		}
		const ready = this.#request({ type: 'load', id: ++this.#nextId, base, languages }).then(
			(response) => {
				if (response.type === 'error') throw new SearchFailedError(response.message);
				this.status = 'ready';
			}
		);
		this.#ready = ready;
		ready.catch(() => {
			this.status = 'error';
			this.#ready = undefined;
		});
		return ready;
	}

	/** Answers a query, or rejects with `SearchFailedError` when the index could not be had. */
	async search(query: string, options: SearchOptions): Promise<SearchResults> {
		await this.#ready;
		const id = ++this.#nextId;
		const response = await this.#request({
			type: 'search',
			id,
			query,
			options: { ...options, languages: options.languages && [...options.languages] }
		});
		// Only the latest query speaks for the status: answers may arrive out of order.
		if (id === this.#nextId) this.status = response.type === 'error' ? 'error' : 'ready';
		if (response.type === 'error') throw new SearchFailedError(response.message);
		return (response as Extract<SearchResponse, { type: 'results' }>).results;
	}

	/** The id of the latest request: an answer to an older query is stale. */
	get latest(): number {
		return this.#nextId;
	}

	destroy() {
		this.#worker?.terminate();
	}

	#request(message: SearchRequest): Promise<SearchResponse> {
		return new Promise((resolve) => {
			this.#pending[message.id] = resolve;
			this.#worker?.postMessage(message);
		});
	}
}
