import type { LanguageCode } from '../languages.ts';
import type { ArticleMeta, Block } from './schema.ts';
import type { SegmentId } from './segment-id.ts';

export type { SegmentId } from './segment-id.ts';

/** A file of the content tree, by its path from the repository root. */
export interface RawFile {
	path: string;
	text: string;
}

/** One thing wrong with the content: where it is (file and segment or field) and what is wrong. */
export interface ContentProblem {
	file: string;
	where: string;
	message: string;
}

/** An article with its text aligned by segment ID: `text[id][language]`. */
export interface Article {
	slug: string;
	meta: ArticleMeta;
	blocks: Block[];
	segmentIds: SegmentId[];
	text: Record<SegmentId, Record<LanguageCode, string>>;
}

/** An article without its text: what the reader's page needs beside each segment's markup. */
export type ArticleOutline = Omit<Article, 'text'>;

export interface ValidatedLibrary {
	articles: Article[];
	problems: ContentProblem[];
	/** Every article that could be read, problems or not (without its unusable text): what the
	 * translation QA reviews. */
	assembled: Article[];
}
