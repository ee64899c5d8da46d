import type { TermOccurrence } from '../content/terms.ts';
import type { Article, SegmentId } from '../content/article-types.ts';
import type { LanguageCode } from '../languages.ts';

/** One passage of a term's concordance: where it is, and where the term stands in each language. */
export interface ConcordancePassage {
	article: Article;
	segment: SegmentId;
	ranges: Record<LanguageCode, { term: string; start: number; end: number }[]>;
}

/**
 * The passages where a term occurs, in library order, each once: the first `limit` of them, and
 * how many there are in all. Grouping the occurrences first keeps this linear in the library.
 */
export function concordanceOf(
	termId: string,
	articles: readonly Article[],
	occurrences: readonly TermOccurrence[],
	languages: readonly LanguageCode[],
	limit: number
): { passages: ConcordancePassage[]; total: number } {
	const bySegment = new Map<SegmentId, TermOccurrence[]>();
	for (const occurrence of occurrences) {
		if (occurrence.term !== termId) continue;
		bySegment.set(occurrence.segment, [...(bySegment.get(occurrence.segment) ?? []), occurrence]);
	}
	const all = articles.flatMap((article) =>
		article.segmentIds
			.filter((segment) => bySegment.has(segment))
			.map((segment) => ({ article, segment }))
	);
	const passages = all.slice(0, limit).map(({ article, segment }) => {
		const own = bySegment.get(segment) ?? [];
		const ranges = Object.fromEntries(
			languages.map((l) => [
				l,
				own.filter((o) => o.language === l).map(({ term, start, end }) => ({ term, start, end }))
			])
		) as ConcordancePassage['ranges'];
		return { article, segment, ranges };
	});
	return { passages, total: all.length };
}
