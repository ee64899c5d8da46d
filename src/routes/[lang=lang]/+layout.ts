import { loadTranslator } from '$lib/i18n';
import { directionOf } from '$lib/languages';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params }) => {
	const lang = params.lang;
	return { lang, dir: directionOf(lang), t: await loadTranslator(lang) };
};
