import { error } from '@sveltejs/kit';
import { LANGUAGE_CODES } from '$lib/languages';
import { findArticle, loadArticles } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LANGUAGE_CODES.flatMap((lang) => loadArticles().map(({ slug }) => ({ lang, slug })));

export const load: PageServerLoad = ({ params }) => {
	const article = findArticle(params.slug);
	if (!article) error(404, 'Not found');
	return { article };
};
