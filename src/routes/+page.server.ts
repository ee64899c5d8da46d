import { loadTranslator } from '$lib/i18n';
import { LANGUAGES } from '$lib/languages';
import { loadArticles } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The root page speaks every UI language at once: one entry per language, with its articles. */
export const load: PageServerLoad = async () => {
	const articles = loadArticles();
	return {
		choices: await Promise.all(
			LANGUAGES.map(async ({ code, dir, endonym }) => {
				const t = await loadTranslator(code);
				return {
					code,
					dir,
					endonym,
					siteName: t('site.name'),
					intro: t('home.intro'),
					articles: articles.map(({ slug, meta }) => ({ slug, title: meta.title[code] }))
				};
			})
		)
	};
};
