import { error } from '@sveltejs/kit';
import { libraryOrder, neighbours } from '$lib/content/library-order';
import { localized } from '$lib/content/localized';
import { PageText } from '$lib/content/segment-markup';
import { formatArticleDate, formatFontScales } from '$lib/i18n/format';
import { LANGUAGE_CODES } from '$lib/languages';
import { findArticle, loadArticles } from '$lib/server/content';
import { readerMarkup } from '$lib/server/reader-markup';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LANGUAGE_CODES.flatMap((lang) => loadArticles().map(({ slug }) => ({ lang, slug })));

export const load: PageServerLoad = ({ params }) => {
	const article = findArticle(params.slug);
	if (!article) error(404, 'Not found');
	// The text reaches the page as markup only; sending it twice would double what every reader
	// downloads and what the browser parses before the page responds.
	const { text, ...outline } = article;
	const source = article.meta.sourceLanguage;
	const lede = text[article.segmentIds[1] ?? ''];
	const ordered = libraryOrder(loadArticles(), params.lang);
	const { previous, next } = neighbours(ordered, article.slug);
	const linked = (other: typeof previous) =>
		other && {
			slug: other.slug,
			title: localized(other.meta.title, params.lang, other.meta.sourceLanguage)
		};
	return {
		article: outline,
		title: localized(article.meta.title, params.lang, source),
		description: lede?.[params.lang] ?? lede?.[source] ?? '',
		// The articles before and after this one in the library's order.
		previous: linked(previous),
		next: linked(next),
		// Rendered into the page's HTML and left out of the data sent with it (see PageText).
		segmentMarkup: new PageText(readerMarkup(text, article.segmentIds, params.lang)),
		// Formatted here, not in the browser: the first Intl formatter a page creates costs the
		// reader's phone tens of milliseconds while the page becomes interactive.
		publishedLabel: formatArticleDate(article.meta.published, params.lang),
		fontScaleLabels: formatFontScales(params.lang)
	};
};
