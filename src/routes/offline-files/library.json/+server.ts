import { json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { LANGUAGE_CODES } from '$lib/languages';
import { libraryOfflineFiles } from '$lib/offline/offline-files';
import { loadLibrary } from '$lib/server/content';
import { searchFiles } from '$lib/server/search';
import type { RequestHandler } from './$types';

// What "Keep the whole library" downloads besides each article's own list.
export const prerender = true;

export const GET: RequestHandler = () => {
	const { articles, terms } = loadLibrary();
	return json(
		libraryOfflineFiles({
			base,
			languages: LANGUAGE_CODES,
			terms: terms.map((term) => term.id),
			articles: articles.map((article) => article.slug),
			manifest: searchFiles().manifest
		})
	);
};
