import type { Article } from '../content/article-types.ts';
import { writeCsv } from './csv.ts';
import { exportFiles, type ExportFile } from './files.ts';
import { writeTmx } from './tmx.ts';
import { writeXliff } from './xliff.ts';

/** The text of one export file of the article. */
export function renderExport(article: Article, file: ExportFile): string {
	switch (file.format) {
		case 'tmx':
			return writeTmx(article);
		case 'xliff':
			return writeXliff(article, file.target);
		case 'csv':
			return writeCsv(article);
	}
}

/** Every export file of the article with its text, as the site and `content:export` publish them. */
export function articleExports(article: Article): { file: ExportFile; body: string }[] {
	return exportFiles(article.slug, article.meta.languages).map((file) => ({
		file,
		body: renderExport(article, file)
	}));
}
