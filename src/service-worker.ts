/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { base, build, files, version } from '$service-worker';
import { LANGUAGE_CODES } from '$lib/languages';
import {
	cacheKey,
	KEEP_HEADER,
	KEPT_CACHE,
	SHELL_CACHE_PREFIX,
	VISITED_CACHE
} from '$lib/offline/caches';
import { companionsOf, isCacheable, strategyFor } from '$lib/offline/strategy';
import startApp from '$lib/reader/start-app.js?url';
import startOnUse from '$lib/reader/start-on-use.js?url';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL_CACHE = `${SHELL_CACHE_PREFIX}${version}`;

// The app shell: the build's scripts, styles, fonts and UI strings (each language's strings are a
// build file), the static files, and the storage view in each UI language, so a reader offline
// can always see what is kept. Never the prerendered pages: at 1,000 articles that is thousands
// of files the reader never asked for. (Nor is `prerendered` imported at all: its list of every
// page would be written into this file, which the browser fetches at every update check.)
const PRECACHE = [
	...build,
	// The scripts that start a page read before it is used (lib/server/deferred-start.ts): assets
	// of the server's build, so not among the client's files in `build`.
	startOnUse,
	startApp,
	...files,
	...LANGUAGE_CODES.flatMap((lang) => [
		`${base}/${lang}/offline/`,
		`${base}/${lang}/offline/__data.json`
	])
];
const SHELL = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	// The new version waits: it takes over when the reader chooses "Reload" or closes every tab,
	// never in the middle of a reading.
	event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			const older = names.filter(
				(name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== SHELL_CACHE
			);
			await Promise.all(older.map((name) => caches.delete(name)));
			await sw.clients.claim();
			// The page the reader is on arrived before this worker: keep it as if it had passed.
			const windows = await sw.clients.matchAll({ type: 'window' });
			await Promise.all(
				windows.map(async (client) => {
					await remember(client.url);
					await completeOffline(client.url);
				})
			);
			// A new deployment: the pages kept or opened under the old one name its build files, which
			// are gone; fetch them again in the background while the reader is (as now) online.
			if (older.length) void refreshPages();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const strategy = strategyFor(event.request, {
		origin: location.origin,
		base,
		shell: SHELL,
		keepHeader: KEEP_HEADER
	});
	if (strategy === 'network') return;
	if (strategy === 'page') {
		event.respondWith(staleWhileRevalidate(event));
		return;
	}
	event.respondWith(cacheFirst(event.request, strategy === 'shell' ? SHELL_CACHE : VISITED_CACHE));
});

/** A cached copy from any of our caches, by path (the query is the page script's business). */
function cached(request: Request | string): Promise<Response | undefined> {
	return caches.match(cacheKey(typeof request === 'string' ? request : request.url));
}

/** Stores a good answer: in the kept cache if the reader kept that address, else as visited. */
async function store(url: string, response: Response): Promise<void> {
	if (!isCacheable(response)) return;
	const key = cacheKey(url);
	const kept = await caches.open(KEPT_CACHE);
	const target = (await kept.match(key)) ? kept : await caches.open(VISITED_CACHE);
	await target.put(key, response);
}

async function remember(url: string): Promise<void> {
	try {
		await store(url, await fetch(cacheKey(url)));
	} catch {
		// Offline already: the page will be cached on its next visit.
	}
}

async function cacheFirst(request: Request, cacheName: string): Promise<Response> {
	const hit = await cached(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (isCacheable(response)) {
		const cache = await caches.open(cacheName);
		await cache.put(cacheKey(request.url), response.clone());
	}
	return response;
}

/**
 * The cached copy at once when there is one, refreshed from the network behind it; else the
 * network. Offline with no copy, the request fails as it would without this worker.
 */
async function staleWhileRevalidate(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const network = fetch(request).then(async (response) => {
		await store(request.url, response.clone());
		if (isCacheable(response)) event.waitUntil(completeOffline(request.url));
		return response;
	});
	const hit = await cached(request);
	if (hit) {
		event.waitUntil(network.catch(() => undefined));
		return hit;
	}
	return network.catch(() => Response.error());
}

/** Caches what a page needs beside it to open offline (see `companionsOf`), once. */
async function completeOffline(url: string): Promise<void> {
	await Promise.all(
		companionsOf(url, base).map(async (companion) => {
			if (!(await cached(companion))) await remember(companion);
		})
	);
}

/** Fetches again every page and page data the reader kept or opened, a few at a time. */
async function refreshPages(): Promise<void> {
	for (const name of [KEPT_CACHE, VISITED_CACHE]) {
		const cache = await caches.open(name);
		const pages = (await cache.keys())
			.map((request) => request.url)
			.filter((url) => url.endsWith('/') || url.endsWith('/__data.json'));
		for (let i = 0; i < pages.length; i += 4) {
			await Promise.all(
				pages.slice(i, i + 4).map(async (url) => {
					try {
						const response = await fetch(url, { cache: 'no-cache' });
						if (isCacheable(response)) await cache.put(url, response);
					} catch {
						// Offline again: the old copy stays, its text readable.
					}
				})
			);
		}
	}
}
