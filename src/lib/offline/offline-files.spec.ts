import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { loadLibrary } from '../server/content';
import { buildLanguageIndex, buildSearchTerms, shardIndexes } from '../search/build-index';
import { decodeSegmentRuns } from '../search/segment-runs';
import { keyFile, shardFileKey } from '../search/shard-keys';
import {
	articleOfflineFiles,
	libraryOfflineFiles,
	segmentRange,
	shardKeysOf
} from './offline-files';

const { articles, terms, occurrences } = loadLibrary();
const indexes = LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language));
const { manifest, shards } = shardIndexes(indexes, buildSearchTerms(terms, occurrences).terms);
const segments = indexes[0]?.segments ?? [];

const filesOf = (slug: string) =>
	articleOfflineFiles({
		base: '/reader',
		slug,
		languages: LANGUAGE_CODES,
		terms: ['kpa'],
		manifest,
		shards
	}).urls;

describe('an article’s offline files', () => {
	it.each(articles.map((a) => a.slug))('%s: its segment range is its passages', (slug) => {
		const range = segmentRange(manifest, slug);
		expect(range).not.toBeNull();
		const [first, last] = range as [number, number];
		expect(segments.slice(first, last + 1).every((s) => s.startsWith(`${slug}:`))).toBe(true);
		const ids = manifest.articles.find((a) => a.slug === slug)?.ids ?? '';
		expect(last - first + 1).toBe(decodeSegmentRuns(ids).length);
	});

	it.each(articles.map((a) => a.slug))(
		'%s: every word of its passages is in one of its shards, and no other shard is listed',
		(slug) => {
			const [first, last] = segmentRange(manifest, slug) as [number, number];
			const listed = new Set(shardKeysOf(shards, first, last));
			const known = new Set(manifest.shards);
			for (const index of indexes) {
				index.words.forEach((word, i) => {
					const inArticle = index.postings[i]?.some((p) => p >= first && p <= last);
					if (inArticle)
						expect(listed, `${index.language}: ${word}`).toContain(shardFileKey(word, known));
				});
			}
			// A shard listed has a posting in the article (not merely a word shared with another).
			for (const key of listed) {
				const shard = shards.get(key);
				const positions = Object.values(shard?.gaps ?? {}).flatMap((words) =>
					(words ?? []).flatMap((gaps) =>
						gaps.map((_, j) => gaps.slice(0, j + 1).reduce((a, b) => a + b, 0))
					)
				);
				expect(
					positions.some((p) => p >= first && p <= last),
					key
				).toBe(true);
			}
		}
	);

	it('lists the page and its data in every UI language, the terms’, library and search pages, and the search files', () => {
		const urls = filesOf('kpa-kursk');
		for (const lang of LANGUAGE_CODES) {
			expect(urls).toContain(`/reader/${lang}/articles/kpa-kursk/`);
			expect(urls).toContain(`/reader/${lang}/articles/kpa-kursk/__data.json`);
			expect(urls).toContain(`/reader/${lang}/glossary/kpa/`);
			expect(urls).toContain(`/reader/${lang}/search/`);
			expect(urls).toContain(`/reader/${lang}/__data.json`);
		}
		expect(urls).toContain('/reader/glossary-index.json');
		expect(urls).toContain('/reader/search-index/manifest.json');
		expect(urls).toContain('/reader/search-index/texts/kpa-kursk.json');
		expect(urls).toContain(
			`/reader/search-index/words/${keyFile(shardFileKey('kursk', new Set(manifest.shards)))}.json`
		);
		expect(new Set(urls).size).toBe(urls.length);
	});

	it('lists nothing of the search index for an article the manifest does not have', () => {
		expect(filesOf('no-such-article').filter((url) => url.includes('/words/'))).toEqual([]);
	});
});

describe('the library’s offline files', () => {
	it('lists its pages in every UI language, every glossary page and every search file', () => {
		const library = libraryOfflineFiles({
			base: '',
			languages: LANGUAGE_CODES,
			terms: terms.map((t) => t.id),
			articles: articles.map((a) => a.slug),
			manifest
		});
		for (const lang of LANGUAGE_CODES) {
			for (const page of ['', 'glossary/', 'search/', 'offline/']) {
				expect(library.urls).toContain(`/${lang}/${page}`);
				expect(library.urls).toContain(`/${lang}/${page}__data.json`);
			}
			for (const term of terms) expect(library.urls).toContain(`/${lang}/glossary/${term.id}/`);
		}
		const searchFiles = library.urls.filter((url) => url.startsWith('/search-index/'));
		expect(searchFiles).toHaveLength(1 + manifest.shards.length + manifest.suffixes.length);
		expect(library.articles).toEqual(articles.map((a) => a.slug));
	});
});
