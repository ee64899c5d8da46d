import type { ArticleMeta } from '../content/schema.ts';
import type { Article } from '../content/article-types.ts';
import type { LanguageCode } from '../languages.ts';
import { loadArticles } from '../server/content.ts';

/**
 * An article for exchange tests: the shipped article's metadata with one paragraph of the given
 * texts (segment `edge:1.1`, `edge:1.2`, …), so a test can try what the shipped text lacks.
 */
export function articleWithTexts(
	texts: Partial<Record<LanguageCode, string>>[],
	meta: Partial<ArticleMeta> = {}
): Article {
	const shipped = loadArticles()[0];
	if (!shipped) throw new Error('content/articles/ holds no article');
	const segmentIds = texts.map((_, index) => `edge:1.${index + 1}`);
	return {
		slug: 'edge',
		meta: { ...shipped.meta, slug: 'edge', lostLinks: [], numberExceptions: [], ...meta },
		blocks: [{ type: 'paragraph', segments: segmentIds }],
		segmentIds,
		text: Object.fromEntries(
			segmentIds.map((id, index) => [id, texts[index] as Record<LanguageCode, string>])
		)
	};
}

/** Texts the shipped article does not hold but a future one may: each must come back as it is. */
export const AWKWARD_TEXTS: readonly [string, string][] = [
	['markup characters', 'if a < b && c > d then <b>bold</b> & done'],
	['an escaped entity as text', 'write &amp; or &lt; or &#x200C; literally'],
	['quotes of every kind', `"straight" 'single' «guillemets» „low“ “curly”`],
	['ZWNJ in Dari', 'می‌شود، کشور‌ها و اشغال‌شدهٔ'],
	[
		'bidi controls',
		'\u200Fراست\u200E \u202Bembedded\u202C \u2067isolate\u2069 \u2066ltr\u2069 \u061C'
	],
	['spaces at the edges', '  leading and trailing  '],
	['a line break and a tab', 'one line\nthe next\tafter a tab'],
	['characters outside the BMP', 'flag 🇦🇫 and 𝔸'],
	['a CDATA end marker', 'a ]]> b'],
	['what looks like a number', '0042'],
	['what looks like a boolean', 'true']
];
