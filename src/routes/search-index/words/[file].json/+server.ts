import { error, json } from '@sveltejs/kit';
import { searchFiles } from '$lib/server/search';
import { keyFile, keyOfFile } from '$lib/search/shard-keys';
import type { EntryGenerator, RequestHandler } from './$types';

// The words of every language that begin with two letters, fetched when a query has such a word.
export const prerender = true;

export const entries: EntryGenerator = () =>
	searchFiles().manifest.shards.map((key) => ({ file: keyFile(key) }));

export const GET: RequestHandler = ({ params }) => {
	const shard = searchFiles().shards.get(keyOfFile(params.file) ?? '');
	if (!shard) error(404, 'Not found');
	return json(shard);
};
