import { summarizeTerm } from '$lib/content/glossary';
import { libraryOrder } from '$lib/content/library-order';
import { localized } from '$lib/content/localized';
import { loadLibrary } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { articles, terms, occurrences } = loadLibrary();
	return {
		// In the library's order, for the article filter and the titles of the hits.
		articles: libraryOrder(articles, params.lang).map(({ slug, meta }) => ({
			slug,
			title: localized(meta.title, params.lang, meta.sourceLanguage)
		})),
		terms: Object.fromEntries(terms.map((t) => [t.id, summarizeTerm(t, occurrences)]))
	};
};
