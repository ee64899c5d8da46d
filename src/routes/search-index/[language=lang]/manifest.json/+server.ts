import { json } from '@sveltejs/kit';
import { LANGUAGE_CODES } from '$lib/languages';
import { shardedIndex } from '$lib/server/search';
import type { EntryGenerator, RequestHandler } from './$types';

// What the search worker fetches first: the segments and the list of vocabulary shards.
export const prerender = true;

export const entries: EntryGenerator = () => LANGUAGE_CODES.map((language) => ({ language }));

export const GET: RequestHandler = ({ params }) => json(shardedIndex(params.language).manifest);
