import type { LanguageCode } from '../languages';

/**
 * One language's search index, as the build writes it and the browser loads it: the vocabulary
 * (each distinct folded word once) with postings into the segment list. Queries match their words
 * against the vocabulary (exactly, by prefix, by stem, then fuzzily with fuse.js) and reach
 * segments only through postings, so the cost grows with the vocabulary, not with the corpus.
 */
export interface LanguageIndex {
	language: LanguageCode;
	/** Segment keys, `slug:segment-id`, e.g. `kpa-kursk:3.1`. */
	segments: string[];
	/** Each segment's displayed text in this language, parallel to `segments`. */
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
 * What a browser fetches before its first query: which segments exist (by article, IDs without
 * the article prefix) and which vocabulary shards there are. Shards hold the words that begin
 * with one character, so a query fetches only the shards of its words' first letters.
 */
export interface LanguageManifest {
	language: LanguageCode;
	articles: { slug: string; ids: string[] }[];
	shards: string[];
}

/** One shard of a vocabulary: sorted words and their postings, each as gaps between indexes. */
export interface IndexShard {
	words: string[];
	gaps: number[][];
}

/** An article's segment texts in every language, fetched for the hits a reader sees. */
export interface ArticleTexts {
	slug: string;
	texts: Partial<Record<LanguageCode, Record<string, string>>>;
}
