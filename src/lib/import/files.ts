import path from 'node:path';
import prettier from 'prettier';
import type { ImportedArticle } from './article.ts';

/**
 * The files of an imported article, by name, formatted exactly as the repository's formatter
 * writes JSON, so an import and a hand edit produce the same bytes and lint passes on both.
 */
export async function articleFiles(
	article: ImportedArticle,
	root: string = process.cwd()
): Promise<Record<string, string>> {
	// Only the layout options: plugins and overrides are for other kinds of file.
	const config = await prettier.resolveConfig(path.join(root, 'content/articles/x/meta.json'));
	const options = {
		parser: 'json' as const,
		useTabs: config?.useTabs,
		tabWidth: config?.tabWidth,
		printWidth: config?.printWidth
	};
	const format = (data: unknown) => prettier.format(JSON.stringify(data), options);
	const files: Record<string, string> = {
		'meta.json': await format(article.meta),
		'structure.json': await format(article.structure)
	};
	for (const language of article.meta.languages) {
		files[`${language}.json`] = await format(article.text[language] ?? {});
	}
	return files;
}
