import { error, redirect } from '@sveltejs/kit';
import { canonicalAddress, LANGUAGE_ALIASES } from '../../../params/langAlias';
import type { EntryGenerator, PageLoad } from './$types';

// Only the alias roots are prerendered, as small pages that send the reader on: an alias costs a
// file, not a page per article. A deeper address under an alias is one rule of the host
// (scripts/serve.js answers it with 308), or on a host without rules the 404 page's script. A
// universal load, not a server one, so that no __data.json is written beside each root.
export const entries: EntryGenerator = () => LANGUAGE_ALIASES.map((alias) => ({ alias, rest: '' }));

export const load: PageLoad = ({ url }) => {
	const target = canonicalAddress(url.pathname);
	if (!target) error(404, 'Not found');
	redirect(308, target.endsWith('/') ? target : `${target}/`);
};
