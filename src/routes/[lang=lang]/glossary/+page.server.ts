import { summarizeTerm } from '$lib/content/glossary';
import { TERM_TYPES } from '$lib/content/glossary-schema';
import { loadLibrary } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { terms, occurrences } = loadLibrary();
	// The filter's types come with the data: importing them in the page would bring zod into the
	// browser, whose start-up probe of `Function('')` the CSP refuses (a violation on every visit).
	return { terms: terms.map((term) => summarizeTerm(term, occurrences)), types: TERM_TYPES };
};
