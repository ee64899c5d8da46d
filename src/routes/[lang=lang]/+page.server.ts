import { loadArticles } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	articles: loadArticles().map(({ slug, meta, segmentIds }) => ({
		passages: segmentIds.length,
		slug,
		title: meta.title,
		author: meta.author.name,
		published: meta.published,
		languages: meta.languages
	}))
});
