import { json } from '@sveltejs/kit';
import { summarizeTerm } from '$lib/content/glossary';
import { loadLibrary } from '$lib/server/content';
import type { RequestHandler } from './$types';

// Names and definitions of every term, fetched once the reader is idle rather than sent inside
// every article page: popovers need them, the first paint does not.
export const prerender = true;

export const GET: RequestHandler = () => {
	const { terms, occurrences } = loadLibrary();
	return json(Object.fromEntries(terms.map((t) => [t.id, summarizeTerm(t, occurrences)])));
};
