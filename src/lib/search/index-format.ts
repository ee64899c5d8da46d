import type { LanguageCode } from '../languages';

/**
 * One language's search index, as the build computes it: the vocabulary (each distinct folded
 * word once) with postings into the library's segment list. Queries match their words against
 * the vocabulary (exactly, by prefix, by stem, then fuzzily) and reach segments only through
 * postings, so the cost grows with the vocabulary, not with the corpus.
 */
export interface LanguageIndex {
	language: LanguageCode;
	/** Every segment key of the library, `slug:segment-id`, e.g. `kpa-kursk:3.1`, in every
	 * language's index alike, so that postings of all languages can share one numbering. */
	segments: string[];
	/** Each segment's displayed text in this language, parallel to `segments` ('' if none). */
	texts: string[];
	/** The vocabulary, sorted. */
	words: string[];
	/** For each word, the indexes of the segments containing it, ascending. */
	postings: number[][];
}

/** Glossary data for term-aware search: each term's folded names, and where it occurs. */
export interface SearchTerms {
	terms: {
		id: string;
		labels: Record<LanguageCode, string>;
		/** Folded surface forms in every language. */
		keys: string[];
		/** Segment keys where the term occurs, with the language and range of each occurrence. */
		occurrences: { segment: string; language: LanguageCode; start: number; end: number }[];
	}[];
}

/**
 * The one file a browser fetches before its first query, for every language at once: the
 * segments by article (their IDs as runs, `3.1-4` for 3.1 to 3.4), which vocabulary shards and
 * which suffix lists exist, and the glossary terms. One file, so that a first query costs one
 * request for all of this whatever the number of languages.
 */
export interface SearchManifest {
	articles: { slug: string; ids: string }[];
	/** The two-letter prefixes that have a shard. */
	shards: string[];
	/** The two-letter endings that have a suffix list. */
	suffixes: string[];
	terms: SearchTerms['terms'];
}

/**
 * The words of every language that begin with the same two letters (or are that one letter), and
 * each word's postings per language as gaps between segment indexes (empty where the word does
 * not occur in that language).
 */
export interface IndexShard {
	words: string[];
	gaps: Partial<Record<LanguageCode, number[][]>>;
}

/**
 * The fuzzy side index: per language, the words that end in the same two letters, without
 * postings. With the shard of its first two letters, it holds every word one typo away from a
 * query word, wherever the typo is, the first letter included.
 */
export interface SuffixList {
	words: Partial<Record<LanguageCode, string[]>>;
}

/** An article's segment texts in every language, fetched for the hits a reader sees. */
export interface ArticleTexts {
	slug: string;
	texts: Partial<Record<LanguageCode, Record<string, string>>>;
}
