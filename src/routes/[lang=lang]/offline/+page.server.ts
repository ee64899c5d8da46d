import { libraryOrder } from '$lib/content/library-order';
import { localized } from '$lib/content/localized';
import { loadArticles } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The storage view: the library's titles in the UI language, to name what is kept. */
export const load: PageServerLoad = ({ params }) => ({
	articles: libraryOrder(loadArticles(), params.lang).map(({ slug, meta }) => ({
		slug,
		title: localized(meta.title, params.lang, meta.sourceLanguage)
	}))
});
