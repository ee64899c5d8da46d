import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { loadLibrary } from '../server/content';
import {
	articleTexts,
	buildLanguageIndex,
	buildSearchTerms,
	shardIndex,
	shardKey
} from './build-index';
import { indexFromManifest, parseQuery, SearchEngine } from './engine';

const { articles, terms, occurrences } = loadLibrary();
const searchTerms = buildSearchTerms(terms, occurrences).terms;
const full = LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language));
const sharded = full.map((index) => shardIndex(structuredClone(index)));
const complete = new SearchEngine(full, searchTerms);

/** An engine that has only the manifests, then gets just what a query needs, as the worker does. */
function engineFor(raw: string) {
	const engine = new SearchEngine(
		sharded.map(({ manifest }) => indexFromManifest(manifest)),
		searchTerms
	);
	const keys = new Set(parseQuery(raw).query.words.map(shardKey));
	for (const { manifest, shards } of sharded) {
		for (const key of keys) {
			const shard = shards.get(key);
			if (shard) engine.searchers.get(manifest.language)?.addShard(shard);
		}
	}
	for (const article of articles) {
		for (const searcher of engine.searchers.values()) searcher.addTexts(articleTexts(article));
	}
	return engine;
}

describe('a sharded index', () => {
	it('covers the vocabulary once, shard by shard', () => {
		for (const [i, { manifest, shards }] of sharded.entries()) {
			const words = [...shards.values()].flatMap((s) => s.words);
			expect(words.sort()).toEqual(full[i]!.words);
			expect(manifest.articles.flatMap((a) => a.ids.map((id) => `${a.slug}:${id}`))).toEqual(
				full[i]!.segments
			);
		}
	});

	it.each([
		'Gerasimov',
		'Kursk region',
		'Zakharva',
		'партнерстве',
		'پيمان مشاركت',
		'"shoulder to shoulder"',
		'Korea'
	])('answers %s with only the shards of its words as the whole index does', (query) => {
		expect(engineFor(query).search(query)).toEqual(complete.search(query));
	});

	it('ranks by words alone while texts are missing, and still finds the segments', () => {
		const engine = new SearchEngine(
			sharded.map(({ manifest }) => indexFromManifest(manifest)),
			searchTerms
		);
		for (const { manifest, shards } of sharded) {
			for (const shard of shards.values()) engine.searchers.get(manifest.language)?.addShard(shard);
		}
		const segments = (e: SearchEngine) =>
			e
				.search('Kursk region')
				.results.map((r) => r.segment)
				.sort();
		expect(segments(engine)).toEqual(segments(complete));
	});
});
