import Fuse from 'fuse.js';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import type { LanguageCode } from '../languages';
import type {
	ArticleTexts,
	IndexShard,
	LanguageIndex,
	SearchManifest,
	SearchTerms,
	SuffixList
} from './index-format';
import { decodeSegmentRuns } from './segment-runs';
import { shardKey, suffixKey } from './shard-keys';
import {
	normalizeForSearch,
	originalRange,
	searchKey,
	type NormalizedText
} from '../text/normalize';
import { wordsOf } from '../text/words';
import { isWordChar, splitWords } from '../text/letters';
import { formatSegmentId, isSegmentOf } from '../content/segment-id';

/** How a query word was found: the better the kind, the higher the hit ranks. */
export type MatchKind = 'exact' | 'prefix' | 'stem' | 'fuzzy';

const KIND_WEIGHT: Record<MatchKind, number> = { exact: 1, prefix: 0.8, stem: 0.75, fuzzy: 0.5 };

/** A segment that matched in one language, with the ranges to highlight in its displayed text. */
export interface LanguageHit {
	language: LanguageCode;
	segment: string;
	/** The segment's place in the library's order (the index's list of segments). */
	place: number;
	score: number;
	ranges: [number, number][];
	/** The query as a whole phrase occurs in the text. */
	phrase: boolean;
}

/** A segment a language's search found, by its place in the index. */
export interface RankedSegment {
	segment: number;
	score: number;
	/** Where the query as a phrase starts in its folded text, or -1. */
	phraseAt: number;
}

/** What a language's search found, and the vocabulary words it matched (to highlight). */
export interface LanguageRanking {
	entries: RankedSegment[];
	matchedWords: Set<string>;
}

/** The score of a segment found only as an occurrence of a glossary term the query names. */
const TERM_SCORE = 0.6;

/** Limits that keep every query bounded, whatever it is. */
const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_WORDS = 10;
export const MAX_PREFIX_WORDS = 60;
const MIN_FUZZY_LENGTH = 4;
const MAX_FUZZY_LENGTH = 32;
const MAX_FUZZY_CANDIDATES = 3000;
const MAX_FUZZY_MATCHES = 10;
/** Fuzzy matches come from the query word's own shard and at most this many others, so that a
 * typo costs a bounded number of requests however many words resemble it. */
const MAX_FUZZY_OTHER_SHARDS = 1;
const FUZZY_THRESHOLD = 0.3;

/** The folded words of a query, at most ten, each once; a query of only marks has none. */
export function queryWords(query: string): { key: string; words: string[] } {
	const key = searchKey(query.slice(0, MAX_QUERY_LENGTH));
	const words = [...new Set(wordsOf({ key, offsets: [] }).map((w) => w.word))].slice(
		0,
		MAX_QUERY_WORDS
	);
	return { key, words };
}

const fuzzyLength = (word: string) =>
	word.length >= MIN_FUZZY_LENGTH && word.length <= MAX_FUZZY_LENGTH;

/** Searches one language's index. Builds its helper tables the first time they are needed. */
export class LanguageSearcher {
	readonly index: LanguageIndex;
	#stems: Map<string, number[]> | undefined;
	#suffixes: Map<string, string[]> | undefined;
	#normalized = new Map<number, NormalizedText>();
	// Scratch arrays of `rank`, one score per segment, all 0 between queries.
	#scores = new Float64Array(0);
	#wordScores = new Float64Array(0);

	/**
	 * @param partial The index holds only the shards fetched so far; words ending like a query
	 * word then come from the suffix lists added, not from the vocabulary.
	 */
	constructor(
		index: LanguageIndex,
		readonly partial = false
	) {
		this.index = index;
		if (partial) this.#suffixes = new Map();
	}

	/**
	 * Vocabulary words that a query word stands for, each with how it matched; with `fuzzy`
	 * false, none by a typo.
	 */
	matchWord(word: string, fuzzy = true): { word: number; kind: MatchKind; weight: number }[] {
		const found = this.#directMatches(word);
		if (fuzzy && found.size === 0 && fuzzyLength(word)) {
			for (const { word: match, score } of this.#fuzzy(word)) {
				const at = lowerBound(this.index.words, match);
				if (this.index.words[at] === match) {
					found.set(at, { kind: 'fuzzy', weight: KIND_WEIGHT.fuzzy * (1 - score) });
				}
			}
		}
		return [...found].map(([index, match]) => ({ word: index, ...match }));
	}

	/** Whether a query word is matched only fuzzily: it matches no word exactly, by prefix or stem. */
	needsFuzzy(word: string): boolean {
		return fuzzyLength(word) && !this.#directMatches(word).size;
	}

	/**
	 * The vocabulary words a query word matches with a typo, best first, when it matches none
	 * exactly, by prefix or by stem. Candidates share its first two letters (a typo later in the
	 * word) or its last two (a typo at its start); fuse.js scores them.
	 */
	fuzzyMatches(word: string): { word: string; score: number }[] {
		return this.needsFuzzy(word) ? this.#fuzzy(word) : [];
	}

	#directMatches(word: string): Map<number, { kind: MatchKind; weight: number }> {
		const { words } = this.index;
		const found = new Map<number, { kind: MatchKind; weight: number }>();
		const add = (index: number, kind: MatchKind, weight: number) => {
			const seen = found.get(index);
			if (!seen || seen.weight < weight) found.set(index, { kind, weight });
		};
		let at = lowerBound(words, word);
		if (words[at] === word) add(at, 'exact', KIND_WEIGHT.exact);
		if (word.length >= 2) {
			for (let n = 0; at < words.length && n < MAX_PREFIX_WORDS; at++, n++) {
				const candidate = words[at] as string;
				if (!candidate.startsWith(word)) break;
				if (candidate !== word) add(at, 'prefix', KIND_WEIGHT.prefix);
			}
		}
		if (this.index.language === 'ru' && word.length >= 3) {
			for (const index of this.#stemTable().get(russianStem(word)) ?? []) {
				add(index, 'stem', KIND_WEIGHT.stem);
			}
		}
		return found;
	}

	/**
	 * Segments containing every query word (each by its best match), unordered, with their
	 * scores; `hit` makes a hit of one. A query in quotes, or any query of several words, scores
	 * the segments holding it as a phrase higher. With `article`, only that article's segments.
	 *
	 * `deferred` words are looked for in the candidates' texts (as words or word starts), not
	 * through postings: their shards have not been fetched, so that a long query costs a bounded
	 * number of requests. A candidate whose text has not arrived either is kept, unverified, and
	 * ranks by its other words. `exact` words are matched by no typo (another language has them).
	 *
	 * Scores add up in arrays over all segments, kept between queries: a frequent word's postings
	 * cover most of a thousand articles, and tables of them were most of such a query's time.
	 */
	rank(
		query: { key: string; words: string[] },
		exactPhrase = false,
		article: string | null = null,
		{
			deferred = new Set<string>(),
			exact = new Set<string>()
		}: { deferred?: ReadonlySet<string>; exact?: ReadonlySet<string> } = {}
	): LanguageRanking {
		const matchedWords = new Set<string>();
		const entries: RankedSegment[] = [];
		const looked = query.words.filter((word) => !deferred.has(word));
		if (!looked.length) return { entries, matchedWords };
		const count = this.index.segments.length;
		if (this.#scores.length !== count) {
			this.#scores = new Float64Array(count);
			this.#wordScores = new Float64Array(count);
		}
		const scores = this.#scores;
		const best = this.#wordScores;
		let candidates: number[] | null = null;
		for (const word of looked) {
			const touched: number[] = [];
			for (const match of this.matchWord(word, !exact.has(word))) {
				if (exactPhrase && match.kind !== 'exact' && match.kind !== 'prefix') continue;
				matchedWords.add(this.index.words[match.word] as string);
				for (const segment of this.index.postings[match.word] ?? []) {
					// Every weight is above 0: 0 marks a segment this word has not reached yet.
					if (best[segment] === 0) touched.push(segment);
					if (match.weight > (best[segment] as number)) best[segment] = match.weight;
				}
			}
			if (candidates === null) {
				for (const segment of touched) scores[segment] = best[segment] as number;
				candidates = touched;
			} else {
				const kept: number[] = [];
				for (const segment of candidates) {
					if (best[segment] === 0) continue;
					scores[segment] = (scores[segment] as number) + (best[segment] as number);
					kept.push(segment);
				}
				candidates = kept;
			}
			for (const segment of touched) best[segment] = 0;
			if (!candidates.length) return { entries, matchedWords };
		}
		for (const segment of candidates ?? []) {
			const total = scores[segment] as number;
			if (article && !isSegmentOf(this.index.segments[segment] as string, article)) continue;
			// A segment whose text has not arrived yet ranks by its words alone.
			const normalized = this.#normalizedText(segment);
			const key = normalized?.key;
			let score = total;
			if (normalized && looked.length < query.words.length) {
				const text = this.index.texts[segment] as string;
				const inText = deferredWeight(normalized, text, query.words, deferred, matchedWords);
				if (inText === null) continue;
				score += inText;
			}
			const phraseAt =
				key !== undefined && (query.words.length > 1 || exactPhrase)
					? findPhrase(key, query.key)
					: -1;
			// Without its text, a candidate for the exact phrase stays until the text can tell.
			if (exactPhrase && phraseAt < 0 && key !== undefined) continue;
			entries.push({
				segment,
				score: score / query.words.length + (phraseAt >= 0 ? 1 : 0),
				phraseAt
			});
		}
		return { entries, matchedWords };
	}

	/** A ranked segment as a hit, with the ranges to highlight (a pass over its text). */
	hit(
		{ segment, score, phraseAt }: RankedSegment,
		query: { key: string },
		matchedWords: ReadonlySet<string>
	): LanguageHit {
		const hit: LanguageHit = {
			language: this.index.language,
			segment: this.index.segments[segment] as string,
			place: segment,
			score,
			ranges: [],
			phrase: phraseAt >= 0
		};
		const normalized = this.#normalizedText(segment);
		if (normalized) {
			const text = this.index.texts[segment] as string;
			hit.ranges = mergeRanges(
				phraseAt >= 0
					? [originalRange(normalized, phraseAt, phraseAt + query.key.length, text)]
					: wordsOf(normalized, text)
							.filter((w) => matchedWords.has(w.word))
							.map((w) => originalRange(normalized, w.start, w.end, text))
			);
		}
		return hit;
	}

	/** A segment's displayed text in this language (none if it has none, or not yet). */
	textOf(segmentKey: string): string | undefined {
		const at = segmentPosition(this.index.segments, segmentKey);
		return (at === undefined ? undefined : this.index.texts[at]) || undefined;
	}

	/**
	 * Adds a vocabulary shard fetched for a query: the words that occur in this language, with
	 * their postings. Shards partition the vocabulary by prefix, so each goes in as one block and
	 * the vocabulary stays sorted.
	 */
	addShard(shard: IndexShard) {
		const words: string[] = [];
		const postings: number[][] = [];
		(shard.gaps[this.index.language] ?? []).forEach((gaps, i) => {
			if (!gaps.length) return;
			let at = 0;
			words.push(shard.words[i] as string);
			postings.push(gaps.map((gap) => (at += gap)));
		});
		if (!words.length) return;
		// A split shard's head repeats words of the shards under it: merge, keeping each word once.
		const merged: string[] = [];
		const mergedPostings: number[][] = [];
		const { words: own, postings: ownPostings } = this.index;
		for (let i = 0, j = 0; i < own.length || j < words.length;) {
			const mine = own[i];
			const theirs = words[j];
			if (theirs === undefined || (mine !== undefined && mine < theirs)) {
				merged.push(mine as string);
				mergedPostings.push(ownPostings[i++] as number[]);
			} else {
				if (mine === theirs) i++;
				merged.push(theirs);
				mergedPostings.push(postings[j++] as number[]);
			}
		}
		this.index.words = merged;
		this.index.postings = mergedPostings;
		this.#stems = undefined;
		if (!this.partial) this.#suffixes = undefined;
	}

	/** Adds a list of the fuzzy side index: this language's words with one ending. */
	addSuffixes(list: SuffixList, key: string) {
		// A split list's words all end in its two-letter ending too, where fuzzy matching looks.
		const ending = suffixKey(key);
		const table = this.#suffixTable();
		const words = list.words[this.index.language] ?? [];
		const known = table.get(ending);
		table.set(ending, known ? [...new Set([...known, ...words])].sort() : words);
	}

	/** Adds the texts of one article, fetched for the hits a reader sees. */
	addTexts(article: ArticleTexts) {
		for (const [id, text] of Object.entries(article.texts[this.index.language] ?? {})) {
			const at = segmentPosition(this.index.segments, `${article.slug}:${id}`);
			if (at !== undefined) this.index.texts[at] = text;
		}
	}

	#normalizedText(segment: number): NormalizedText | undefined {
		const text = this.index.texts[segment];
		if (text === undefined) return undefined;
		let normalized = this.#normalized.get(segment);
		if (!normalized) {
			normalized = normalizeForSearch(text);
			this.#normalized.set(segment, normalized);
		}
		return normalized;
	}

	#stemTable(): Map<string, number[]> {
		if (!this.#stems) {
			this.#stems = new Map();
			this.index.words.forEach((word, index) => {
				const stem = russianStem(word);
				const list = this.#stems?.get(stem);
				if (list) list.push(index);
				else this.#stems?.set(stem, [index]);
			});
		}
		return this.#stems;
	}

	#suffixTable(): Map<string, string[]> {
		if (!this.#suffixes) {
			const table = new Map<string, string[]>();
			for (const word of this.index.words) {
				const key = suffixKey(word);
				const list = table.get(key);
				if (list) list.push(word);
				else table.set(key, [word]);
			}
			this.#suffixes = table;
		}
		return this.#suffixes;
	}

	#fuzzy(word: string): { word: string; score: number }[] {
		const { words } = this.index;
		const prefix = shardKey(word);
		const candidates = new Set<string>();
		for (let at = lowerBound(words, prefix); at < words.length; at++) {
			if (!(words[at] as string).startsWith(prefix)) break;
			candidates.add(words[at] as string);
		}
		for (const candidate of this.#suffixTable().get(suffixKey(word)) ?? []) {
			candidates.add(candidate);
		}
		const near = [...candidates]
			.filter((candidate) => Math.abs(candidate.length - word.length) <= 2)
			.slice(0, MAX_FUZZY_CANDIDATES);
		const fuse = new Fuse(near, {
			includeScore: true,
			ignoreLocation: true,
			threshold: FUZZY_THRESHOLD,
			isCaseSensitive: true
		});
		const shards = new Set([prefix]);
		const matches: { word: string; score: number }[] = [];
		for (const result of fuse.search(word)) {
			const key = shardKey(result.item);
			if (!shards.has(key)) {
				if (shards.size > MAX_FUZZY_OTHER_SHARDS) continue;
				shards.add(key);
			}
			matches.push({ word: result.item, score: result.score ?? 1 });
			if (matches.length === MAX_FUZZY_MATCHES) break;
		}
		return matches;
	}
}

// Where each article's segments lie in a list of segments, by slug: a segment's place is looked
// for among its article's few, with no table of every key (tens of thousands at a thousand
// articles, which the first search would wait for). Kept per list, which every language's index
// of an engine shares (fromManifest).
const articleSpans = new WeakMap<readonly string[], Map<string, [number, number]>>();

/** Every segment key of the library, in the order of the manifest. */
export function manifestSegments(manifest: SearchManifest): string[] {
	const segments: string[] = [];
	const spans = new Map<string, [number, number]>();
	for (const { slug, ids } of manifest.articles) {
		const start = segments.length;
		for (const id of decodeSegmentRuns(ids)) segments.push(formatSegmentId(slug, id));
		spans.set(slug, [start, segments.length]);
	}
	articleSpans.set(segments, spans);
	return segments;
}

function spansOf(segments: readonly string[]): Map<string, [number, number]> {
	let spans = articleSpans.get(segments);
	if (!spans) {
		spans = new Map();
		segments.forEach((key, i) => {
			const slug = key.slice(0, key.indexOf(':'));
			const span = spans?.get(slug);
			if (span) span[1] = i + 1;
			else spans?.set(slug, [i, i + 1]);
		});
		articleSpans.set(segments, spans);
	}
	return spans;
}

/** A segment key's place in a list of segments, if it is there. */
export function segmentPosition(segments: readonly string[], key: string): number | undefined {
	const span = spansOf(segments).get(key.slice(0, key.indexOf(':')));
	if (!span) return undefined;
	for (let i = span[0]; i < span[1]; i++) if (segments[i] === key) return i;
	return undefined;
}

/** A raw query as the engine reads it: quotes ask for the exact phrase. */
export function parseQuery(raw: string): {
	query: { key: string; words: string[] };
	exactPhrase: boolean;
} {
	const trimmed = raw.trim();
	const exactPhrase = /^".+"$/.test(trimmed);
	return { query: queryWords(exactPhrase ? trimmed.slice(1, -1) : trimmed), exactPhrase };
}

/**
 * How well a text holds the deferred query words: the sum of their weights (exact, or prefix for
 * a word that only begins a word of the text), or null if one is missing. The text's words that
 * match are added to `matched`, to be highlighted.
 */
function deferredWeight(
	normalized: NormalizedText,
	text: string,
	words: readonly string[],
	deferred: ReadonlySet<string>,
	matched: Set<string>
): number | null {
	const inText = new Set(wordsOf(normalized, text).map((w) => w.word));
	let weight = 0;
	for (const word of words) {
		if (!deferred.has(word)) continue;
		if (inText.has(word)) {
			weight += KIND_WEIGHT.exact;
			matched.add(word);
			continue;
		}
		const starts = word.length >= 2 ? [...inText].filter((w) => w.startsWith(word)) : [];
		if (!starts.length) return null;
		weight += KIND_WEIGHT.prefix;
		for (const w of starts) matched.add(w);
	}
	return weight;
}

/** The first index in a sorted array whose value is not less than `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((sorted[middle] as string) < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Where a phrase starts in a key at word boundaries, or -1. */
function findPhrase(key: string, phrase: string): number {
	for (let at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
		if (!isWordChar(key[at - 1]) && !isWordChar(key[at + phrase.length])) return at;
	}
	return -1;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const range of sorted) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}

/** A segment found by the query, with its best language first. */
export interface SearchResult {
	segment: string;
	score: number;
	/** Each language in which it matched, best first. */
	matches: LanguageHit[];
	/** The segment's text in every language searched, to show the hit beside its translations. */
	texts: Partial<Record<LanguageCode, string>>;
	/** Glossary terms named by the query that occur in this segment. */
	terms: string[];
}

export interface SearchOptions {
	/** Only these languages are searched; @defaultValue all loaded. */
	languages?: readonly LanguageCode[];
	/** Only segments of this article (slug). */
	article?: string | null;
	/** Return at most this many results (the total is counted all the same); @defaultValue all. */
	limit?: number;
	/**
	 * Query words whose shards were not fetched (a long query's commonest, see `planShards`):
	 * they are looked for in the texts of the hits the other words find.
	 */
	deferred?: readonly string[];
}

/**
 * Terms that the query names, in any language: every query word begins a word of one of the
 * term's names, and those words make up at least half of that name ("Kursk", «Курск» and «کورسک»
 * name Kursk Oblast; "Korea" names North and South Korea but not the Korean People's Army).
 */
function termsNamedBy(query: { words: string[] }, terms: SearchTerms['terms']): string[] {
	if (!query.words.length || query.words.join('').length < 3) return [];
	return terms
		.filter((term) =>
			term.keys.some((key) => {
				const words = splitWords(key);
				const covered = new Set<number>();
				for (const q of query.words) {
					const at = words.findIndex((w, i) => !covered.has(i) && w.startsWith(q));
					if (at < 0) return false;
					covered.add(at);
				}
				return covered.size * 2 >= words.length;
			})
		)
		.map((term) => term.id);
}

/** Search over every language's index, grouped by segment, with term-aware extra hits. */
export class SearchEngine {
	readonly searchers: Map<LanguageCode, LanguageSearcher>;
	readonly terms: SearchTerms['terms'];

	constructor(
		indexes: readonly LanguageIndex[],
		terms: SearchTerms['terms'] = [],
		partial = false
	) {
		this.searchers = new Map(
			indexes.map((index) => [index.language, new LanguageSearcher(index, partial)])
		);
		this.terms = terms;
	}

	/** An engine with only the manifest: shards, suffix lists and texts are added as fetched. */
	static fromManifest(manifest: SearchManifest, languages: readonly LanguageCode[]): SearchEngine {
		// One list of segments for all the languages: they number segments alike.
		const segments = manifestSegments(manifest);
		return new SearchEngine(
			languages.map((language) => ({ language, segments, texts: [], words: [], postings: [] })),
			manifest.terms,
			true
		);
	}

	/**
	 * The query words that no searched language holds exactly, by prefix or by stem: only these
	 * are matched by a typo, in any language (a word one language has is no typo in another), and
	 * only these need the fuzzy side index.
	 */
	mistyped(words: readonly string[], languages?: readonly LanguageCode[]): string[] {
		const direct = new Set(this.#directWords(words, languages ?? [...this.searchers.keys()]));
		return words.filter((word) => !direct.has(word));
	}

	#directWords(words: readonly string[], languages: readonly LanguageCode[]): string[] {
		const searchers = languages.flatMap((language) => this.searchers.get(language) ?? []);
		return words.filter((word) => searchers.some((searcher) => !searcher.needsFuzzy(word)));
	}

	search(
		rawQuery: string,
		options: SearchOptions = {}
	): { results: SearchResult[]; total: number; terms: string[] } {
		const { query, exactPhrase } = parseQuery(rawQuery);
		const languages = options.languages ?? [...this.searchers.keys()];
		const segments = this.searchers.values().next().value?.index.segments ?? [];
		const article = options.article ?? null;
		const inScope = (segment: string) => !article || isSegmentOf(segment, article);

		// The filter applies before ranking, so that the first hits of the article are the ones
		// highlighted and the total counts the article's hits only. Each segment found scores its
		// best in any language; only the ones shown become hits (a frequent word finds most of a
		// large library).
		const deferred = new Set(options.deferred);
		const exact = new Set(this.#directWords(query.words, languages));
		const best = new Float64Array(segments.length);
		const found: number[] = [];
		const rankings: { searcher: LanguageSearcher; ranking: LanguageRanking }[] = [];
		for (const language of languages) {
			const searcher = this.searchers.get(language);
			if (!searcher) continue;
			const ranking = searcher.rank(query, exactPhrase, article, { deferred, exact });
			rankings.push({ searcher, ranking });
			for (const { segment, score } of ranking.entries) {
				// Every score is above 0: 0 marks a segment not found yet.
				if (best[segment] === 0) found.push(segment);
				if (score > (best[segment] as number)) best[segment] = score;
			}
		}

		// A query naming a glossary term also finds the term in every language it occurs in.
		const named = exactPhrase ? [] : termsNamedBy(query, this.terms);
		type Occurrence = SearchTerms['terms'][number]['occurrences'][number];
		const termsAt = new Map<number, { id: string; occurrence: Occurrence }[]>();
		for (const id of named) {
			const term = this.terms.find((t) => t.id === id);
			for (const occurrence of term?.occurrences ?? []) {
				if (!languages.includes(occurrence.language) || !inScope(occurrence.segment)) continue;
				const place = segmentPosition(segments, occurrence.segment);
				if (place === undefined) continue;
				if (best[place] === 0) {
					found.push(place);
					best[place] = TERM_SCORE;
				}
				const list = termsAt.get(place) ?? [];
				list.push({ id, occurrence });
				termsAt.set(place, list);
			}
		}

		// Equal scores keep the library's order.
		found.sort((a, b) => (best[b] as number) - (best[a] as number) || a - b);
		const shown = found.slice(0, options.limit ?? found.length);
		const wanted = new Set(shown);
		const hitsAt = new Map<number, LanguageHit[]>();
		for (const { searcher, ranking } of rankings) {
			for (const entry of ranking.entries) {
				if (!wanted.has(entry.segment)) continue;
				const hits = hitsAt.get(entry.segment) ?? [];
				hits.push(searcher.hit(entry, query, ranking.matchedWords));
				hitsAt.set(entry.segment, hits);
			}
		}
		const results = shown.map((place): SearchResult => {
			const segment = segments[place] as string;
			const result: SearchResult = {
				segment,
				score: best[place] as number,
				matches: hitsAt.get(place) ?? [],
				terms: [],
				texts: {}
			};
			for (const { id, occurrence } of termsAt.get(place) ?? []) {
				if (!result.terms.includes(id)) result.terms.push(id);
				const match = result.matches.find((m) => m.language === occurrence.language);
				const range: [number, number] = [occurrence.start, occurrence.end];
				if (match) {
					if (!match.ranges.some(([s, e]) => s <= range[0] && e >= range[1])) {
						match.ranges = mergeRanges([...match.ranges, range]);
					}
				} else {
					result.matches.push({
						language: occurrence.language,
						segment,
						place,
						score: TERM_SCORE,
						ranges: [range],
						phrase: false
					});
				}
			}
			result.matches.sort((a, b) => b.score - a.score);
			for (const [language, searcher] of this.searchers) {
				const text = searcher.textOf(segment);
				if (text !== undefined) result.texts[language] = text;
			}
			return result;
		});
		return { results, total: found.length, terms: named };
	}
}
