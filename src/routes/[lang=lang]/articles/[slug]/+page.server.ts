import { error } from '@sveltejs/kit';
import { termsBySegment } from '$lib/content/glossary';
import { LANGUAGE_CODES } from '$lib/languages';
import { findArticle, loadArticles, loadLibrary } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LANGUAGE_CODES.flatMap((lang) => loadArticles().map(({ slug }) => ({ lang, slug })));

export const load: PageServerLoad = ({ params }) => {
	const article = findArticle(params.slug);
	if (!article) error(404, 'Not found');
	const { occurrences } = loadLibrary();
	return { article, segmentTerms: termsBySegment(occurrences, article.segmentIds) };
};
