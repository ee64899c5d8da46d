import { cacheKey, KEEP_HEADER } from './caches';
import type { LibraryOfflineFiles, OfflineFiles } from './offline-files';
import { isCacheable } from './strategy';

/** What the reader asks to keep: one article, or the whole library. */
export type KeepTarget = { kind: 'article'; slug: string } | { kind: 'library' };

/** One thing kept on the device, with the size of each of its files (by path). */
export interface KeptItem {
	/** `library`, or `article:<slug>`. */
	id: string;
	sizes: Record<string, number>;
	keptAt: string;
}

/** Where the list of kept things lives on the device. */
export const KEPT_KEY = 'parallel-reader:kept';
/** Downloads at the same time: enough to fill a slow link, few enough not to starve the page. */
const PARALLEL = 4;

export const idOf = (target: KeepTarget) =>
	target.kind === 'library' ? 'library' : `article:${target.slug}`;

/** The bytes of an item's files. */
export const itemBytes = (item: KeptItem) =>
	Object.values(item.sizes).reduce((sum, size) => sum + size, 0);

/** The bytes of several items' files, each file counted once (articles share search files). */
export function distinctBytes(items: readonly KeptItem[]): number {
	const sizes = new Map<string, number>();
	for (const item of items) {
		for (const [url, size] of Object.entries(item.sizes)) sizes.set(url, size);
	}
	return [...sizes.values()].reduce((sum, size) => sum + size, 0);
}

/** How the keeper reaches the network, the caches and the device's storage. */
export interface KeepEnvironment {
	fetch: typeof fetch;
	caches: CacheStorage;
	storage: Storage | null;
	/** The site's origin, e.g. `http://127.0.0.1:4173`. */
	origin: string;
	/** The site's base path ('' at the root). */
	base: string;
}

/** A listed path (with the base) as the absolute address it is cached under. */
export const addressOf = (env: KeepEnvironment, path: string) =>
	cacheKey(new URL(path, env.origin));

/** A download for keeping: marked for the service worker, and refused unless it is whole. */
async function get(env: KeepEnvironment, path: string, signal: AbortSignal): Promise<Response> {
	const response = await env.fetch(addressOf(env, path), {
		headers: { [KEEP_HEADER]: '1' },
		signal
	});
	if (!isCacheable(response)) throw new Error(`${path}: ${response.status}`);
	return response;
}

/** Each item to keep with its files, as the build lists them (`/offline-files/`). */
export async function keepLists(
	env: KeepEnvironment,
	target: KeepTarget,
	signal: AbortSignal
): Promise<[string, string[]][]> {
	const list = async <T>(path: string) =>
		(await (await get(env, `${env.base}/offline-files/${path}`, signal)).json()) as T;
	if (target.kind === 'article') {
		const files = await list<OfflineFiles>(`articles/${target.slug}.json`);
		return [[idOf(target), files.urls]];
	}
	const library = await list<LibraryOfflineFiles>('library.json');
	const articles: [string, string[]][] = [];
	for (const slug of library.articles) {
		const files = await list<OfflineFiles>(`articles/${slug}.json`);
		articles.push([idOf({ kind: 'article', slug }), files.urls]);
	}
	return [['library', library.urls], ...articles];
}

/**
 * Downloads `paths` into `cache`, a few at a time, calling `onFile` with each file's bytes and
 * recording each path stored in `stored`. Stops at the first failure (or the abort), waits for
 * the downloads under way, then throws it: nothing is added after the caller cleans up.
 */
export async function downloadInto(
	env: KeepEnvironment,
	cache: Cache,
	paths: readonly string[],
	{
		signal,
		stored,
		onFile
	}: { signal: AbortSignal; stored: string[]; onFile: (bytes: number) => void }
): Promise<Map<string, number>> {
	const sizes = new Map<string, number>();
	let next = 0;
	let failure: unknown;
	const worker = async () => {
		while (next < paths.length && failure === undefined) {
			const path = paths[next++] as string;
			const response = await get(env, path, signal);
			const body = await response.blob();
			// The body is stored decoded: the transfer encoding no longer applies to it.
			const headers = new Headers(response.headers);
			headers.delete('content-encoding');
			headers.delete('content-length');
			await cache.put(addressOf(env, path), new Response(body, { status: 200, headers }));
			stored.push(path);
			sizes.set(path, body.size);
			onFile(body.size);
		}
	};
	await Promise.all(
		Array.from({ length: PARALLEL }, () =>
			worker().catch((error: unknown) => {
				failure ??= error;
			})
		)
	);
	if (failure !== undefined) throw failure;
	return sizes;
}

/** Removes from `cache` those of `paths` that no kept item lists any more. */
export async function pruneKept(
	env: KeepEnvironment,
	cache: Cache,
	paths: readonly string[],
	items: readonly KeptItem[]
): Promise<void> {
	const listed = new Set(items.flatMap((item) => Object.keys(item.sizes)));
	await Promise.all(
		paths.filter((path) => !listed.has(path)).map((path) => cache.delete(addressOf(env, path)))
	);
}

/** The kept items the device remembers; none if storage is unavailable or unreadable. */
export function readKept(storage: Storage | null): KeptItem[] {
	try {
		const stored: unknown = JSON.parse(storage?.getItem(KEPT_KEY) ?? '[]');
		return Array.isArray(stored) ? (stored as KeptItem[]) : [];
	} catch {
		return [];
	}
}

/** Every file of `lists` once, in order. */
export const pathsOf = (lists: readonly [string, string[]][]) => [
	...new Set(lists.flatMap(([, paths]) => paths))
];

/** The items of `lists` with the sizes downloaded, replacing the earlier items of the same ids. */
export function mergeKept(
	items: readonly KeptItem[],
	lists: readonly [string, string[]][],
	sizes: ReadonlyMap<string, number>,
	keptAt: number
): KeptItem[] {
	const fresh = lists.map(([id, paths]) => ({
		id,
		sizes: Object.fromEntries(paths.map((path) => [path, sizes.get(path) ?? 0])),
		keptAt: new Date(keptAt).toISOString()
	}));
	const ids = new Set(fresh.map((item) => item.id));
	return [...items.filter((item) => !ids.has(item.id)), ...fresh];
}
