import type { RawFile } from '../content/article-types.ts';
import { parseJsonFile } from '../content/validate.ts';
import {
	articleMetaSchema,
	segmentMapSchema,
	structureSchema,
	type ArticleMeta,
	type Block
} from '../content/schema.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { ImportError } from './source.ts';

/** An article already in content/, as an import that replaces it needs it. */
export interface ExistingArticle {
	meta: ArticleMeta;
	structure: { blocks: Block[] };
	text: Partial<Record<LanguageCode, Record<string, string>>>;
}

/**
 * The article `slug` of the content tree, which an import with `--force` replaces, or undefined
 * if there is none. Refuses to replace an article it cannot read.
 */
export function findExistingArticle(tree: RawFile[], slug: string): ExistingArticle | undefined {
	const dir = `content/articles/${slug}`;
	const file = (name: string) => tree.find((f) => f.path === `${dir}/${name}`);
	const problems: string[] = [];
	const parse = <T>(name: string, schema: Parameters<typeof parseJsonFile>[1]) => {
		const raw = file(name);
		if (!raw) return undefined;
		return parseJsonFile(raw, schema, (where, message) =>
			problems.push(`${raw.path}: ${where}: ${message}`)
		) as T | null;
	};
	const meta = parse<ArticleMeta>('meta.json', articleMetaSchema);
	const structure = parse<{ blocks: Block[] }>('structure.json', structureSchema);
	if (meta === undefined && structure === undefined) return undefined;
	const text: ExistingArticle['text'] = {};
	for (const language of LANGUAGE_CODES) {
		const segments = parse<Record<string, string>>(`${language}.json`, segmentMapSchema);
		if (segments) text[language] = segments;
	}
	if (!meta || !structure || problems.length)
		throw new ImportError(
			`${dir}: the article this import would replace cannot be read:\n${problems.join('\n') || `${dir}: meta.json or structure.json missing`}`
		);
	return { meta, structure, text };
}
