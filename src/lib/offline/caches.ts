/**
 * The caches the service worker and the page share. The shell is per deployment; what the reader
 * opened and what they chose to keep outlive deployments (the service worker refreshes them when
 * a new version takes over).
 */
export const SHELL_CACHE_PREFIX = 'shell-';
/** Pages, page data and search files the reader has opened, cached as they pass. */
export const VISITED_CACHE = 'visited';
/** What the reader chose to keep for offline reading ("Keep for offline"). */
export const KEPT_CACHE = 'kept';
/**
 * Marks the page's own downloads for keeping: the service worker lets them through to the
 * network untouched (no second copy in the visited cache, no stale answer from it).
 */
export const KEEP_HEADER = 'x-offline-keep';

/** The address a response is cached under: its path, without the query (`?q=`, `?langs=`,
 * SvelteKit's `x-sveltekit-invalidated`), which changes what the page script does, not the file. */
export function cacheKey(url: string | URL): string {
	const parsed = new URL(url);
	return `${parsed.origin}${parsed.pathname}`;
}
