import type { Article } from '../content/article-types.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { searchKey } from '../text/normalize.ts';

/** One query of a kind the issue measures, with what an exact reading of it must find. */
export interface ScaleQuery {
	kind: string;
	query: string;
	/** What an exact oracle looks for: words that must all occur (as words or, for a prefix, word
	 * starts), or a phrase. */
	oracle: { words: string[]; prefix?: boolean } | { phrase: string };
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const foldedWords = (text: string) => searchKey(text).match(WORD) ?? [];

/**
 * One query of each kind (a frequent word, a rare word, two words, a prefix, a typo in the first
 * letter, Dari typed with Arabic ي and ك, a quoted phrase of four words), drawn from the articles'
 * own words so that every one has answers.
 */
export function pickQueries(
	articles: readonly Pick<Article, 'segmentIds' | 'text'>[]
): ScaleQuery[] {
	const df = new Map<string, number>();
	const dariDf = new Map<string, number>();
	const segments = articles.flatMap((a) => a.segmentIds.map((id) => a.text[id] ?? {}));
	for (const text of segments as Partial<Record<LanguageCode, string>>[]) {
		for (const word of new Set(foldedWords(text.en ?? ''))) df.set(word, (df.get(word) ?? 0) + 1);
		for (const word of new Set((text['fa-AF'] ?? '').match(WORD) ?? [])) {
			dariDf.set(word, (dariDf.get(word) ?? 0) + 1);
		}
	}
	const byDf = [...df].filter(([w]) => /^\p{L}{4,}$/u.test(w)).sort((a, b) => b[1] - a[1]);
	const frequent = byDf[0]?.[0] ?? 'the';
	const rare = byDf.filter(([w, n]) => n <= 2 && w.length >= 7).at(-1)?.[0] ?? frequent;
	const middle = byDf.filter(([w, n]) => n >= 3 && w.length >= 8);
	const typoTarget = middle[Math.floor(middle.length / 2)]?.[0] ?? frequent;
	const typo = `${typoTarget[0] === 'q' ? 'z' : 'q'}${typoTarget.slice(1)}`;
	const prefixOf = byDf.find(([w]) => w.length >= 9)?.[0] ?? frequent;
	const prefix = prefixOf.slice(0, 5);
	const english = segments.map((t) => (t as Partial<Record<LanguageCode, string>>).en ?? '');
	const sentence = (english.find((t) => t.split(' ').length > 12) ?? '').split(/\s+/);
	const twoWords = sentence.slice(2, 4).join(' ');
	const phrase = sentence.slice(5, 9).join(' ').replace(/["“”]/g, '');
	const dari = [...dariDf]
		.filter(([w, n]) => /[یک]/.test(w) && n >= 2 && w.length >= 5)
		.sort((a, b) => b[1] - a[1])[20]?.[0];
	const arabic = (dari ?? 'کمک').replace(/ی/g, 'ي').replace(/ک/g, 'ك');
	return [
		{ kind: 'one word, frequent', query: frequent, oracle: { words: [frequent] } },
		{ kind: 'one word, rare', query: rare, oracle: { words: [rare] } },
		{ kind: 'two words', query: twoWords, oracle: { words: foldedWords(twoWords) } },
		{ kind: 'prefix', query: prefix, oracle: { words: [prefix], prefix: true } },
		{ kind: 'typo, first letter', query: typo, oracle: { words: [typoTarget] } },
		{ kind: 'Dari in Arabic ي ك', query: arabic, oracle: { words: foldedWords(arabic) } },
		{ kind: 'phrase', query: `"${phrase}"`, oracle: { phrase: searchKey(phrase) } }
	];
}

/** Segment IDs (in any language) that an exact reading of the query finds. */
export function oracle(
	articles: readonly Pick<Article, 'segmentIds' | 'text'>[],
	query: ScaleQuery
): Set<string> {
	const found = new Set<string>();
	const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const o = query.oracle;
	const phrase =
		'phrase' in o
			? new RegExp(`(?<![\\p{L}\\p{N}])${escaped(o.phrase)}(?![\\p{L}\\p{N}])`, 'u')
			: null;
	for (const article of articles) {
		for (const id of article.segmentIds) {
			for (const language of LANGUAGE_CODES) {
				const key = searchKey(article.text[id]?.[language] ?? '');
				const words = new Set(key.match(WORD) ?? []);
				const hit = phrase
					? phrase.test(key)
					: 'words' in o &&
						o.words.every((w) =>
							o.prefix ? [...words].some((x) => x.startsWith(w)) : words.has(w)
						);
				if (hit) found.add(id);
			}
		}
	}
	return found;
}
