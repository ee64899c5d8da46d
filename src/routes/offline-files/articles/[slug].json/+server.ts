import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { LANGUAGE_CODES } from '$lib/languages';
import { articleOfflineFiles } from '$lib/offline/offline-files';
import { findArticle, loadArticles, loadLibrary } from '$lib/server/content';
import { searchFiles } from '$lib/server/search';
import type { EntryGenerator, RequestHandler } from './$types';

// What "Keep for offline" downloads for one article, listed by the build that wrote the files.
export const prerender = true;

export const entries: EntryGenerator = () => loadArticles().map(({ slug }) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const article = findArticle(params.slug);
	if (!article) error(404, 'Not found');
	const segments = new Set(article.segmentIds);
	const terms = new Set(
		loadLibrary()
			.occurrences.filter((occurrence) => segments.has(occurrence.segment))
			.map((occurrence) => occurrence.term)
	);
	const { manifest, shards } = searchFiles();
	return json(
		articleOfflineFiles({
			base,
			slug: article.slug,
			languages: LANGUAGE_CODES,
			terms: [...terms].sort(),
			manifest,
			shards
		})
	);
};
