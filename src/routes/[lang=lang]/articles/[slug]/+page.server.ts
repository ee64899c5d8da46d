import { error } from '@sveltejs/kit';
import { summarizeTerm, termsBySegment } from '$lib/content/glossary';
import { LANGUAGE_CODES } from '$lib/languages';
import { findArticle, loadArticles, loadLibrary } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LANGUAGE_CODES.flatMap((lang) => loadArticles().map(({ slug }) => ({ lang, slug })));

export const load: PageServerLoad = ({ params }) => {
	const article = findArticle(params.slug);
	if (!article) error(404, 'Not found');
	const { terms, occurrences } = loadLibrary();
	const segmentTerms = termsBySegment(occurrences, article.segmentIds);
	const used = new Set(
		Object.values(segmentTerms).flatMap((languages) =>
			Object.values(languages).flatMap((found) => found.map((o) => o.term))
		)
	);
	return {
		article,
		segmentTerms,
		terms: Object.fromEntries(
			terms.filter((t) => used.has(t.id)).map((t) => [t.id, summarizeTerm(t, occurrences)])
		)
	};
};
