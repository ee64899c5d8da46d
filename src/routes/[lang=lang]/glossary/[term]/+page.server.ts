import { error } from '@sveltejs/kit';
import { summarizeTerm } from '$lib/content/glossary';
import { localized } from '$lib/content/localized';
import { concordanceOf } from '$lib/glossary/concordance';
import { LANGUAGE_CODES } from '$lib/languages';
import { loadLibrary } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

/** How many passages a term page shows before it sends the reader to search. */
const CONCORDANCE_LIMIT = 50;

export const entries: EntryGenerator = () =>
	LANGUAGE_CODES.flatMap((lang) => loadLibrary().terms.map(({ id }) => ({ lang, term: id })));

export const load: PageServerLoad = ({ params }) => {
	const { terms, occurrences, articles } = loadLibrary();
	const term = terms.find((t) => t.id === params.term);
	if (!term) error(404, 'Not found');
	// A term a library names thousands of times would make a page no one reads to the end: the
	// first passages are shown, and search finds them all.
	const { passages, total } = concordanceOf(
		term.id,
		articles,
		occurrences,
		LANGUAGE_CODES,
		CONCORDANCE_LIMIT
	);
	const concordance = passages.map(({ article, segment, ranges }) => ({
		slug: article.slug,
		title: localized(article.meta.title, params.lang, article.meta.sourceLanguage),
		segment,
		text: article.text[segment] as Record<(typeof LANGUAGE_CODES)[number], string>,
		ranges
	}));
	return {
		term,
		summary: summarizeTerm(term, occurrences),
		related: terms
			.filter((t) => term.related.includes(t.id))
			.map((t) => summarizeTerm(t, occurrences)),
		concordance,
		passageCount: total
	};
};
