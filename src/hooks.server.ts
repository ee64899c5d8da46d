import type { Handle } from '@sveltejs/kit';
import { directionOf, isLanguageCode } from '$lib/languages';

/**
 * Writes the page's language and direction into the served HTML, so a Dari page is right to left
 * before any script runs. Pages outside a language prefix (the root chooser) are English.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const prefix = event.url.pathname.split('/')[1] ?? '';
	const lang = isLanguageCode(prefix) ? prefix : 'en';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('%dir%', directionOf(lang))
	});
};
