import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { directionOf, isLanguageCode } from '$lib/languages';
import { deferStart } from '$lib/server/deferred-start';

const ARTICLE_ROUTE = '/[lang=lang]/articles/[slug]';

/**
 * Writes the page's language and direction into the served HTML, so a Dari page is right to left
 * before any script runs. Pages outside a language prefix (the root chooser) are English. An
 * article page is read before it is used, so its scripts wait for the reader's first interaction
 * (deferStart); the dev server keeps SvelteKit's own start, whose script differs.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const prefix = event.url.pathname.split('/')[1] ?? '';
	const lang = isLanguageCode(prefix) ? prefix : 'en';
	const deferred = !dev && event.route.id === ARTICLE_ROUTE;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang).replace('%dir%', directionOf(lang));
			return deferred ? deferStart(page, event.url.pathname) : page;
		}
	});
};
