import { error, json } from '@sveltejs/kit';
import { articleTexts } from '$lib/search/build-index';
import { findArticle, loadArticles } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

// An article's texts, fetched only when one of its passages is among the hits shown.
export const prerender = true;

export const entries: EntryGenerator = () => loadArticles().map(({ slug }) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const article = findArticle(params.slug);
	if (!article) error(404, 'Not found');
	return json(articleTexts(article));
};
