import { resolve } from '$app/paths';
import type { SegmentId } from '$lib/content/article-types';
import { termsBySegment } from '$lib/content/glossary';
import { articleMarkup, type SegmentMarkup } from '$lib/content/segment-markup';
import { directionOf, type LanguageCode } from '$lib/languages';
import { loadLibrary } from './content';
import { sanitizeArticleMarkup } from './sanitize';

/**
 * An article's segments as the reader shows them in the interface language `lang`: each term a
 * link to its glossary entry, Latin runs isolated, sanitized. The one pipeline behind the article
 * page's load and the specs that render its text.
 */
export function readerMarkup(
	text: Record<SegmentId, Partial<Record<LanguageCode, string>>>,
	segmentIds: readonly SegmentId[],
	lang: LanguageCode
): SegmentMarkup {
	const termHref = (term: string) => `${resolve('/[lang=lang]/glossary/[term]', { lang, term })}/`;
	const terms = termsBySegment(loadLibrary().occurrences, segmentIds);
	return sanitizeArticleMarkup(articleMarkup(text, terms, directionOf, termHref));
}
