import { summarizeTerm } from '$lib/content/glossary';
import { loadLibrary } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { articles, terms, occurrences } = loadLibrary();
	return {
		articles: articles.map(({ slug, meta }) => ({ slug, title: meta.title })),
		terms: Object.fromEntries(terms.map((t) => [t.id, summarizeTerm(t, occurrences)]))
	};
};
