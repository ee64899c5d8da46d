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
