import { error, json } from '@sveltejs/kit';
import { searchFiles } from '$lib/server/search';
import { keyFile, keyOfFile } from '$lib/search/shard-keys';
import type { EntryGenerator, RequestHandler } from './$types';

// The words that end in two letters, fetched for a query word found nowhere (a typo).
export const prerender = true;

export const entries: EntryGenerator = () =>
	searchFiles().manifest.suffixes.map((key) => ({ file: keyFile(key) }));

export const GET: RequestHandler = ({ params }) => {
	const list = searchFiles().suffixes.get(keyOfFile(params.file) ?? '');
	if (!list) error(404, 'Not found');
	return json(list);
};
