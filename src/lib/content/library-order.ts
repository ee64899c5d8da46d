import type { LanguageCode } from '../languages';
import { localized } from './localized';
import type { ArticleMeta } from './schema';

type Listed = { slug: string; meta: Pick<ArticleMeta, 'published' | 'title' | 'sourceLanguage'> };

/**
 * The library's order in the `uiLang` interface: newest first; articles of the same day by the
 * title a reader of that language sees (collated in that language), then by slug.
 */
export function libraryOrder<T extends Listed>(articles: readonly T[], uiLang: LanguageCode): T[] {
	const collator = new Intl.Collator(uiLang);
	const titles = new Map(
		articles.map((a) => [a, localized(a.meta.title, uiLang, a.meta.sourceLanguage).text])
	);
	return [...articles].sort(
		(a, b) =>
			b.meta.published.localeCompare(a.meta.published) ||
			collator.compare(titles.get(a) as string, titles.get(b) as string) ||
			a.slug.localeCompare(b.slug)
	);
}

/** The articles before and after `slug` in an ordered list: the reader's previous and next. */
export function neighbours<T extends { slug: string }>(
	ordered: readonly T[],
	slug: string
): { previous: T | null; next: T | null } {
	const at = ordered.findIndex((a) => a.slug === slug);
	if (at < 0) return { previous: null, next: null };
	return { previous: ordered[at - 1] ?? null, next: ordered[at + 1] ?? null };
}
