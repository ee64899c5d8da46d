import { createTranslator } from '$lib/i18n';
import { LANGUAGES } from '$lib/languages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	messages: LANGUAGES.map(({ code, dir }) => {
		const t = createTranslator(code);
		return {
			code,
			dir,
			title: t('notFound.title'),
			body: t('notFound.body'),
			back: t('notFound.back')
		};
	})
});
