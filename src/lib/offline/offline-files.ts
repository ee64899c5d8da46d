import type { LanguageCode } from '../languages';
import type { IndexShard, SearchManifest } from '../search/index-format';
import { decodeSegmentRuns } from '../search/segment-runs';
import { keyFile } from '../search/shard-keys';

/**
 * What the reader's device downloads to keep something for offline reading, as the build lists
 * it (`/offline-files/<slug>.json`, `/offline-files/library.json`): addresses under the site's
 * base, never guessed in the browser.
 */
export interface OfflineFiles {
	urls: string[];
}

/** The whole library's list: its own pages and index files, and every article to keep too. */
export interface LibraryOfflineFiles extends OfflineFiles {
	articles: string[];
}

/** A prerendered page and the data the router fetches when it is reached by a link. */
const pageAndData = (path: string) => [path, `${path}__data.json`];

/**
 * The word shards holding any posting of the segments `first` to `last` (indexes into the
 * manifest's segment list): every shard a query can need to find a passage of that article.
 */
export function shardKeysOf(
	shards: ReadonlyMap<string, IndexShard>,
	first: number,
	last: number
): string[] {
	const keys: string[] = [];
	for (const [key, shard] of shards) {
		const found = Object.values(shard.gaps).some((words) =>
			words?.some((gaps) => {
				let position = 0;
				for (const gap of gaps) {
					position += gap;
					if (position > last) return false;
					if (position >= first) return true;
				}
				return false;
			})
		);
		if (found) keys.push(key);
	}
	return keys;
}

/** The index of an article's first and last segment in the manifest's segment list. */
export function segmentRange(manifest: SearchManifest, slug: string): [number, number] | null {
	let start = 0;
	for (const article of manifest.articles) {
		const count = decodeSegmentRuns(article.ids).length;
		if (article.slug === slug) return [start, start + count - 1];
		start += count;
	}
	return null;
}

/**
 * One article's files: its page in every UI language, the glossary pages of the terms it uses,
 * the term names and definitions its popovers show, the library and search pages (to find it and
 * search it offline), and its search files (the manifest, its texts and every word shard with one
 * of its passages).
 */
export function articleOfflineFiles(options: {
	base: string;
	slug: string;
	languages: readonly LanguageCode[];
	terms: readonly string[];
	manifest: SearchManifest;
	shards: ReadonlyMap<string, IndexShard>;
}): OfflineFiles {
	const { base, slug, languages, terms, manifest, shards } = options;
	const range = segmentRange(manifest, slug);
	const shardKeys = range ? shardKeysOf(shards, ...range) : [];
	return {
		urls: [
			...languages.flatMap((lang) => [
				...pageAndData(`${base}/${lang}/articles/${slug}/`),
				...pageAndData(`${base}/${lang}/`),
				...pageAndData(`${base}/${lang}/search/`),
				...terms.flatMap((term) => pageAndData(`${base}/${lang}/glossary/${term}/`))
			]),
			`${base}/glossary-index.json`,
			`${base}/search-index/manifest.json`,
			`${base}/search-index/texts/${slug}.json`,
			...shardKeys.map((key) => `${base}/search-index/words/${keyFile(key)}.json`)
		]
	};
}

/**
 * The library's own files: its pages in every UI language (library, glossary, search, this
 * storage view), every glossary page, and the whole search index with the fuzzy side index, so
 * that search offline tolerates typos too. Each article's own list is kept beside it.
 */
export function libraryOfflineFiles(options: {
	base: string;
	languages: readonly LanguageCode[];
	terms: readonly string[];
	articles: readonly string[];
	manifest: SearchManifest;
}): LibraryOfflineFiles {
	const { base, languages, terms, articles, manifest } = options;
	return {
		urls: [
			...languages.flatMap((lang) => [
				...['', 'glossary/', 'search/', 'offline/'].flatMap((page) =>
					pageAndData(`${base}/${lang}/${page}`)
				),
				...terms.flatMap((term) => pageAndData(`${base}/${lang}/glossary/${term}/`))
			]),
			`${base}/glossary-index.json`,
			`${base}/search-index/manifest.json`,
			...manifest.shards.map((key) => `${base}/search-index/words/${keyFile(key)}.json`),
			...manifest.suffixes.map((key) => `${base}/search-index/suffixes/${keyFile(key)}.json`)
		],
		articles: [...articles]
	};
}
