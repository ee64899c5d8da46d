import { stemmer as russianStem } from '@orama/stemmers/russian';
import type { LanguageCode } from '../languages.ts';
import { normalizeForSearch, originalRange, searchKey } from '../text/normalize.ts';
import type { Term } from './glossary-schema.ts';

/** Where a glossary term stands in the displayed text of one segment in one language. */
export interface TermOccurrence {
	term: string;
	segment: string;
	language: LanguageCode;
	/** UTF-16 offsets into the displayed text: `text.slice(start, end)` is the surface form. */
	start: number;
	end: number;
}

/** A term's searchable shapes in one language, prepared once. */
interface TermMatcher {
	term: string;
	/** Folded surface forms, longest first. */
	keys: string[];
	/** Russian only: the stems of each multi-word name, for forms nobody listed. */
	stemSequences: string[][];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
// Stems shorter than this match too much (США, ООН); those names must be listed as forms.
const MIN_STEM = 4;

/** Every surface form a language declares for a term: label, abbreviations, other names, forms. */
export function surfaceForms(term: Term, language: LanguageCode): string[] {
	const entry = term[language];
	return [entry.label, ...entry.abbreviations, ...entry.otherNames, ...entry.forms];
}

function matcherFor(term: Term, language: LanguageCode): TermMatcher {
	const keys = new Set<string>();
	for (const form of surfaceForms(term, language)) {
		const key = searchKey(form);
		if (!key) continue;
		keys.add(key);
		// Where Dari puts a ZWNJ, writers also type a space (folded already) or nothing at all:
		// match the joined spelling too.
		if (ARABIC_SCRIPT.test(key) && form.includes('\u200C')) {
			keys.add(searchKey(form.replaceAll('\u200C', '')));
		}
	}
	const stemSequences =
		language === 'ru'
			? [term.ru.label, ...term.ru.otherNames]
					.map((name) => (searchKey(name).match(WORD) ?? []).map(russianStem))
					.filter((stems) => stems.length > 1 || (stems[0]?.length ?? 0) >= MIN_STEM)
			: [];
	return {
		term: term.id,
		keys: [...keys].sort((a, b) => b.length - a.length),
		stemSequences
	};
}

/** Prepares the glossary for matching in one language. */
export function prepareMatchers(terms: readonly Term[], language: LanguageCode): TermMatcher[] {
	return terms.map((term) => matcherFor(term, language));
}

const isBoundary = (key: string, index: number) => !WORD_CHAR.test(key[index] ?? ' ');

/**
 * Every occurrence of every term in `text`: case-insensitive and script-aware (the search
 * folding), whole words only, longest form first. Occurrences of different terms may nest
 * (KCNA inside a longer name); one term's occurrences never overlap.
 */
export function findTerms(
	text: string,
	language: LanguageCode,
	matchers: readonly TermMatcher[]
): { term: string; start: number; end: number }[] {
	const normalized = normalizeForSearch(text);
	const { key } = normalized;
	const words = [...key.matchAll(WORD)].map((m) => ({
		stem: language === 'ru' ? russianStem(m[0]) : m[0],
		start: m.index ?? 0,
		end: (m.index ?? 0) + m[0].length
	}));
	const found: { term: string; start: number; end: number }[] = [];
	for (const matcher of matchers) {
		const ranges: [number, number][] = [];
		for (const form of matcher.keys) {
			for (let at = key.indexOf(form); at >= 0; at = key.indexOf(form, at + 1)) {
				if (isBoundary(key, at - 1) && isBoundary(key, at + form.length)) {
					ranges.push([at, at + form.length]);
				}
			}
		}
		for (const stems of matcher.stemSequences) {
			for (let i = 0; i + stems.length <= words.length; i++) {
				if (stems.every((stem, j) => words[i + j]?.stem === stem)) {
					ranges.push([words[i]!.start, words[i + stems.length - 1]!.end]);
				}
			}
		}
		// Longest first, then keep only ranges that do not overlap one already kept.
		ranges.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
		const kept: [number, number][] = [];
		for (const range of ranges) {
			if (kept.every(([s, e]) => range[1] <= s || range[0] >= e)) kept.push(range);
		}
		for (const [start, end] of kept) {
			const [from, to] = originalRange(normalized, start, end, text);
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
