import { aliasRedirectScript } from '../../params/langAlias';
import type { RequestHandler } from './$types';

// Loaded by the 404 page; a file of our own origin, so the content security policy allows it.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(aliasRedirectScript(), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' }
	});
