import { libraryOrder } from '$lib/content/library-order';
import { localized } from '$lib/content/localized';
import { formatArticleDate } from '$lib/i18n/format';
import { loadArticles } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The library: every article, newest first, its metadata in the UI language or its fallback. */
export const load: PageServerLoad = ({ params }) => ({
	articles: libraryOrder(loadArticles(), params.lang).map(({ slug, meta, segmentIds }) => {
		const title = localized(meta.title, params.lang, meta.sourceLanguage);
		return {
			slug,
			title,
			// The titles in the article's other languages, each in its own.
			otherTitles: meta.languages
				.filter((language) => language !== title.lang)
				.map((language) => localized(meta.title, language, meta.sourceLanguage)),
			author: localized(meta.author.name, params.lang, meta.sourceLanguage),
			published: meta.published,
			// Formatted on the server, as on the article page: no Intl work in the browser.
			publishedLabel: formatArticleDate(meta.published, params.lang),
			passages: segmentIds.length,
			translations: meta.languages.flatMap((language) => {
				const status = meta.translations[language]?.status;
				return status ? [{ language, status }] : [];
			})
		};
	})
});
