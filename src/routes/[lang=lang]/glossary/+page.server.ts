import { summarizeTerm } from '$lib/content/glossary';
import { loadLibrary } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { terms, occurrences } = loadLibrary();
	return { terms: terms.map((term) => summarizeTerm(term, occurrences)) };
};
