import { gzipSync } from 'node:zlib';
import type { Term } from '../content/glossary-schema';
import { surfaceForms, type TermOccurrence } from '../content/terms';
import type { Article } from '../content/article-types';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import type {
	ArticleTexts,
	IndexShard,
	LanguageIndex,
	SearchManifest,
	SearchTerms,
	SuffixList
} from './index-format';
import { MAX_PREFIX_WORDS } from './engine';
import { encodeSegmentRuns } from './segment-runs';
import { shardKey, suffixKey } from './shard-keys';
import { normalizeForSearch, searchKey } from '../text/normalize';
import { wordsOf } from '../text/words';
import { parseSegmentId } from '../content/segment-id';

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
			labels: { en: term.en.label.name, 'fa-AF': term['fa-AF'].label.name, ru: term.ru.label.name },
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
 * The gzip size above which a shard or suffix list is split, so that every later word of a query
 * costs at most about this much (the budget is 30 KiB; a word's own postings cannot be
 * split, so a shard of one very frequent word may still exceed it).
 */
export const MAX_FILE_BYTES = 24 * 1024;

const gzipBytes = (value: unknown) => gzipSync(JSON.stringify(value)).length;

/**
 * Puts the sorted `words` of one group (all beginning, or all ending, with `key`) into files: the
 * group's own if it is small enough, else, recursively, one per longer key (the next letter
 * inward) plus the group's head under `key`, which holds the words that are `key` itself and
 * whatever `head` adds. A word then lives in the file of the longest key it begins (or ends)
 * with, which is all the worker needs to know (`shardFileKey`, `suffixFileKey`).
 */
function splitGroup<T>(
	key: string,
	words: string[],
	options: {
		file: (words: string[]) => T;
		longerKey: (word: string, length: number) => string;
		head: (words: string[], key: string) => string[];
		maxBytes: number;
	},
	files: Map<string, T>
) {
	const length = [...key].length;
	const file = options.file(words);
	if (words.length < 2 || gzipBytes(file) <= options.maxBytes) {
		files.set(key, file);
		return;
	}
	const groups = new Map<string, string[]>();
	for (const word of words) {
		if ([...word].length === length) continue;
		const longer = options.longerKey(word, length + 1);
		const group = groups.get(longer);
		if (group) group.push(word);
		else groups.set(longer, [word]);
	}
	files.set(key, options.file(options.head(words, key)));
	for (const [longer, group] of groups) splitGroup(longer, group, options, files);
}

/**
 * Splits the indexes of every language into what the browser fetches: the manifest, one shard per
 * two-letter prefix with every language's postings, and one suffix list per two-letter ending,
 * each split by longer keys while its gzip size exceeds `maxBytes`.
 *
 * A split shard keeps a head under its own key: the word that is the key, and the first
 * `MAX_PREFIX_WORDS` words of each language in the group, which are exactly the words a prefix
 * query equal to the key matches. A query word shorter than the split keys (`st` when `st` is
 * split into `sta`, `ste`...) thus costs one request, as before, and any longer word one request
 * for the file of the longest key it begins with. A split suffix list keeps only the word that
 * is its key: a mistyped word ending in the key but in no longer key has no vocabulary word
 * sharing that longer ending.
 */
export function shardIndexes(
	indexes: readonly LanguageIndex[],
	terms: SearchTerms['terms'] = [],
	{ maxBytes = MAX_FILE_BYTES }: { maxBytes?: number } = {}
): {
	manifest: SearchManifest;
	shards: Map<string, IndexShard>;
	suffixes: Map<string, SuffixList>;
} {
	const articles: { slug: string; ids: string[] }[] = [];
	for (const segment of indexes[0]?.segments ?? []) {
		const { slug, local: id } = parseSegmentId(segment);
		const last = articles.at(-1);
		if (last?.slug === slug) last.ids.push(id);
		else articles.push({ slug, ids: [id] });
	}
	const postingsOf = indexes.map((index) => {
		const positions = new Map(index.words.map((word, i) => [word, i]));
		return (word: string) => index.postings[positions.get(word) ?? -1] ?? [];
	});
	const shardOf = (words: string[]): IndexShard => ({
		words,
		gaps: Object.fromEntries(
			indexes.map((index, l) => [
				index.language,
				words.map((word) => {
					const postings = postingsOf[l]?.(word) ?? [];
					return postings.map((p, j) => (j === 0 ? p : p - (postings[j - 1] as number)));
				})
			])
		)
	});
	const vocabulary = [...new Set(indexes.flatMap((index) => index.words))].sort();
	const shards = new Map<string, IndexShard>();
	for (const [key, words] of groupBy(vocabulary, shardKey)) {
		splitGroup(
			key,
			words,
			{
				file: shardOf,
				longerKey: (word, length) => [...word].slice(0, length).join(''),
				head: (group, own) => {
					const head = new Set(group.filter((word) => word === own));
					for (const postings of postingsOf) {
						let n = 0;
						for (const word of group) {
							if (n === MAX_PREFIX_WORDS) break;
							if (!postings(word).length || word === own) continue;
							head.add(word);
							n++;
						}
					}
					return group.filter((word) => head.has(word));
				},
				maxBytes
			},
			shards
		);
	}
	const suffixes = new Map<string, SuffixList>();
	// Words sorted as each language's vocabulary is, so each list is in that language's order.
	const listOf = (words: string[]): SuffixList => ({
		words: Object.fromEntries(
			indexes.flatMap((index, l) => {
				const own = words.filter((word) => postingsOf[l]?.(word).length);
				return own.length ? [[index.language, own]] : [];
			})
		)
	});
	for (const [key, words] of groupBy(vocabulary, suffixKey)) {
		splitGroup(
			key,
			words,
			{
				file: listOf,
				longerKey: (word, length) => [...word].slice(-length).join(''),
				head: (group, own) => group.filter((word) => word === own),
				maxBytes
			},
			suffixes
		);
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

/** The sorted `words` grouped by `key`, each group sorted. */
function groupBy(words: readonly string[], key: (word: string) => string) {
	const groups = new Map<string, string[]>();
	for (const word of words) {
		const group = groups.get(key(word));
		if (group) group.push(word);
		else groups.set(key(word), [word]);
	}
	return groups;
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
