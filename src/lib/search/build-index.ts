import type { Term } from '../content/glossary-schema';
import { surfaceForms, type TermOccurrence } from '../content/terms';
import type { Article } from '../content/validate';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import type {
	ArticleTexts,
	IndexShard,
	LanguageIndex,
	LanguageManifest,
	SearchTerms
} from './index-format';
import { normalizeForSearch, searchKey } from '../text/normalize';
import { wordsOf } from '../text/words';

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
					LANGUAGE_CODES.flatMap((language) => surfaceForms(term, language).map(searchKey))
				)
			],
			occurrences: occurrences
				.filter((o) => o.term === term.id)
				.map(({ segment, language, start, end }) => ({ segment, language, start, end }))
		}))
	};
}

/** The shard a word belongs to: its first character as a hex code point (URL-safe). */
export function shardKey(word: string): string {
	return (word.codePointAt(0) ?? 0).toString(16);
}

/** Splits a language index into its manifest and one shard per first character. */
export function shardIndex(index: LanguageIndex): {
	manifest: LanguageManifest;
	shards: Map<string, IndexShard>;
} {
	const articles: LanguageManifest['articles'] = [];
	for (const segment of index.segments) {
		const slug = segment.slice(0, segment.indexOf(':'));
		const last = articles.at(-1);
		const id = segment.slice(slug.length + 1);
		if (last?.slug === slug) last.ids.push(id);
		else articles.push({ slug, ids: [id] });
	}
	const shards = new Map<string, IndexShard>();
	index.words.forEach((word, i) => {
		const key = shardKey(word);
		let shard = shards.get(key);
		if (!shard) shards.set(key, (shard = { words: [], gaps: [] }));
		shard.words.push(word);
		const postings = index.postings[i] ?? [];
		shard.gaps.push(postings.map((p, j) => (j === 0 ? p : p - (postings[j - 1] as number))));
	});
	return { manifest: { language: index.language, articles, shards: [...shards.keys()] }, shards };
}

/** Every language's text of one article, keyed by segment ID without the article prefix. */
export function articleTexts(article: Pick<Article, 'slug' | 'segmentIds' | 'text'>): ArticleTexts {
	const texts: ArticleTexts['texts'] = {};
	for (const id of article.segmentIds) {
		const local = id.slice(article.slug.length + 1);
		for (const [language, text] of Object.entries(article.text[id] ?? {})) {
			(texts[language as LanguageCode] ??= {})[local] = text;
		}
	}
	return { slug: article.slug, texts };
}
