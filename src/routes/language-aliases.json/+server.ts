import { json } from '@sveltejs/kit';
import { LANGUAGE_SPELLINGS } from '../../params/langAlias';
import type { RequestHandler } from './$types';

// Each spelling of a language prefix and its canonical code: what a host's redirect rule needs
// (scripts/serve.js reads it from build/).
export const prerender = true;

export const GET: RequestHandler = () => json(LANGUAGE_SPELLINGS);
