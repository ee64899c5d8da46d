import { json } from '@sveltejs/kit';
import { LANGUAGE_CODES } from '$lib/languages';
import { buildLanguageIndex } from '$lib/search/build-index';
import { loadArticles } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

// One static file per language, built once and fetched by the search worker on first use.
export const prerender = true;

export const entries: EntryGenerator = () => LANGUAGE_CODES.map((language) => ({ language }));

export const GET: RequestHandler = ({ params }) =>
	json(buildLanguageIndex(loadArticles(), params.language));
