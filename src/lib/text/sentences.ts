import type { LanguageCode } from '../languages.ts';

/**
 * Words that end in a full stop without ending a sentence, per language, lower-cased and without
 * the final stop. ICU's sentence rules already keep most of them (it does not break before a
 * lower-case letter); these are the ones it breaks after when a capital follows.
 */
const ABBREVIATIONS: Record<LanguageCode, Set<string>> = {
	en: new Set([
		'mr',
		'mrs',
		'ms',
		'dr',
		'prof',
		'gen',
		'lt',
		'col',
		'maj',
		'capt',
		'sgt',
		'adm',
		'rep',
		'sen',
		'gov',
		'pres',
		'st',
		'jr',
		'sr',
		'no',
		'nos',
		'vol',
		'art',
		'para',
		'fig',
		'ch',
		'vs',
		'etc',
		'cf',
		'approx',
		'dept',
		'est',
		'inc',
		'ltd',
		'co',
		'corp',
		'jan',
		'feb',
		'mar',
		'apr',
		'jun',
		'jul',
		'aug',
		'sep',
		'sept',
		'oct',
		'nov',
		'dec',
		'u.s',
		'u.k',
		'u.n',
		'e.g',
		'i.e',
		'a.m',
		'p.m',
		'd.c',
		'u.s.s.r'
	]),
	ru: new Set([
		'г',
		'гг',
		'в',
		'вв',
		'т',
		'т.е',
		'т.д',
		'т.п',
		'т.к',
		'др',
		'пр',
		'им',
		'ул',
		'д',
		'см',
		'ср',
		'стр',
		'проф',
		'акад',
		'ген',
		'млн',
		'млрд',
		'тыс',
		'руб',
		'англ',
		'рус',
		'н.э',
		'р',
		'с',
		'ст',
		'гл',
		'п',
		'пп',
		'чл',
		'корр',
		'каз',
		'напр'
	]),
	'fa-AF': new Set(['ج', 'ص', 'ق.م', 'م', 'ه.ش', 'ه.ق'])
};

// A last word made of one capital letter and a stop is an initial ("J. Smith", «В. Путин»).
const INITIAL = /(?:^|[\s(«"“„])\p{Lu}\.$/u;
// Closing quotation marks and brackets that belong to the sentence before them.
const CLOSERS = /^[»”"’)\]]+/u;

// A straight quotation mark closes only a quotation the sentence before it left open.
const closesOpenQuote = (previous: string, closers: string) =>
	!closers.startsWith('"') || (previous.match(/"/g)?.length ?? 0) % 2 === 1;

const segmenters = new Map<LanguageCode, Intl.Segmenter>();

function segmenterFor(language: LanguageCode): Intl.Segmenter {
	let segmenter = segmenters.get(language);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
		segmenters.set(language, segmenter);
	}
	return segmenter;
}

function endsWithAbbreviation(sentence: string, language: LanguageCode): boolean {
	if (!sentence.endsWith('.')) return false;
	if (INITIAL.test(sentence)) return true;
	const lastWord =
		sentence
			.slice(0, -1)
			.split(/[\s(«"“„]/u)
			.pop() ?? '';
	return ABBREVIATIONS[language].has(lastWord.toLocaleLowerCase(language));
}

/**
 * Splits a paragraph into sentences with `Intl.Segmenter`, then mends the breaks it gets wrong:
 * after abbreviations and initials, before a word in lower case (a sentence does not start with
 * one), and before a closing quotation mark or bracket that ends the sentence before it. Each
 * sentence is trimmed; joining them with spaces gives the paragraph back, spacing aside.
 */
export function splitSentences(paragraph: string, language: LanguageCode): string[] {
	const sentences: string[] = [];
	for (const { segment } of segmenterFor(language).segment(paragraph.trim())) {
		let sentence = segment.trim();
		if (!sentence) continue;
		const previous = sentences.at(-1);
		const closers = sentence.match(CLOSERS)?.[0];
		if (previous !== undefined && closers && closesOpenQuote(previous, closers)) {
			sentences[sentences.length - 1] = previous + closers;
			sentence = sentence.slice(closers.length).trim();
			if (!sentence) continue;
		}
		const last = sentences.at(-1);
		if (
			last !== undefined &&
			(endsWithAbbreviation(last, language) || /^[\p{Ll}\p{N}]/u.test(sentence))
		) {
			sentences[sentences.length - 1] = `${last} ${sentence}`;
		} else {
			sentences.push(sentence);
		}
	}
	return sentences;
}
