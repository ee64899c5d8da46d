import type { LanguageCode } from '../languages';
import type { SearchEngine, SearchOptions } from './engine';
import type { SearchRequest, SearchResponse } from './search.worker';
import SearchWorker from './search.worker?worker';

type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';
type Results = ReturnType<SearchEngine['search']>;

/**
 * The page's side of the search worker: loads the indexes on first use (with a visible status)
 * and answers queries; a newer query makes older answers irrelevant.
 */
export class SearchClient {
	status = $state<SearchStatus>('idle');
	#worker: Worker | undefined;
	#ready: Promise<void> | undefined;
	#pending: Record<number, (results: Results) => void> = {};
	#nextId = 0;

	load(base: string, languages: LanguageCode[]): Promise<void> {
		if (this.#ready) return this.#ready;
		this.status = 'loading';
		const worker = new SearchWorker();
		this.#worker = worker;
		this.#ready = new Promise((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<SearchResponse>) => {
				const message = event.data;
				if (message.type === 'ready') {
					this.status = 'ready';
					resolve();
				} else if (message.type === 'error') {
					this.status = 'error';
					reject(new Error(message.message));
				} else {
					this.#pending[message.id]?.(message.results);
					delete this.#pending[message.id];
				}
			};
		});
		this.#post({ type: 'load', base, languages });
		return this.#ready;
	}

	async search(query: string, options: SearchOptions): Promise<Results> {
		await this.#ready;
		const id = ++this.#nextId;
		return new Promise((resolve) => {
			this.#pending[id] = resolve;
			this.#post({
				type: 'search',
				id,
				query,
				options: { ...options, languages: options.languages && [...options.languages] }
			});
		});
	}

	/** The id of the latest query: an answer to an older one is stale. */
	get latest(): number {
		return this.#nextId;
	}

	destroy() {
		this.#worker?.terminate();
	}

	#post(message: SearchRequest) {
		this.#worker?.postMessage(message);
	}
}
