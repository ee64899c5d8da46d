import { LANGUAGE_CODES } from '../languages.ts';
import { buildLanguageIndex, buildSearchTerms, shardIndexes } from '../search/build-index.ts';
import { loadLibrary } from './content.ts';

let files: ReturnType<typeof shardIndexes> | undefined;

/** The search index of every language split into the files the browser fetches, built once. */
export function searchFiles(): ReturnType<typeof shardIndexes> {
	if (!files) {
		const { articles, terms, occurrences } = loadLibrary();
		files = shardIndexes(
			LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language)),
			buildSearchTerms(terms, occurrences).terms
		);
	}
	return files;
}
