import { createTranslator } from '$lib/i18n';
import { LANGUAGES } from '$lib/languages';
import { loadArticles } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The root page speaks every UI language at once: one entry per language, with its articles. */
export const load: PageServerLoad = () => {
	const articles = loadArticles();
	return {
		choices: LANGUAGES.map(({ code, dir, endonym }) => {
			const t = createTranslator(code);
			return {
				code,
				dir,
				endonym,
				siteName: t('site.name'),
				intro: t('home.intro'),
				articles: articles.map(({ slug, meta }) => ({ slug, title: meta.title[code] }))
			};
		})
	};
};
