import { writeTermBaseCsv } from '$lib/exchange/term-base';
import { loadLibrary } from '$lib/server/content';
import type { RequestHandler } from './$types';

// The term base for spreadsheets, one row per name, written by the build.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(writeTermBaseCsv(loadLibrary().terms), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
