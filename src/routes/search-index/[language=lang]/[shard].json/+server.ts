import { error, json } from '@sveltejs/kit';
import { LANGUAGE_CODES } from '$lib/languages';
import { shardedIndex } from '$lib/server/search';
import type { EntryGenerator, RequestHandler } from './$types';

// The words that begin with one character, fetched when a query has such a word.
export const prerender = true;

export const entries: EntryGenerator = () =>
	LANGUAGE_CODES.flatMap((language) =>
		shardedIndex(language).manifest.shards.map((shard) => ({ language, shard }))
	);

export const GET: RequestHandler = ({ params }) => {
	const shard = shardedIndex(params.language).shards.get(params.shard);
	if (!shard) error(404, 'Not found');
	return json(shard);
};
