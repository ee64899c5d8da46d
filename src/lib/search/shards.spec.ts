import { stemmer as russianStem } from '@orama/stemmers/russian';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { loadLibrary } from '../server/content';
import { articleTexts, buildLanguageIndex, buildSearchTerms, shardIndexes } from './build-index';
import { parseQuery, SearchEngine } from './engine';
import {
	keyFile,
	keyOfFile,
	planShards,
	shardFileKey,
	shardKey,
	suffixFileKey
} from './shard-keys';

const { articles, terms, occurrences } = loadLibrary();
const searchTerms = buildSearchTerms(terms, occurrences).terms;
const full = LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language));
const files = shardIndexes(structuredClone(full), searchTerms);
// Every shard and suffix list split down to the longest keys the content allows.
const split = shardIndexes(structuredClone(full), searchTerms, { maxBytes: 1 });
const complete = new SearchEngine(full, searchTerms);

/**
 * An engine that has only the manifest, then gets just what a query needs, as the worker does:
 * the shards of its words and of their Russian stems, within `budget` files (the rest deferred);
 * for a word found in no language, its suffix list and the shards of the words it resembles; and
 * the texts (unless `texts` is false).
 */
function engineFor(
	raw: string,
	{ manifest, shards, suffixes } = files,
	{ budget = Infinity, texts = true }: { budget?: number; texts?: boolean } = {}
) {
	const engine = SearchEngine.fromManifest(JSON.parse(JSON.stringify(manifest)), LANGUAGE_CODES);
	const shardKeys = new Set(manifest.shards);
	const suffixKeys = new Set(manifest.suffixes);
	const fetched = new Set<string>();
	const addShards = (words: string[]) => {
		for (const key of words.map((word) => shardFileKey(word, shardKeys))) {
			const shard = shards.get(key);
			if (!shard || fetched.has(key)) continue;
			fetched.add(key);
			for (const searcher of engine.searchers.values()) searcher.addShard(shard);
		}
	};
	const words = parseQuery(raw).query.words;
	const stems = words
		.filter((word) => word.length >= 3)
		.map((word) => russianStem(word))
		.filter((stem) => stem.length >= 2);
	const plan = planShards(words, stems, shardKeys, fetched, budget);
	addShards(plan.files);
	const searchers = [...engine.searchers.values()];
	const mistyped = engine.mistyped(words.filter((word) => !plan.deferred.includes(word)));
	for (const key of mistyped.map((word) => suffixFileKey(word, suffixKeys))) {
		const list = suffixes.get(key);
		if (list) for (const searcher of searchers) searcher.addSuffixes(list, key);
	}
	addShards(
		mistyped.flatMap((word) => searchers.flatMap((s) => s.fuzzyMatches(word).map((m) => m.word)))
	);
	for (const article of texts ? articles : []) {
		for (const searcher of searchers) searcher.addTexts(articleTexts(article));
	}
	return { engine, fetched, deferred: plan.deferred };
}

describe('a sharded index', () => {
	it('covers every language’s vocabulary once, shard by shard, with its postings', () => {
		for (const index of full) {
			const words = [...files.shards.values()].flatMap((shard) =>
				shard.words.filter((_, i) => shard.gaps[index.language]?.[i]?.length)
			);
			expect(words.sort()).toEqual(index.words);
			const suffixed = [...files.suffixes.values()].flatMap((l) => l.words[index.language] ?? []);
			expect(suffixed.sort()).toEqual(index.words);
		}
		const { engine } = engineFor('');
		expect(engine.searchers.get('en')?.index.segments).toEqual(full[0]!.segments);
	});

	it.each(['a', 'kursk', 'пр', 'پی', '10'])('names the files of %s in any script', (word) => {
		expect(keyOfFile(keyFile(shardKey(word)))).toBe(shardKey(word));
		expect(keyFile(shardKey(word))).toMatch(/^[0-9a-f-]+$/);
	});

	it.each([
		'Gerasimov',
		'Kursk region',
		'Zakharva',
		'Lerasimov',
		'Керасимов',
		'партнерстве',
		'پيمان مشاركت',
		'"shoulder to shoulder"',
		'Korea'
	])('answers %s with only the files it needs as the whole index does', (query) => {
		const { engine, fetched } = engineFor(query);
		expect(engine.search(query)).toEqual(complete.search(query));
		expect(fetched.size).toBeLessThanOrEqual(parseQuery(query).query.words.length + 1);
	});

	it('splits every file it can when the size limit is tiny, into longer keys', () => {
		expect(split.manifest.shards.length).toBeGreaterThan(files.manifest.shards.length);
		expect(split.manifest.suffixes.length).toBeGreaterThan(files.manifest.suffixes.length);
		expect(shardFileKey('gerasimov', new Set(split.manifest.shards)).length).toBeGreaterThan(2);
		for (const index of full) {
			const suffixed = [...split.suffixes.values()].flatMap((l) => l.words[index.language] ?? []);
			expect(suffixed.sort()).toEqual(index.words);
			const words = new Set(
				[...split.shards.values()].flatMap((shard) =>
					shard.words.filter((_, i) => shard.gaps[index.language]?.[i]?.length)
				)
			);
			expect([...words].sort()).toEqual(index.words);
		}
	});

	it.each([
		'Gerasimov',
		'Kursk region',
		'Zakharva',
		'Lerasimov',
		'Керасимов',
		'партнерстве',
		'пр',
		'ге',
		'پيمان مشاركت',
		'"shoulder to shoulder"',
		'Korea',
		'ku'
	])('answers %s from split files as the whole index does', (query) => {
		const { engine, fetched } = engineFor(query, split);
		expect(engine.search(query)).toEqual(complete.search(query));
		// One file a word, its Russian stem's if split deeper, and one for a mistyped word's match.
		expect(fetched.size).toBeLessThanOrEqual(2 * parseQuery(query).query.words.length + 1);
	});

	it('ranks by words alone while texts are missing, and still finds the segments', () => {
		const engine = SearchEngine.fromManifest(files.manifest, LANGUAGE_CODES);
		for (const shard of files.shards.values()) {
			for (const searcher of engine.searchers.values()) searcher.addShard(shard);
		}
		const segments = (e: SearchEngine) =>
			e
				.search('Kursk region')
				.results.map((r) => r.segment)
				.sort();
		expect(segments(engine)).toEqual(segments(complete));
	});

	it.each([
		['"shoulder to shoulder with Russian soldiers"', 2],
		['"officially acknowledged the participation of North Korean troops"', 3],
		['"the participation of North Korean troops in the liberation"', 4],
		['the participation of North Korean troops in the liberation', 4],
		['"плечом к плечу с российскими военнослужащими"', 1]
	])(
		'answers the long query %s from %i shard files, the rest of its words read in texts',
		(query, budget) => {
			const { engine, fetched, deferred } = engineFor(query, split, { budget });
			expect(fetched.size).toBeLessThanOrEqual(budget);
			const words = parseQuery(query).query.words;
			expect(deferred.length).toBeGreaterThanOrEqual(words.length - budget > 0 ? 1 : 0);
			const answer = engine.search(query, { deferred });
			expect(answer.results.length).toBeGreaterThan(0);
			expect(answer).toEqual(complete.search(query));
		}
	);

	it('keeps the candidates of an exact phrase until their texts arrive, then only the phrase', () => {
		const query = '"shoulder to shoulder"';
		const before = engineFor(query, files, { texts: false }).engine.search(query);
		const phrase = complete.search(query).results.map((r) => r.segment);
		expect(phrase.length).toBeGreaterThan(0);
		expect(before.results.map((r) => r.segment)).toEqual(expect.arrayContaining(phrase));
		expect(before.results.every((r) => r.matches.every((m) => !m.phrase))).toBe(true);
	});

	it('looks for no typo of a word that another language has', () => {
		const { engine } = engineFor('Gerasimov');
		expect(engine.mistyped(['gerasimov'])).toEqual([]);
		expect(engine.mistyped(['gerasimov', 'zakharva'])).toEqual(['zakharva']);
		expect(
			engine.search('Gerasimov').results.every((r) => r.matches.every((m) => m.score > 0.5))
		).toBe(true);
	});
});

describe('the request plan of a query', () => {
	const keys = new Set(['th', 'pa', 'pr', 'no', 'ko', 'tr', 'in', 'li', 'ru', 'рус', 'ру']);
	it.each([
		[['participation', 'north', 'korean', 'troops'], [], 4, ['pa', 'ko', 'tr', 'no'], []],
		[
			['the', 'participation', 'of', 'north', 'korean', 'troops'],
			[],
			3,
			['pa', 'ko', 'tr'],
			['the', 'north']
		],
		[['the', 'liberation'], [], 0, ['li'], ['the']],
		[['русские', 'ру'], ['русск'], 3, ['рус', 'ру'], []],
		[['русские'], ['ру'], 1, ['рус'], []]
	])(
		'%j with stems %j within %i files fetches %j and defers %j',
		(words, stems, budget, wanted, deferred) => {
			const plan = planShards(words, stems, keys, new Set(), budget);
			expect(plan.files).toEqual(wanted);
			expect(plan.deferred).toEqual(deferred);
		}
	);

	it('costs nothing for files already loaded or absent, and defers no word they hold', () => {
		const plan = planShards(
			['participation', 'the', 'xylophone'],
			[],
			keys,
			new Set(['pa', 'th']),
			0
		);
		expect(plan).toEqual({ files: [], deferred: [] });
	});
});
