import type { Term } from '../content/glossary-schema';
import { surfaceForms, type TermOccurrence } from '../content/terms';
import type { Article } from '../content/validate';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import type {
	ArticleTexts,
	IndexShard,
	LanguageIndex,
	SearchManifest,
	SearchTerms,
	SuffixList
} from './index-format';
import { encodeSegmentRuns } from './segment-runs';
import { shardKey, suffixKey } from './shard-keys';
import { normalizeForSearch, searchKey } from '../text/normalize';
import { wordsOf } from '../text/words';

/**
 * Builds one language's vocabulary-and-postings index over every segment of `articles` (all of
 * them, with or without a text in this language, so every language numbers segments alike).
 */
export function buildLanguageIndex(
	articles: readonly Pick<Article, 'slug' | 'segmentIds' | 'text'>[],
	language: LanguageCode
): LanguageIndex {
	const segments: string[] = [];
	const texts: string[] = [];
	const postingsOf = new Map<string, number[]>();
	for (const article of articles) {
		for (const id of article.segmentIds) {
			const text = article.text[id]?.[language] ?? '';
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

/**
 * Splits the indexes of every language into what the browser fetches: the manifest, one shard per
 * two-letter prefix with every language's postings, and one suffix list per two-letter ending.
 */
export function shardIndexes(
	indexes: readonly LanguageIndex[],
	terms: SearchTerms['terms'] = []
): {
	manifest: SearchManifest;
	shards: Map<string, IndexShard>;
	suffixes: Map<string, SuffixList>;
} {
	const articles: { slug: string; ids: string[] }[] = [];
	for (const segment of indexes[0]?.segments ?? []) {
		const slug = segment.slice(0, segment.indexOf(':'));
		const last = articles.at(-1);
		const id = segment.slice(slug.length + 1);
		if (last?.slug === slug) last.ids.push(id);
		else articles.push({ slug, ids: [id] });
	}
	const vocabulary = [...new Set(indexes.flatMap((index) => index.words))].sort();
	const shards = new Map<string, IndexShard>();
	for (const word of vocabulary) {
		const key = shardKey(word);
		let shard = shards.get(key);
		if (!shard) shards.set(key, (shard = { words: [], gaps: {} }));
		shard.words.push(word);
	}
	const suffixes = new Map<string, SuffixList>();
	for (const index of indexes) {
		const { language } = index;
		const positions = new Map(index.words.map((word, i) => [word, i]));
		for (const shard of shards.values()) {
			shard.gaps[language] = shard.words.map((word) => {
				const postings = index.postings[positions.get(word) ?? -1] ?? [];
				return postings.map((p, j) => (j === 0 ? p : p - (postings[j - 1] as number)));
			});
		}
		for (const word of index.words) {
			const key = suffixKey(word);
			let list = suffixes.get(key);
			if (!list) suffixes.set(key, (list = { words: {} }));
			(list.words[language] ??= []).push(word);
		}
	}
	return {
		manifest: {
			articles: articles.map(({ slug, ids }) => ({ slug, ids: encodeSegmentRuns(ids) })),
			shards: [...shards.keys()],
			suffixes: [...suffixes.keys()],
			terms
		},
		shards,
		suffixes
	};
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
