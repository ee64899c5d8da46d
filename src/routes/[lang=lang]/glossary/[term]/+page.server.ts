import { error } from '@sveltejs/kit';
import { summarizeTerm } from '$lib/content/glossary';
import { localized } from '$lib/content/localized';
import { LANGUAGE_CODES } from '$lib/languages';
import { loadLibrary } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LANGUAGE_CODES.flatMap((lang) => loadLibrary().terms.map(({ id }) => ({ lang, term: id })));

export const load: PageServerLoad = ({ params }) => {
	const { terms, occurrences, articles } = loadLibrary();
	const term = terms.find((t) => t.id === params.term);
	if (!term) error(404, 'Not found');
	const own = occurrences.filter((o) => o.term === term.id);
	// The concordance: each passage once, with its text in every language and where the term
	// stands in each.
	const concordance = articles.flatMap((article) =>
		article.segmentIds
			.filter((segment) => own.some((o) => o.segment === segment))
			.map((segment) => ({
				slug: article.slug,
				title: localized(article.meta.title, params.lang, article.meta.sourceLanguage),
				segment,
				text: article.text[segment] as Record<(typeof LANGUAGE_CODES)[number], string>,
				ranges: Object.fromEntries(
					LANGUAGE_CODES.map((l) => [
						l,
						own
							.filter((o) => o.segment === segment && o.language === l)
							.map(({ term, start, end }) => ({ term, start, end }))
					])
				)
			}))
	);
	return {
		term,
		summary: summarizeTerm(term, occurrences),
		related: terms
			.filter((t) => term.related.includes(t.id))
			.map((t) => summarizeTerm(t, occurrences)),
		concordance
	};
};
