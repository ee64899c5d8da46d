import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGE_CODES } from '../languages.ts';
import { buildLanguageIndex, buildSearchTerms, shardIndexes } from '../search/build-index.ts';
import type { IndexShard, SuffixList } from '../search/index-format.ts';
import { buildKeeping, loadLibrary } from './content.ts';

type SearchFiles = ReturnType<typeof shardIndexes>;

/** The search files as kept on disk: their tables as lists of entries, with their library's digest. */
interface KeptSearchFiles {
	digest: string;
	manifest: SearchFiles['manifest'];
	shards: [string, IndexShard][];
	suffixes: [string, SuffixList][];
}

let files: SearchFiles | undefined;

/**
 * The search index of every language split into the files the browser fetches, built once. In a
 * build, the first worker that needs them (SvelteKit's analysis, which lists the shards) keeps
 * them beside the build's checked library, and the next (prerendering) reads them instead of
 * building the index again.
 */
export function searchFiles(): SearchFiles {
	if (files) return files;
	const keeping = buildKeeping();
	const file = keeping && path.join(keeping.dir, 'search-files.json');
	if (keeping && file && fs.existsSync(file)) {
		const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as KeptSearchFiles;
		if (kept.digest === keeping.digest) {
			files = {
				manifest: kept.manifest,
				shards: new Map(kept.shards),
				suffixes: new Map(kept.suffixes)
			};
			return files;
		}
	}
	const { articles, terms, occurrences } = loadLibrary();
	files = shardIndexes(
		LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language)),
		buildSearchTerms(terms, occurrences).terms
	);
	if (keeping && file) {
		const kept: KeptSearchFiles = {
			digest: keeping.digest,
			manifest: files.manifest,
			shards: [...files.shards],
			suffixes: [...files.suffixes]
		};
		fs.writeFileSync(file, JSON.stringify(kept));
	}
	return files;
}
