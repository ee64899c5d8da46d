import { loadTranslator } from '$lib/i18n';
import { LANGUAGES } from '$lib/languages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	messages: await Promise.all(
		LANGUAGES.map(async ({ code, dir }) => {
			const t = await loadTranslator(code);
			return {
				code,
				dir,
				title: t('notFound.title'),
				body: t('notFound.body'),
				back: t('notFound.back')
			};
		})
	)
});
