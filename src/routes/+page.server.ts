import { libraryOrder } from '$lib/content/library-order';
import { localized } from '$lib/content/localized';
import { loadTranslator } from '$lib/i18n';
import { LANGUAGES } from '$lib/languages';
import { loadArticles } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/**
 * The root page speaks every UI language at once: one entry per language, with its articles in
 * that language's library order and their titles in it, or marked as in another.
 */
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
					articles: libraryOrder(articles, code).map(({ slug, meta }) => {
						const title = localized(meta.title, code, meta.sourceLanguage);
						return { slug, title, marker: t(`library.inLanguage.${title.lang}`) };
					})
				};
			})
		)
	};
};
