import { error } from '@sveltejs/kit';
import { renderExport } from '$lib/exchange/export';
import { exportFiles } from '$lib/exchange/files';
import { loadArticles } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

// The files for translation tools are part of the static site, linked from each article.
export const prerender = true;

export const entries: EntryGenerator = () =>
	loadArticles().flatMap(({ slug, meta }) =>
		exportFiles(slug, meta.languages).map(({ name }) => ({ file: name }))
	);

export const GET: RequestHandler = ({ params }) => {
	for (const article of loadArticles()) {
		const file = exportFiles(article.slug, article.meta.languages).find(
			({ name }) => name === params.file
		);
		if (file) {
			return new Response(renderExport(article, file), {
				headers: { 'content-type': file.mediaType }
			});
		}
	}
	error(404, 'Not found');
};
