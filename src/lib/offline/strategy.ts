/**
 * How the service worker answers a request:
 * - `shell`: a file of this deployment's app shell, precached at install: from the cache.
 * - `immutable`: a hashed build file of another deployment (a kept page of an older version asks
 *   for it): from any cache, else the network, then cached; its name changes with its content.
 * - `page`: pages, page data, search and glossary files: stale-while-revalidate. A reader on an
 *   intermittent link gets the cached copy at once, with no wait for a network that may hang;
 *   the copy is refreshed in the background for the next visit, and a new deployment is
 *   announced by the "new version" notice rather than by a slow page.
 * - `network`: left to the browser: other origins, non-GET, the service worker itself and the
 *   version file (they must tell the truth about the deployment), and the page's own downloads
 *   for keeping, which must reach the network.
 */
export type Strategy = 'shell' | 'immutable' | 'page' | 'network';

export function strategyFor(
	request: { method: string; url: string; headers: { has(name: string): boolean } },
	options: { origin: string; base: string; shell: ReadonlySet<string>; keepHeader: string }
): Strategy {
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== options.origin) return 'network';
	if (request.headers.has(options.keepHeader)) return 'network';
	const path = url.pathname;
	if (path === `${options.base}/service-worker.js` || path === `${options.base}/_app/version.json`)
		return 'network';
	if (options.shell.has(path)) return 'shell';
	if (path.startsWith(`${options.base}/_app/immutable/`)) return 'immutable';
	return 'page';
}

/**
 * Whether a response may be cached: a complete same-origin answer that succeeded. Opaque
 * answers (status 0) and errors are never kept, or the next offline visit would replay them;
 * nor are redirects, which a browser refuses to use for a navigation.
 */
export function isCacheable(response: Pick<Response, 'ok' | 'type' | 'redirected' | 'status'>) {
	return (
		response.ok && response.status === 200 && response.type === 'basic' && !response.redirected
	);
}

/**
 * What must be cached with a page for it to open offline whichever way the reader comes back:
 * a page and its data travel together (a full load asks for the page, a link within the site for
 * its data, and for an article both), and an article's popovers need the term summaries.
 */
export function companionsOf(url: string, base: string): string[] {
	const { origin, pathname } = new URL(url);
	const data = /^(.*\/)__data\.json$/.exec(pathname);
	if (data) return [`${origin}${data[1]}`];
	if (!pathname.endsWith('/')) return [];
	const companions = [`${origin}${pathname}__data.json`];
	if (/^\/[^/]+\/articles\/[^/]+\/$/.test(pathname.slice(base.length)))
		companions.push(`${origin}${base}/glossary-index.json`);
	return companions;
}
