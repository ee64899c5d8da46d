import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { loadLibrary } from '../server/content';
import { articleTexts, buildLanguageIndex, buildSearchTerms, shardIndexes } from './build-index';
import { parseQuery, SearchEngine } from './engine';
import { keyFile, keyOfFile, shardKey, suffixKey } from './shard-keys';

const { articles, terms, occurrences } = loadLibrary();
const searchTerms = buildSearchTerms(terms, occurrences).terms;
const full = LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language));
const files = shardIndexes(structuredClone(full), searchTerms);
const complete = new SearchEngine(full, searchTerms);

/**
 * An engine that has only the manifest, then gets just what a query needs, as the worker does:
 * the shards of its words; for a word found nowhere, its suffix list and the shards of the words
 * it resembles; and the texts.
 */
function engineFor(raw: string) {
	const engine = SearchEngine.fromManifest(
		JSON.parse(JSON.stringify(files.manifest)),
		LANGUAGE_CODES
	);
	const fetched = new Set<string>();
	const addShards = (keys: string[]) => {
		for (const key of keys) {
			const shard = files.shards.get(key);
			if (!shard || fetched.has(key)) continue;
			fetched.add(key);
			for (const searcher of engine.searchers.values()) searcher.addShard(shard);
		}
	};
	const words = parseQuery(raw).query.words;
	addShards(words.map(shardKey));
	const searchers = [...engine.searchers.values()];
	const mistyped = words.filter((word) => searchers.some((s) => s.needsFuzzy(word)));
	for (const key of mistyped.map(suffixKey)) {
		const list = files.suffixes.get(key);
		if (list) for (const searcher of searchers) searcher.addSuffixes(list, key);
	}
	addShards(
		mistyped.flatMap((word) =>
			searchers.flatMap((s) => s.fuzzyMatches(word).map((m) => shardKey(m.word)))
		)
	);
	for (const article of articles) {
		for (const searcher of searchers) searcher.addTexts(articleTexts(article));
	}
	return { engine, fetched };
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
});
