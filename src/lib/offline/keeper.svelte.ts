import { KEPT_CACHE, VISITED_CACHE } from './caches';
import {
	downloadInto,
	idOf,
	keepLists,
	KEPT_KEY,
	mergeKept,
	pathsOf,
	pruneKept,
	readKept,
	type KeepEnvironment,
	type KeepTarget,
	type KeptItem
} from './kept-files';

export interface KeepTask {
	id: string;
	done: number;
	/** Files to download; 0 while the build's lists are being fetched. */
	total: number;
	bytes: number;
}

/**
 * Keeps articles and the library for offline reading: downloads the files the build lists for
 * them into the kept cache (which the service worker answers from), with progress in files and
 * bytes, cancellable; lists what is kept with sizes and removes it. A file shared by several
 * kept things (search shards, glossary pages) is removed only with the last of them.
 */
export class OfflineKeeper {
	items = $state<KeptItem[]>([]);
	task = $state<KeepTask | null>(null);
	/** How the last keeping ended, and for what. */
	outcome = $state<{ id: string; result: 'done' | 'cancelled' | 'failed' } | null>(null);
	/** Pages and files cached as the reader opened them. */
	visited = $state<{ files: number; bytes: number } | null>(null);
	#env: KeepEnvironment;
	#abort: AbortController | undefined;

	constructor(env: KeepEnvironment) {
		this.#env = env;
		this.items = readKept(env.storage);
	}

	kept(id: string): KeptItem | undefined {
		return this.items.find((item) => item.id === id);
	}

	async keep(target: KeepTarget): Promise<void> {
		if (this.task) return;
		const id = idOf(target);
		const abort = new AbortController();
		this.#abort = abort;
		this.outcome = null;
		this.task = { id, done: 0, total: 0, bytes: 0 };
		const stored: string[] = [];
		const cache = await this.#env.caches.open(KEPT_CACHE);
		try {
			const lists = await keepLists(this.#env, target, abort.signal);
			const paths = pathsOf(lists);
			this.task.total = paths.length;
			const sizes = await downloadInto(this.#env, cache, paths, {
				signal: abort.signal,
				stored,
				onFile: (bytes) => {
					if (!this.task) return;
					this.task.done++;
					this.task.bytes += bytes;
				}
			});
			this.#write(mergeKept(this.items, lists, sizes, Date.now()));
			this.outcome = { id, result: 'done' };
		} catch {
			// Half a download is no use offline: drop what this one added.
			await pruneKept(this.#env, cache, stored, this.items);
			this.outcome = { id, result: abort.signal.aborted ? 'cancelled' : 'failed' };
		} finally {
			this.task = null;
			this.#abort = undefined;
		}
	}

	cancel(): void {
		this.#abort?.abort();
	}

	async remove(id: string): Promise<void> {
		const item = this.kept(id);
		if (!item) return;
		this.#write(this.items.filter((other) => other.id !== id));
		const cache = await this.#env.caches.open(KEPT_CACHE);
		await pruneKept(this.#env, cache, Object.keys(item.sizes), this.items);
	}

	/** Counts the files cached as the reader opened them, and their bytes. */
	async measureVisited(): Promise<void> {
		const cache = await this.#env.caches.open(VISITED_CACHE);
		const requests = await cache.keys();
		let bytes = 0;
		for (const request of requests) {
			bytes += (await (await cache.match(request))?.blob())?.size ?? 0;
		}
		this.visited = { files: requests.length, bytes };
	}

	async clearVisited(): Promise<void> {
		await this.#env.caches.delete(VISITED_CACHE);
		this.visited = { files: 0, bytes: 0 };
	}

	#write(items: KeptItem[]) {
		this.items = items;
		this.#env.storage?.setItem(KEPT_KEY, JSON.stringify(items));
	}
}

let shared: OfflineKeeper | undefined;

/**
 * The page's one keeper (the article's button, the library's and the storage view share it), or
 * null where this browser cannot keep anything (no Cache Storage or service worker, or not a
 * secure context such as plain http on another host).
 */
export function offlineKeeper(base: string): OfflineKeeper | null {
	if (typeof window === 'undefined' || !('caches' in window) || !('serviceWorker' in navigator))
		return null;
	let storage: Storage | null = null;
	try {
		storage = window.localStorage;
	} catch {
		// Storage refused (a privacy setting): what is kept is listed for this page only.
	}
	shared ??= new OfflineKeeper({
		fetch: (input, init) => fetch(input, init),
		caches: window.caches,
		storage,
		origin: location.origin,
		base
	});
	return shared;
}
