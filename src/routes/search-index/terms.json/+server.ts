import { json } from '@sveltejs/kit';
import { buildSearchTerms } from '$lib/search/build-index';
import { loadLibrary } from '$lib/server/content';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const { terms, occurrences } = loadLibrary();
	return json(buildSearchTerms(terms, occurrences));
};
