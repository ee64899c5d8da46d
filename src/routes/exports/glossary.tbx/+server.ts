import { writeTbx } from '$lib/exchange/tbx';
import { loadLibrary } from '$lib/server/content';
import type { RequestHandler } from './$types';

// The term base for terminology tools, written by the build beside the articles' exports.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(writeTbx(loadLibrary().terms), {
		headers: { 'content-type': 'application/x-tbx+xml; charset=utf-8' }
	});
