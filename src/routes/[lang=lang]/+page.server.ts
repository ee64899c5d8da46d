import { formatArticleDate } from '$lib/i18n/format';
import { loadArticles } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	articles: loadArticles().map(({ slug, meta, segmentIds }) => ({
		passages: segmentIds.length,
		slug,
		title: meta.title,
		author: meta.author.name,
		// Formatted on the server, as on the article page: no Intl work in the browser.
		published: formatArticleDate(meta.published, params.lang),
		languages: meta.languages
	}))
});
