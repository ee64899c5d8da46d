import { stemmer as russianStem } from '@orama/stemmers/russian';
import type { LanguageCode } from '../languages.ts';
import { normalizeForSearch, originalRange, searchKey } from '../text/normalize.ts';
import type { Term, TermForm, TermInLanguage, TermName } from './glossary-schema.ts';
import { WORD, WORD_CHAR } from '../text/letters.ts';

/** Where a glossary term stands in the displayed text of one segment in one language. */
export interface TermOccurrence {
	term: string;
	segment: string;
	language: LanguageCode;
	/** UTF-16 offsets into the displayed text: `text.slice(start, end)` is the surface form. */
	start: number;
	end: number;
}

/** How one surface form is matched. */
interface FormMatch {
	form: string;
	caseSensitive: boolean;
	/** Articles the form is limited to; null where it holds everywhere. */
	articles: readonly string[] | null;
}

/** A folded shape of a form, with the form's options. */
interface MatchKey extends FormMatch {
	key: string;
}

/** A term's searchable shapes in one language, prepared once. */
interface TermMatcher {
	term: string;
	/** Folded surface forms, longest first. */
	keys: MatchKey[];
	/** Russian only: the stems of each multi-word name, for forms nobody listed. */
	stemSequences: (FormMatch & { stems: string[] })[];
	/** Folded negative contexts: an occurrence inside one of them is not this term. */
	negatives: string[];
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
// Stems shorter than this match too much (США, ООН); those names must be listed as forms.
const MIN_STEM = 4;

const formText = (form: string | TermForm) => (typeof form === 'string' ? form : form.form);

/** A language's names of a term, the preferred label first, then abbreviations and other names. */
export function namesOf(entry: TermInLanguage): TermName[] {
	return [entry.label, ...entry.abbreviations, ...entry.otherNames];
}

/** Every surface form a language declares for a term: label, abbreviations, other names, forms. */
export function surfaceForms(term: Term, language: LanguageCode): string[] {
	const entry = term[language];
	return [...new Set([...namesOf(entry).map((n) => n.name), ...entry.forms.map(formText)])];
}

/**
 * Each surface form with its matching options. Abbreviations keep their capitals (РАН is not
 * «ран», wounds; RAS is not Ras al-Khaimah); a form written as an object sets its own options,
 * also for a name it repeats.
 */
export function formMatches(term: Term, language: LanguageCode): FormMatch[] {
	const entry = term[language];
	const options = new Map<string, FormMatch>();
	for (const form of surfaceForms(term, language)) {
		const caseSensitive = entry.abbreviations.some((a) => a.name === form);
		options.set(form, { form, caseSensitive, articles: null });
	}
	for (const form of entry.forms) {
		if (typeof form === 'string') continue;
		options.set(form.form, {
			form: form.form,
			caseSensitive: form.caseSensitive,
			articles: form.articles ?? null
		});
	}
	return [...options.values()];
}

function matcherFor(term: Term, language: LanguageCode): TermMatcher {
	const keys = new Map<string, MatchKey>();
	for (const match of formMatches(term, language)) {
		const key = searchKey(match.form);
		if (!key) continue;
		keys.set(key, { ...match, key });
		// Where Dari puts a ZWNJ, writers also type a space (folded already) or nothing at all:
		// match the joined spelling too.
		if (ARABIC_SCRIPT.test(key) && match.form.includes('\u200C')) {
			const joined = searchKey(match.form.replaceAll('\u200C', ''));
			keys.set(joined, { ...match, key: joined });
		}
	}
	const names = new Set([term.ru.label, ...term.ru.otherNames].map((n) => n.name));
	const stemSequences =
		language === 'ru'
			? formMatches(term, language)
					.filter((match) => names.has(match.form))
					.map((match) => ({
						...match,
						stems: (searchKey(match.form).match(WORD) ?? []).map(russianStem)
					}))
					.filter(({ stems }) => stems.length > 1 || (stems[0]?.length ?? 0) >= MIN_STEM)
			: [];
	return {
		term: term.id,
		keys: [...keys.values()].sort((a, b) => b.key.length - a.key.length),
		stemSequences,
		negatives: term[language].negativeContexts.map(searchKey).filter(Boolean)
	};
}

/** Prepares the glossary for matching in one language. */
export function prepareMatchers(terms: readonly Term[], language: LanguageCode): TermMatcher[] {
	return terms.map((term) => matcherFor(term, language));
}

const isBoundary = (key: string, index: number) => !WORD_CHAR.test(key[index] ?? ' ');

/** Start and end of every whole-word occurrence of `form` in `key`. */
function wholeWords(key: string, form: string): [number, number][] {
	const ranges: [number, number][] = [];
	for (let at = key.indexOf(form); at >= 0; at = key.indexOf(form, at + 1)) {
		if (isBoundary(key, at - 1) && isBoundary(key, at + form.length)) {
			ranges.push([at, at + form.length]);
		}
	}
	return ranges;
}

/** Whether every capital of `form` stands as a capital in `surface`, word by word. */
function keepsCapitals(surface: string, form: string): boolean {
	const textWords = (surface.match(WORD) ?? []).map((word) => [...word]);
	return (form.match(WORD) ?? []).every((word, i) =>
		[...word].every((char, j) => {
			if (char === char.toLowerCase()) return true;
			const written = textWords[i]?.[j];
			return written !== undefined && written !== written.toLowerCase();
		})
	);
}

const appliesTo = (match: FormMatch, article: string | undefined) =>
	match.articles === null || (article !== undefined && match.articles.includes(article));

/**
 * Every occurrence of every term in `text` of `article`: case-insensitive and script-aware (the
 * search folding) unless a form keeps its capitals, whole words only, longest form first, outside
 * the term's negative contexts; forms limited to other articles are skipped. Occurrences of
 * different terms may nest (KCNA inside a longer name); one term's occurrences never overlap.
 */
export function findTerms(
	text: string,
	language: LanguageCode,
	matchers: readonly TermMatcher[],
	article?: string
): { term: string; start: number; end: number }[] {
	const normalized = normalizeForSearch(text);
	const { key } = normalized;
	const words = [...key.matchAll(WORD)].map((m) => ({
		stem: language === 'ru' ? russianStem(m[0]) : m[0],
		start: m.index ?? 0,
		end: (m.index ?? 0) + m[0].length
	}));
	const original = (start: number, end: number) => originalRange(normalized, start, end, text);
	const found: { term: string; start: number; end: number }[] = [];
	for (const matcher of matchers) {
		const ranges: [number, number, FormMatch][] = [];
		for (const match of matcher.keys) {
			if (!appliesTo(match, article)) continue;
			for (const [start, end] of wholeWords(key, match.key)) ranges.push([start, end, match]);
		}
		for (const match of matcher.stemSequences) {
			if (!appliesTo(match, article)) continue;
			const { stems } = match;
			for (let i = 0; i + stems.length <= words.length; i++) {
				if (stems.every((stem, j) => words[i + j]?.stem === stem)) {
					ranges.push([words[i]!.start, words[i + stems.length - 1]!.end, match]);
				}
			}
		}
		const excluded = matcher.negatives.flatMap((negative) => wholeWords(key, negative));
		const allowed = ranges.filter(([start, end, match]) => {
			if (excluded.some(([s, e]) => s <= start && end <= e)) return false;
			if (!match.caseSensitive) return true;
			const [from, to] = original(start, end);
			return keepsCapitals(text.slice(from, to), match.form);
		});
		// Longest first, then keep only ranges that do not overlap one already kept.
		allowed.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
		const kept: [number, number][] = [];
		for (const [start, end] of allowed) {
			if (kept.every(([s, e]) => end <= s || start >= e)) kept.push([start, end]);
		}
		for (const [start, end] of kept) {
			const [from, to] = original(start, end);
			found.push({ term: matcher.term, start: from, end: to });
		}
	}
	return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The pieces of a segment's text for display: plain runs and term occurrences, outermost only
 * (a nested term is reachable from the term that contains it, as one control cannot hold another).
 */
export function splitByTerms(
	text: string,
	occurrences: readonly { term: string; start: number; end: number }[]
): { text: string; term: string | null }[] {
	const pieces: { text: string; term: string | null }[] = [];
	let at = 0;
	const outermost = [...occurrences].sort((a, b) => a.start - b.start || b.end - a.end);
	for (const occurrence of outermost) {
		if (occurrence.start < at) continue;
		if (occurrence.start > at) pieces.push({ text: text.slice(at, occurrence.start), term: null });
		pieces.push({ text: text.slice(occurrence.start, occurrence.end), term: occurrence.term });
		at = occurrence.end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at), term: null });
	return pieces;
}
