// Search benchmark: builds synthetic libraries of 1, 10, 100 and 1,000 varied copies of the
// article and prints, per size and language, index build time, index size raw and gzip, what the
// first query downloads (gzip) and how long it takes to load and answer, query latency (median/p95) by kind of query, and recall against an
// exact-substring oracle — for our search, for plain fuse.js with tuned options, and for
// MiniSearch, on the same data in the same run. A script that prints a table, not a test.
// Usage: npm run bench:search [-- --sizes 1,10,100]
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Article } from '../src/lib/content/article-types.ts';
import type { LanguageCode } from '../src/lib/languages.ts';
import { articleTexts, buildLanguageIndex, shardIndexes } from '../src/lib/search/build-index.ts';
import { LanguageSearcher, queryWords, SearchEngine } from '../src/lib/search/engine.ts';
import type {
	ArticleTexts,
	IndexShard,
	LanguageIndex,
	SearchManifest
} from '../src/lib/search/index-format.ts';
import { shardFileKey } from '../src/lib/search/shard-keys.ts';
import { searchKey } from '../src/lib/text/normalize.ts';
import { loadArticles } from '../src/lib/server/content.ts';
import { slugOf } from '../src/lib/content/segment-id.ts';

const sizesArgument = process.argv.indexOf('--sizes');
const SIZES =
	sizesArgument > 0
		? (process.argv[sizesArgument + 1] ?? '1').split(',').map(Number)
		: [1, 10, 100, 1000];
const LANGUAGES: LanguageCode[] = ['en', 'fa-AF', 'ru'];

/** The queries of each kind, per language, with the word the oracle looks for. */
const QUERIES: Record<LanguageCode, { kind: string; query: string; oracle: string }[]> = {
	en: [
		{ kind: 'one word', query: 'Gerasimov', oracle: 'gerasimov' },
		{ kind: 'two words', query: 'Kursk region', oracle: 'kursk region' },
		{ kind: 'misspelled', query: 'Zakharva', oracle: 'zakharova' },
		{
			kind: '40 chars',
			query: 'the deployment of DPRK forces to Russia',
			oracle: 'the deployment of dprk forces to russia'
		}
	],
	'fa-AF': [
		{ kind: 'one word', query: 'گراسیموف', oracle: 'گراسیموف' },
		{ kind: 'two words', query: 'ولایت کورسک', oracle: 'ولایت کورسک' },
		{ kind: 'misspelled', query: 'زاخارو', oracle: 'زاخاروا' },
		{ kind: 'Arabic ي ك', query: 'مشاركت استراتژيك', oracle: 'مشارکت استراتژیک' },
		{
			kind: '40 chars',
			query: 'اعزام نیروهای جمهوری دموکراتیک خلق کوریا',
			oracle: 'اعزام نیروهای جمهوری دموکراتیک خلق کوریا'
		}
	],
	ru: [
		{ kind: 'one word', query: 'Герасимов', oracle: 'герасимов' },
		{ kind: 'two words', query: 'Курской области', oracle: 'курской области' },
		{ kind: 'misspelled', query: 'Захорова', oracle: 'захарова' },
		{
			kind: '40 chars',
			query: 'отправка войск КНДР в Россию и любая',
			oracle: 'отправка войск кндр в россию и любая'
		}
	]
};

const SYLLABLES = ['an', 'ov', 'ek', 'ul', 'ir', 'ot', 'ам', 'ук', 'ин', 'ار', 'ین', 'ون'];

/**
 * Copy `n` of the article, with some words changed so the library is not the same 45 sentences
 * repeated: every seventh long word gets a copy-specific ending, which grows the vocabulary the
 * way new articles would.
 */
function variant(article: Article, n: number): Article {
	const slug = `${article.slug}-${n}`;
	const text: Article['text'] = {};
	let counter = n;
	for (const id of article.segmentIds) {
		const copy = {} as Record<LanguageCode, string>;
		for (const language of LANGUAGES) {
			const original = article.text[id]?.[language] ?? '';
			copy[language] =
				n === 0
					? original
					: original.replace(/[\p{L}]{6,}/gu, (word) =>
							++counter % 7 === 0
								? `${word.slice(0, -2)}${SYLLABLES[(n + counter) % SYLLABLES.length]}${n % 97}`
								: word
						);
		}
		text[id.replace(article.slug, slug)] = copy;
	}
	return {
		...article,
		slug,
		segmentIds: article.segmentIds.map((id) => id.replace(article.slug, slug)),
		text
	};
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

const time = <T>(run: () => T): [T, number] => {
	const start = performance.now();
	const result = run();
	return [result, performance.now() - start];
};

/** Segments whose folded text holds the folded word at word boundaries: the truth to recall. */
function oracle(index: LanguageIndex, keys: string[], word: string): Set<string> {
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
		'u'
	);
	return new Set(index.segments.filter((_, i) => pattern.test(keys[i] ?? '')));
}

interface FirstQuery {
	/** All of the engine's files, raw and gzip. */
	totalRaw: number;
	totalGzip: number;
	/** What the first query fetches, gzip. */
	downloadGzip: number;
	/** Parsing what was fetched and answering the first query. */
	ms: number;
}

interface Engine {
	name: string;
	build: () => void;
	firstQuery: (query: string) => FirstQuery;
	search: (query: string) => string[];
}

const gzipSize = (json: string) => gzipSync(json).length;

/**
 * Our files for one language: a manifest, vocabulary shards by first two letters, and one texts
 * file per article (typos at the first letter, which also fetch a suffix list, are measured by
 * bench-search-scale.ts in a browser on a built site).
 */
function oursFirstQuery(
	index: LanguageIndex,
	library: Article[],
	query: string
): FirstQuery & { searcher: LanguageSearcher } {
	const { manifest, shards } = shardIndexes([structuredClone(index)]);
	const manifestJson = JSON.stringify(manifest);
	const shardJson = new Map([...shards].map(([key, shard]) => [key, JSON.stringify(shard)]));
	const textsJson = new Map(library.map((a) => [a.slug, JSON.stringify(articleTexts(a))]));
	const totalRaw = [manifestJson, ...shardJson.values(), ...textsJson.values()].reduce(
		(n, j) => n + j.length,
		0
	);
	const totalGzip = [manifestJson, ...shardJson.values(), ...textsJson.values()].reduce(
		(n, j) => n + gzipSize(j),
		0
	);
	const keys = new Set(manifest.shards);
	const needed = [
		...new Set(queryWords(query).words.map((word) => shardFileKey(word, keys)))
	].filter((k) => shardJson.has(k));
	let downloadGzip =
		gzipSize(manifestJson) + needed.reduce((n, k) => n + gzipSize(shardJson.get(k) ?? ''), 0);
	const start = performance.now();
	const searcher = SearchEngine.fromManifest(JSON.parse(manifestJson) as SearchManifest, [
		index.language
	]).searchers.get(index.language) as LanguageSearcher;
	for (const key of needed) searcher.addShard(JSON.parse(shardJson.get(key) ?? '') as IndexShard);
	const firstPage = hitsOf(searcher, query).slice(0, 30);
	const slugs = [...new Set(firstPage.map((h) => slugOf(h.segment)))];
	for (const slug of slugs)
		searcher.addTexts(JSON.parse(textsJson.get(slug) ?? '{}') as ArticleTexts);
	hitsOf(searcher, query);
	const ms = performance.now() - start;
	downloadGzip += slugs.reduce((n, slug) => n + gzipSize(textsJson.get(slug) ?? ''), 0);
	// Later queries find everything: give the searcher the rest of the index.
	for (const [key, json] of shardJson) {
		if (!needed.includes(key)) searcher.addShard(JSON.parse(json) as IndexShard);
	}
	for (const [slug, json] of textsJson) {
		if (!slugs.includes(slug)) searcher.addTexts(JSON.parse(json) as ArticleTexts);
	}
	return { totalRaw, totalGzip, downloadGzip, ms, searcher };
}

/** One language's hits for a query, best first, as the engine ranks them. */
function hitsOf(searcher: LanguageSearcher, query: string) {
	const words = queryWords(query);
	const { entries, matchedWords } = searcher.rank(words);
	entries.sort((a, b) => b.score - a.score || a.segment - b.segment);
	return entries.map((entry) => searcher.hit(entry, words, matchedWords));
}

function wholeFileFirstQuery(
	json: string,
	load: (json: string) => void,
	search: () => void
): FirstQuery {
	const gzip = gzipSize(json);
	const [, ms] = time(() => {
		load(json);
		search();
	});
	return { totalRaw: json.length, totalGzip: gzip, downloadGzip: gzip, ms };
}

function engines(index: LanguageIndex, keys: string[], library: Article[]): Engine[] {
	let ours: LanguageSearcher | undefined;
	let fuse: Fuse<{ id: string; key: string }> | undefined;
	let mini: MiniSearch | undefined;
	const records = index.segments.map((id, i) => ({ id, key: keys[i] ?? '' }));
	const fuseOptions = { keys: ['key'], ignoreLocation: true, threshold: 0.3 };
	const miniOptions = { fields: ['key'], storeFields: [], idField: 'id' };
	return [
		{
			name: 'ours',
			build: () => void shardIndexes([structuredClone(index)]),
			firstQuery: (query) => {
				const { searcher, ...first } = oursFirstQuery(index, library, query);
				ours = searcher;
				return first;
			},
			search: (query) => hitsOf(ours as LanguageSearcher, query).map((h) => h.segment)
		},
		{
			name: 'fuse.js',
			build: () => void (fuse = new Fuse(records, fuseOptions)),
			firstQuery: (query) =>
				wholeFileFirstQuery(
					JSON.stringify({ records, index: fuse?.getIndex().toJSON() }),
					(json) => {
						const data = JSON.parse(json) as {
							records: typeof records;
							index: Parameters<typeof Fuse.parseIndex>[0];
						};
						fuse = new Fuse(data.records, fuseOptions, Fuse.parseIndex(data.index));
					},
					() => fuse?.search(searchKey(query))
				),
			search: (query) =>
				(fuse as Fuse<{ id: string; key: string }>).search(searchKey(query)).map((r) => r.item.id)
		},
		{
			name: 'MiniSearch',
			build: () => {
				mini = new MiniSearch(miniOptions);
				mini.addAll(records);
			},
			firstQuery: (query) =>
				wholeFileFirstQuery(
					JSON.stringify(mini),
					(json) => void (mini = MiniSearch.loadJSON(json, miniOptions)),
					() => mini?.search(searchKey(query), { fuzzy: 0.2, prefix: true, combineWith: 'AND' })
				),
			search: (query) =>
				(mini as MiniSearch)
					.search(searchKey(query), { fuzzy: 0.2, prefix: true, combineWith: 'AND' })
					.map((r) => String(r.id))
		}
	];
}

const [base] = loadArticles();
if (!base) throw new Error('no article to benchmark');
const rows: Record<string, string | number>[] = [];

for (const size of SIZES) {
	const library = Array.from({ length: size }, (_, n) => variant(base, n));
	for (const language of LANGUAGES) {
		const [index, buildIndexMs] = time(() => buildLanguageIndex(library, language));
		const keys = index.texts.map(searchKey);
		for (const engine of engines(index, keys, library)) {
			const [, buildMs] = time(() => engine.build());
			const first = engine.firstQuery(QUERIES[language][0]?.query ?? '');
			// Plain fuse.js scans every record per query: fewer repetitions at the largest sizes.
			const repetitions = engine.name === 'fuse.js' && size >= 100 ? 3 : 15;
			const row: Record<string, string | number> = {
				size,
				lang: language,
				engine: engine.name,
				'build ms': Math.round((engine.name === 'ours' ? buildIndexMs : 0) + buildMs),
				'raw KB': Math.round(first.totalRaw / 1024),
				'gzip KB': Math.round(first.totalGzip / 1024),
				'1st query KB': Math.round(first.downloadGzip / 1024),
				'1st query ms': Math.round(first.ms),
				// Every language gets every column, so the table lines up.
				'one word': '',
				'two words': '',
				misspelled: '',
				'Arabic ي ك': '',
				'40 chars': ''
			};
			const recalls: string[] = [];
			for (const { kind, query, oracle: word } of QUERIES[language]) {
				const latencies: number[] = [];
				let found: string[] = [];
				for (let r = 0; r < repetitions; r++) {
					const [hits, ms] = time(() => engine.search(query));
					latencies.push(ms);
					found = hits;
				}
				row[kind] =
					`${percentile(latencies, 0.5).toFixed(1)}/${percentile(latencies, 0.95).toFixed(1)}`;
				const truth = oracle(index, keys, word);
				const hit = new Set(found);
				const recalled = [...truth].filter((s) => hit.has(s)).length;
				recalls.push(
					`${kind.split(' ')[0]} ${truth.size ? Math.round((100 * recalled) / truth.size) : 100}%`
				);
			}
			row.recall = recalls.join(', ');
			rows.push(row);
			console.error(`measured ${size} × ${language} × ${engine.name}`);
		}
	}
}

console.log(
	'Query latency columns are median/p95 in ms; recall is against an exact-substring oracle.'
);
console.table(rows);
