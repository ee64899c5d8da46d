import { isLanguageCode, type LanguageCode } from '../languages.ts';
import type { Article, ContentProblem, SegmentId } from '../content/article-types.ts';
import { textLength } from '../text/length.ts';
import { dominantScript, scriptOf } from '../text/script.ts';
import { ARABIC_TO_PERSIAN, QUOTES } from '../text/typography.ts';
import { isLetter, LETTER } from '../text/letters.ts';

export type Severity = 'error' | 'warning';

/** What each check looks for, as the summary names it. */
export const CHECKS = {
	missing: 'missing or empty segments',
	numbers: 'numbers that differ from the source',
	terms: 'glossary terms found in some languages only',
	content: 'other content:check problems',
	untranslated: 'untranslated: identical to the source or in the wrong script',
	dates: 'months that differ from the source',
	'dari-letters': 'Arabic ي/ك instead of Persian ی/ک',
	'dari-punctuation': 'ASCII , ? ; in Dari',
	'dari-digits': 'Latin digits in Dari',
	'ascii-quotes': 'ASCII quotation marks in Dari or Russian',
	unbalanced: 'unbalanced quotation marks and brackets (per paragraph)',
	'length-ratio': "length far from the language pair's usual ratio",
	'repeated-word': 'repeated words',
	'double-space': 'double spaces'
} as const;

export type CheckId = keyof typeof CHECKS;

/** One finding of the translation QA: a content problem with its check, severity and a snippet. */
export interface Finding extends ContentProblem {
	severity: Severity;
	check: CheckId;
	/** The article's slug, or null for a problem of the library as a whole. */
	article: string | null;
	/** The language whose text is at fault, or null when no one language is. */
	language: LanguageCode | null;
	/** A short excerpt around the fault, or '' where there is no text to show. */
	snippet: string;
}

/** A fault found in one text, before it is placed in a file and a segment. */
export interface Defect {
	check: CheckId;
	severity: Severity;
	message: string;
	/** Where in the text the fault starts, for the snippet. */
	index: number;
}

const SNIPPET_CONTEXT = 30;

/** Up to 30 characters either side of `index`, on one line, with ellipses where it was cut. */
export function snippetAt(text: string, index = 0): string {
	const chars = [...text.slice(0, index)];
	const before = chars.slice(-SNIPPET_CONTEXT).join('');
	const after = [...text.slice(index)].slice(0, SNIPPET_CONTEXT + 1).join('');
	const cutBefore = chars.length > SNIPPET_CONTEXT;
	const cutAfter = [...text.slice(index)].length > SNIPPET_CONTEXT + 1;
	return `${cutBefore ? '…' : ''}${before}${after}${cutAfter ? '…' : ''}`.replace(/\s*\n\s*/g, ' ');
}

// A run of Latin letters and digits with what joins them (ISO 639-3, kpa-kursk:3.1, PDF): in
// Dari it is a quoted name, code or number, and its own punctuation belongs to it.
const LATIN_RUN =
	/[\p{Script=Latin}0-9](?:[\p{Script=Latin}0-9 .,:;/?&=#@%+_'-]*[\p{Script=Latin}0-9])?/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;

function latinRuns(text: string): { start: number; end: number; hasLetters: boolean }[] {
	return [...text.matchAll(LATIN_RUN)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		hasLetters: LATIN_LETTER.test(m[0])
	}));
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
// How Dari writes a Latin number: Persian digits, ٬ between thousands, ٫ before decimals.
const toPersianNumber = (latin: string) =>
	latin
		.replace(/(?<=[0-9]),(?=[0-9]{3})/g, '٬')
		.replace(/(?<=[0-9])\.(?=[0-9])/g, '٫')
		.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] as string);

const DARI_PUNCTUATION: Record<string, string> = { ',': '،', '?': '؟', ';': '؛' };

function dariDefects(text: string): Defect[] {
	const defects: Defect[] = [];
	const arabic = [...text.matchAll(/[يىك]/g)];
	if (arabic.length) {
		const letters = [...new Set(arabic.map((m) => m[0]))];
		defects.push({
			check: 'dari-letters',
			severity: 'error',
			message: `Arabic ${letters.join(', ')} instead of Persian ${letters.map((l) => ARABIC_TO_PERSIAN[l]).join(', ')} (${arabic.length}×)`,
			index: arabic[0]?.index ?? 0
		});
	}
	const runs = latinRuns(text);
	const inRun = (i: number) => runs.some((r) => i >= r.start && i < r.end);
	const punctuation = [...text.matchAll(/[,?;]/g)].filter((m) => !inRun(m.index));
	if (punctuation.length) {
		const marks = [...new Set(punctuation.map((m) => m[0]))];
		defects.push({
			check: 'dari-punctuation',
			severity: 'error',
			message: `ASCII ${marks.join(' ')} instead of ${marks.map((m) => DARI_PUNCTUATION[m]).join(' ')} (${punctuation.length}×)`,
			index: punctuation[0]?.index ?? 0
		});
	}
	const numbers = runs.filter((r) => !r.hasLetters).map((r) => text.slice(r.start, r.end));
	if (numbers.length) {
		defects.push({
			check: 'dari-digits',
			severity: 'error',
			message: `Latin digits ${numbers.join(', ')} (write ${numbers.map(toPersianNumber).join(', ')})`,
			index: runs.find((r) => !r.hasLetters)?.start ?? 0
		});
	}
	return defects;
}

/** ASCII quotation marks: `"` anywhere, `'` unless it stands between letters as an apostrophe. */
function asciiQuoteDefect(text: string, language: LanguageCode): Defect | null {
	const quotes = [...text.matchAll(/["']/g)].filter(
		(m) => m[0] === '"' || !(isLetter(text[m.index - 1]) && isLetter(text[m.index + 1]))
	);
	if (!quotes.length) return null;
	const { open, close } = QUOTES[language];
	return {
		check: 'ascii-quotes',
		severity: 'error',
		message: `ASCII quotation mark ${quotes[0]?.[0]} instead of ${open} ${close} (${quotes.length}×)`,
		index: quotes[0]?.index ?? 0
	};
}

const WORD = /[\p{L}\p{M}\u200C]+/gu;

function repeatedWordDefect(text: string): Defect | null {
	const words = [...text.matchAll(WORD)];
	for (let i = 1; i < words.length; i++) {
		const [previous, word] = [words[i - 1], words[i]] as [RegExpExecArray, RegExpExecArray];
		const between = text.slice(previous.index + previous[0].length, word.index);
		if (
			/^[ \u00A0]+$/.test(between) &&
			previous[0].toLocaleLowerCase() === word[0].toLocaleLowerCase()
		) {
			return {
				check: 'repeated-word',
				severity: 'warning',
				message: `repeated word "${previous[0]}${between}${word[0]}"`,
				index: previous.index
			};
		}
	}
	return null;
}

function doubleSpaceDefect(text: string): Defect | null {
	const match = /[ \u00A0\u2009\u202F]{2,}/u.exec(text);
	return match
		? {
				check: 'double-space',
				severity: 'warning',
				message: `${match[0].length} spaces in a row`,
				index: match.index
			}
		: null;
}

/**
 * The faults of one text that need no other text to see: Dari typography, ASCII quotation
 * marks, repeated words and double spaces.
 */
export function textDefects(text: string, language: LanguageCode): Defect[] {
	const defects: Defect[] = [];
	if (language === 'fa-AF') defects.push(...dariDefects(text));
	if (language === 'fa-AF' || language === 'ru') {
		const quotes = asciiQuoteDefect(text, language);
		if (quotes) defects.push(quotes);
	}
	for (const defect of [repeatedWordDefect(text), doubleSpaceDefect(text)]) {
		if (defect) defects.push(defect);
	}
	return defects;
}

// Addresses and codes are Latin in every language; they say nothing about a text's script.
const ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?:\/\S*)?/gu;

/** A name or a number can rightly stay as it is: no letters, or a few capitalized words. */
function isNameOrNumber(text: string): boolean {
	const words = text.split(/\s+/).filter((w) => LETTER.test(w));
	return words.length <= 4 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** A translation left as the source, or written in another language's script. */
export function untranslatedDefect(
	text: string,
	language: LanguageCode,
	source: { text: string; language: LanguageCode } | null
): Defect | null {
	if (source && language !== source.language && text.trim() === source.text.trim()) {
		return isNameOrNumber(text)
			? {
					check: 'untranslated',
					severity: 'warning',
					message: `identical to the source (${source.language}): a name or number that stays as it is?`,
					index: 0
				}
			: {
					check: 'untranslated',
					severity: 'error',
					message: `identical to the source (${source.language}): not translated`,
					index: 0
				};
	}
	const script = dominantScript(text.replace(ADDRESS, ''));
	const expected = scriptOf(language);
	if (script === null || script === expected) return null;
	return {
		check: 'untranslated',
		severity: 'error',
		message: `written mostly in ${script} letters, but ${language} is written in ${expected}: not translated?`,
		index: 0
	};
}

/**
 * Whether a segment's text in `language` is left in the source or in another language's script:
 * checks of what a translation holds (its numbers, its quotation marks) skip such a text, which
 * is reported once, as untranslated.
 */
export function isUntranslated(
	article: Article,
	segment: SegmentId,
	language: LanguageCode
): boolean {
	const texts: Partial<Record<LanguageCode, string>> = article.text[segment] ?? {};
	const text = texts[language];
	const source = texts[article.meta.sourceLanguage];
	if (text === undefined) return false;
	const sourceText =
		source === undefined ? null : { text: source, language: article.meta.sourceLanguage };
	return untranslatedDefect(text, language, sourceText)?.severity === 'error';
}

// Gregorian month names, each next to a number (a day or a year), so Dari's verb prefix می and
// English "may" are not taken for May. Dari also meets the Iranian names, which are not wrong here.
const MONTH_NAMES: Record<LanguageCode, string[]> = {
	en: 'January February March April May June July August September October November December'.split(
		' '
	),
	ru: [
		'январ[ьяе]',
		'феврал[ьяе]',
		'март[ае]?',
		'апрел[ьяе]',
		'ма[йяе]',
		'июн[ьяе]',
		'июл[ьяе]',
		'август[ае]?',
		'сентябр[ьяе]',
		'октябр[ьяе]',
		'ноябр[ьяе]',
		'декабр[ьяе]'
	],
	'fa-AF': [
		'جنوری|ژانویه',
		'فبروری|فوریه',
		'مارچ|مارس',
		'اپریل|آوریل',
		'می|مه',
		'جون|ژوئن',
		'جولای|جولائی|ژوئیه',
		'اگست|اوت',
		'سپتمبر|سپتامبر',
		'اکتوبر|اکتبر',
		'نومبر|نوامبر',
		'دسمبر|دسامبر'
	]
};

const MONTH_PATTERNS = Object.fromEntries(
	Object.entries(MONTH_NAMES).map(([language, names]) => [
		language,
		names.map(
			(name) =>
				new RegExp(
					`(?<=\\p{Nd}[ \\u00A0]*)(?:${name})(?![\\p{L}\\p{M}\\u200C])|(?<![\\p{L}\\p{M}\\u200C])(?:${name})(?=[ \\u00A0]*,?[ \\u00A0]*\\p{Nd})`,
					language === 'en' ? 'u' : 'iu'
				)
		)
	])
) as Record<LanguageCode, RegExp[]>;

/** The months (1–12) a text names beside a day or a year, sorted. */
export function monthsIn(text: string, language: LanguageCode): number[] {
	// A month counts only beside a number: most segments have none, and the patterns' lookbehinds
	// are the costliest part of the check at library scale.
	if (!/\p{Nd}/u.test(text)) return [];
	return MONTH_PATTERNS[language].flatMap((pattern, i) => (pattern.test(text) ? [i + 1] : []));
}

const monthList = (months: number[], language: LanguageCode) =>
	months.map((m) => (MONTH_NAMES[language][m - 1] as string).split('|')[0]).join(', ');

/** Dated months that differ from the source's (where both name months). */
export function datesDefect(
	text: string,
	language: LanguageCode,
	source: { text: string; language: LanguageCode }
): Defect | null {
	if (language === source.language) return null;
	const expected = monthsIn(source.text, source.language);
	const found = monthsIn(text, language);
	if (!expected.length || !found.length || expected.join() === found.join()) return null;
	return {
		check: 'dates',
		severity: 'error',
		message: `months differ from ${source.language}.json: ${source.language} has ${monthList(expected, 'en')}, ${language} has ${monthList(found, 'en')}`,
		index: 0
	};
}

const fileOf = (article: Article, language: LanguageCode) =>
	`content/articles/${article.slug}/${language}.json`;

function place(
	article: Article,
	language: LanguageCode,
	segment: SegmentId,
	text: string,
	defect: Defect
): Finding {
	return {
		file: fileOf(article, language),
		where: segment,
		message: defect.message,
		severity: defect.severity,
		check: defect.check,
		article: article.slug,
		language,
		snippet: snippetAt(text, defect.index)
	};
}

/** Every fault of every segment of an article, in every language, that the segment shows alone. */
export function segmentFindings(article: Article): Finding[] {
	const findings: Finding[] = [];
	const sourceLanguage = article.meta.sourceLanguage;
	for (const segment of article.segmentIds) {
		// A segment whose text is missing or unusable in a language has no entry for it.
		const texts: Partial<Record<LanguageCode, string>> = article.text[segment] ?? {};
		const sourceText = texts[sourceLanguage];
		const source = sourceText === undefined ? null : { text: sourceText, language: sourceLanguage };
		for (const language of article.meta.languages) {
			const text = texts[language];
			// Missing and empty text is content:check's to report.
			if (text === undefined || text.trim() === '') continue;
			const untranslated = untranslatedDefect(text, language, source);
			// Text left in another language is that one fault: its typography and months are not
			// this language's to judge.
			const defects =
				untranslated?.severity === 'error'
					? [untranslated]
					: [
							untranslated,
							source && datesDefect(text, language, source),
							...textDefects(text, language)
						];
			for (const defect of defects) {
				if (defect) findings.push(place(article, language, segment, text, defect));
			}
		}
	}
	return findings;
}

/** The pairs each language opens and closes; a straight `"` both opens and closes in English. */
function pairsOf(language: LanguageCode): [string, string][] {
	const { open, close } = QUOTES[language];
	const pairs: [string, string][] = [
		['(', ')'],
		['[', ']'],
		[open, close]
	];
	if (language === 'en') pairs.push(['"', '"']);
	if (language === 'ru') pairs.push(['„', '“']);
	return pairs;
}

// `a)` or `2)` after a space or at the start is an enumerator, not a closing bracket.
const ENUMERATOR = /(?:^|\s)[\p{L}\p{Nd}]{1,2}$/u;

/**
 * Quotation marks and brackets that do not pair up, per paragraph (a quotation may span several
 * of its segments): an opening mark never closed, a closing mark never opened.
 */
export function balanceFindings(article: Article): Finding[] {
	const findings: Finding[] = [];
	for (const block of article.blocks) {
		if (!('segments' in block)) continue;
		for (const language of article.meta.languages) {
			// A paragraph with a segment missing, refused or untranslated in this language cannot be
			// paired up; that segment is reported already, as what it is.
			const whole = block.segments.every(
				(segment) =>
					article.text[segment]?.[language] !== undefined &&
					!isUntranslated(article, segment, language)
			);
			if (!whole) continue;
			const pairs = pairsOf(language);
			const closerOf = new Map(pairs.map(([o, c]) => [o, c]));
			const openerOf = new Map(pairs.map(([o, c]) => [c, o]));
			const open: { mark: string; segment: SegmentId; text: string; index: number }[] = [];
			for (const segment of block.segments) {
				const text = article.text[segment]?.[language] as string;
				const report = (index: number, message: string) =>
					findings.push(
						place(article, language, segment, text, {
							check: 'unbalanced',
							severity: 'error',
							message,
							index
						})
					);
				for (let i = 0; i < text.length; i++) {
					const mark = text[i] as string;
					const top = open.at(-1);
					if (top && closerOf.get(top.mark) === mark) {
						open.pop();
					} else if (closerOf.has(mark)) {
						open.push({ mark, segment, text, index: i });
					} else if (openerOf.has(mark)) {
						const at = open.findLastIndex((o) => closerOf.get(o.mark) === mark);
						if (at >= 0) {
							for (const unclosed of open.splice(at).slice(1)) {
								findings.push(unclosedFinding(article, language, unclosed));
							}
						} else if (!(mark === ')' && ENUMERATOR.test(text.slice(0, i)))) {
							report(
								i,
								`closing ${mark} without an opening ${openerOf.get(mark)} in its paragraph`
							);
						}
					}
				}
			}
			for (const unclosed of open) findings.push(unclosedFinding(article, language, unclosed));
		}
	}
	return findings;
}

function unclosedFinding(
	article: Article,
	language: LanguageCode,
	{ mark, segment, text, index }: { mark: string; segment: SegmentId; text: string; index: number }
): Finding {
	const close = pairsOf(language).find(([o]) => o === mark)?.[1] ?? mark;
	return place(article, language, segment, text, {
		check: 'unbalanced',
		severity: 'error',
		message: `opening ${mark} not closed by ${close} in its paragraph`,
		index
	});
}

/** The QA errors of one article: what content:check refuses besides its own checks. */
export function translationErrors(article: Article): Finding[] {
	return [...segmentFindings(article), ...balanceFindings(article)].filter(
		(f) => f.severity === 'error'
	);
}

// Gale–Church: a translation's length is about c times its source's, with a variance that grows
// with the source's length, so short segments (titles, "What next?") are not taken for outliers.
const MIN_PAIR_SEGMENTS = 10;
const LENGTH_Z_LIMIT = 3;
// The median of a squared standard normal: turns the median of squared deviations into a
// variance that a few outliers cannot inflate.
const CHI2_1_MEDIAN = 0.455;

/**
 * Segments whose length is far from what their language pair (source → translation) usually
 * gives, measured over the whole library: text added or left out. Warnings only: a translation
 * may rightly be freer in one place.
 */
export function lengthFindings(articles: readonly Article[]): Finding[] {
	const pairs = new Map<
		string,
		{
			article: Article;
			language: LanguageCode;
			segment: SegmentId;
			source: number;
			target: number;
			text: string;
		}[]
	>();
	for (const article of articles) {
		const source = article.meta.sourceLanguage;
		for (const language of article.meta.languages) {
			if (language === source) continue;
			const key = `${source}>${language}`;
			if (!pairs.has(key)) pairs.set(key, []);
			for (const segment of article.segmentIds) {
				const sourceText = article.text[segment]?.[source];
				const text = article.text[segment]?.[language];
				if (!sourceText || !text) continue;
				pairs.get(key)?.push({
					article,
					language,
					segment,
					source: textLength(sourceText),
					target: textLength(text),
					text
				});
			}
		}
	}
	const findings: Finding[] = [];
	for (const [key, entries] of pairs) {
		const measured = entries.filter((e) => e.source > 0);
		if (measured.length < MIN_PAIR_SEGMENTS) continue;
		const ratio =
			measured.reduce((sum, e) => sum + e.target, 0) /
			measured.reduce((sum, e) => sum + e.source, 0);
		const squares = measured
			.map((e) => (e.target - ratio * e.source) ** 2 / e.source)
			.sort((a, b) => a - b);
		const variance = median(squares) / CHI2_1_MEDIAN;
		if (variance === 0) continue;
		const sourceLanguage = key.split('>')[0] as string;
		for (const e of measured) {
			const z = (e.target - ratio * e.source) / Math.sqrt(variance * e.source);
			if (Math.abs(z) <= LENGTH_Z_LIMIT) continue;
			findings.push(
				place(e.article, e.language, e.segment, e.text, {
					check: 'length-ratio',
					severity: 'warning',
					message: `${e.target} characters for ${e.source} in ${sourceLanguage}; ${key} usually gives ${(ratio * e.source).toFixed(0)} (z ${z.toFixed(1)}): text ${z > 0 ? 'added' : 'left out'}?`,
					index: 0
				})
			);
		}
	}
	return findings;
}

function median(sorted: number[]): number {
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const ARTICLE_PATH = /^content\/articles\/([^/]+)\/(?:([^/]+)\.json)?/;

/** Sorts a content:check problem into the QA's checks and gives it a snippet of its segment. */
export function problemFinding(problem: ContentProblem, articles: readonly Article[]): Finding {
	const [, slug, name] = problem.file.match(ARTICLE_PATH) ?? [];
	const segmentArticle = articles.find((a) => a.segmentIds.includes(problem.where));
	const article = slug ?? segmentArticle?.slug ?? null;
	const language = name !== undefined && isLanguageCode(name) ? name : null;
	const check: CheckId = problem.file.startsWith('content/glossary/')
		? 'terms'
		: /^(segment missing|empty text|file missing)/.test(problem.message)
			? 'missing'
			: problem.message.startsWith('numbers differ')
				? 'numbers'
				: 'content';
	const text =
		segmentArticle?.text[problem.where]?.[language ?? segmentArticle.meta.sourceLanguage] ?? '';
	return {
		...problem,
		severity: 'error',
		check,
		article,
		language,
		snippet: text ? snippetAt(text) : ''
	};
}

const keyOf = (p: ContentProblem) => `${p.file}\n${p.where}\n${p.message}`;

/**
 * The translation QA of a library: content:check's problems (missing text, numbers, terms…),
 * the QA's own errors and warnings on every article that could be read, and the length
 * outliers of each language pair. Sorted by article, language, file and severity.
 */
export function reviewLibrary({
	problems,
	assembled
}: {
	problems: readonly ContentProblem[];
	assembled: readonly Article[];
}): Finding[] {
	const own = [
		...assembled.flatMap((a) => [...segmentFindings(a), ...balanceFindings(a)]),
		...lengthFindings(assembled)
	];
	// content:check already ran the QA's errors; they are listed once, with their snippets.
	const ownKeys = new Set(own.map(keyOf));
	const fromCheck = problems
		.filter((p) => !ownKeys.has(keyOf(p)))
		.map((p) => problemFinding(p, assembled));
	const order = new Map(assembled.flatMap((a) => a.segmentIds.map((id, i) => [id, i])));
	return [...fromCheck, ...own].sort(
		(a, b) =>
			(a.article ?? '').localeCompare(b.article ?? '') ||
			(a.language ?? '').localeCompare(b.language ?? '') ||
			(order.get(a.where) ?? -1) - (order.get(b.where) ?? -1) ||
			a.file.localeCompare(b.file)
	);
}
