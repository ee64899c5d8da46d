import type { LanguageCode } from '../languages.ts';
import { buildLanguageIndex, shardIndex } from '../search/build-index.ts';
import { loadArticles } from './content.ts';

const sharded = new Map<LanguageCode, ReturnType<typeof shardIndex>>();

/** A language's search index split into manifest and shards, built once per build. */
export function shardedIndex(language: LanguageCode): ReturnType<typeof shardIndex> {
	let index = sharded.get(language);
	if (!index) {
		index = shardIndex(buildLanguageIndex(loadArticles(), language));
		sharded.set(language, index);
	}
	return index;
}
