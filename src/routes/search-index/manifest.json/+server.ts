import { json } from '@sveltejs/kit';
import { searchFiles } from '$lib/server/search';
import type { RequestHandler } from './$types';

// What the search worker fetches first: segments, shard and suffix keys, and glossary terms.
export const prerender = true;

export const GET: RequestHandler = () => json(searchFiles().manifest);
