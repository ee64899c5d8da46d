import type { Term } from '../content/glossary-schema';
import { surfaceForms, type TermOccurrence } from '../content/terms';
import type { Article } from '../content/validate';
import type { LanguageCode } from '../languages';
import type { LanguageIndex, SearchTerms } from './index-format';
import { normalizeForSearch, searchKey } from './normalize';
import { wordsOf } from './words';

/** Builds one language's vocabulary-and-postings index over every segment of `articles`. */
export function buildLanguageIndex(
	articles: readonly Pick<Article, 'slug' | 'segmentIds' | 'text'>[],
	language: LanguageCode
): LanguageIndex {
	const segments: string[] = [];
	const texts: string[] = [];
	const postingsOf = new Map<string, number[]>();
	for (const article of articles) {
		for (const id of article.segmentIds) {
			const text = article.text[id]?.[language];
			if (!text) continue;
			const index = segments.length;
			segments.push(id);
			texts.push(text);
			for (const word of new Set(wordsOf(normalizeForSearch(text), text).map((w) => w.word))) {
				let postings = postingsOf.get(word);
				if (!postings) postingsOf.set(word, (postings = []));
				postings.push(index);
			}
		}
	}
	const words = [...postingsOf.keys()].sort();
	return {
		language,
		segments,
		texts,
		words,
		postings: words.map((w) => postingsOf.get(w) as number[])
	};
}

/** The glossary as term-aware search needs it: folded names and occurrences of every term. */
export function buildSearchTerms(
	terms: readonly Term[],
	occurrences: readonly TermOccurrence[]
): SearchTerms {
	return {
		terms: terms.map((term) => ({
			id: term.id,
			labels: { en: term.en.label, 'fa-AF': term['fa-AF'].label, ru: term.ru.label },
			keys: [
				...new Set(
					(['en', 'fa-AF', 'ru'] as const).flatMap((language) =>
						surfaceForms(term, language).map(searchKey)
					)
				)
			],
			occurrences: occurrences
				.filter((o) => o.term === term.id)
				.map(({ segment, language, start, end }) => ({ segment, language, start, end }))
		}))
	};
}
