import { error, redirect } from '@sveltejs/kit';
import { canonicalLanguage } from '$lib/languages';
import { loadArticles } from '$lib/server/content';
import { LANGUAGE_ALIASES } from '../../../params/langAlias';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerendered as small pages that send the reader on to the canonical address.
export const entries: EntryGenerator = () => {
	const paths = ['', ...loadArticles().map(({ slug }) => `articles/${slug}`)];
	return LANGUAGE_ALIASES.flatMap((alias) => paths.map((rest) => ({ alias, rest })));
};

export const load: PageServerLoad = ({ params }) => {
	const lang = canonicalLanguage(params.alias);
	if (!lang) error(404, 'Not found');
	const rest = params.rest.replace(/\/+$/, '');
	redirect(308, `/${lang}/${rest ? `${rest}/` : ''}`);
};
