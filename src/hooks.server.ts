import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { directionOf, isLanguageCode } from '$lib/languages';
import { READER_APP_STYLES } from '$lib/reader/app-styles';
import { deferStart } from '$lib/server/deferred-start';

/** Pages read before they are used, an article and the library's list of articles, with the
 * stylesheets their app alone needs. */
const READ_FIRST_ROUTES = new Map([
	['/[lang=lang]/articles/[slug]', [READER_APP_STYLES]],
	['/[lang=lang]', []]
]);

/**
 * Writes the page's language and direction into the served HTML, so a Dari page is right to left
 * before any script runs. Pages outside a language prefix (the root chooser) are English. Pages
 * read before they are used start their scripts at the reader's first interaction (deferStart);
 * the dev server keeps SvelteKit's own start, whose script differs.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const prefix = event.url.pathname.split('/')[1] ?? '';
	const lang = isLanguageCode(prefix) ? prefix : 'en';
	const appStyles = READ_FIRST_ROUTES.get(event.route.id ?? '');
	const deferred = !dev && appStyles !== undefined;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang).replace('%dir%', directionOf(lang));
			return deferred ? deferStart(page, event.url.pathname, { appStyles }) : page;
		}
	});
};
