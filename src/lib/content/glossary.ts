import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import {
	termSchema,
	type NameStatus,
	type Reliability,
	type Term,
	type TermName
} from './glossary-schema.ts';
import { characterFaults } from '../text/characters.ts';
import { isInScriptOf } from '../text/script.ts';
import { findTerms, namesOf, prepareMatchers, surfaceForms, type TermOccurrence } from './terms.ts';
import { parseJsonFile } from './validate.ts';
import type { Article, ContentProblem, RawFile } from './article-types.ts';

export interface ValidatedGlossary {
	terms: Term[];
	occurrences: TermOccurrence[];
	problems: ContentProblem[];
}

const GLOSSARY_FILE = /^content\/glossary\/([^/]+)\.json$/;

/** A text without what it quotes in «», “” or "". */
const unquoted = (text: string) => text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ' ');

/** A project file named in a text a reader sees (LANGUAGE.md, notes.ru.md). */
const PROJECT_FILE = /[\w.-]+\.md\b/;

/** The longest definition a popover shows whole, in characters (code points). */
export const DEFINITION_MAX_LENGTH = 300;

/**
 * Checks the term base and computes where every term occurs in every language of every segment.
 * Besides the schema, it reports related terms that do not exist and, per segment, a term found
 * in some of the segment's languages but not in the others (a missing form or a translation
 * slip) unless the entry declares that exception with a reason; an exception that no longer
 * excuses anything is reported too, and so is a definition too long for a popover, a label
 * that is not the preferred name, and a name called highly reliable with no source to show.
 */
export function validateGlossary(
	files: RawFile[],
	articles: Article[],
	{ checkText = true }: { checkText?: boolean } = {}
): ValidatedGlossary {
	const problems: ContentProblem[] = [];
	const terms: Term[] = [];
	const fileOf = new Map<string, string>();
	// Every entry file names a term, even one that fails its schema: it is reported once, not
	// again as an unknown related term of every entry that points to it.
	const ids = new Set<string>();
	for (const file of files) {
		if (!file.path.startsWith('content/glossary/')) continue;
		const match = file.path.match(GLOSSARY_FILE);
		const report = (where: string, message: string) =>
			problems.push({ file: file.path, where, message });
		if (!match) {
			report('-', 'unexpected file (the glossary holds one <term-id>.json per concept)');
			continue;
		}
		ids.add(match[1] as string);
		const term = parseJsonFile(file, termSchema, report);
		if (!term) continue;
		if (term.id !== match[1])
			report('id', `is "${term.id}" but the file is named "${match[1]}.json"`);
		for (const language of LANGUAGE_CODES) {
			const length = [...term[language].definition].length;
			if (length > DEFINITION_MAX_LENGTH)
				report(
					`${language}.definition`,
					`is ${length} characters, longer than the ${DEFINITION_MAX_LENGTH} a popover shows; move how this text uses the term to "note"`
				);
		}
		for (const language of LANGUAGE_CODES) checkNames(term, language, report);
		// The popover, the term page, search and the exports show these texts as the segments are
		// shown: held to the same characters (no bidi control, control or stray invisible
		// character, NFC, Persian digits in Dari).
		for (const [where, text, language] of termTexts(term)) {
			for (const { message } of characterFaults(text, language)) report(where, message);
		}
		terms.push(term);
		fileOf.set(term.id, file.path);
	}

	for (const term of terms) {
		const file = fileOf.get(term.id) as string;
		term.related.forEach((id, index) => {
			if (!ids.has(id))
				problems.push({ file, where: `related.${index}`, message: `unknown term "${id}"` });
		});
	}

	if (checkText) problems.push(...checkMatching(terms, articles, fileOf));
	const occurrences = findOccurrences(articles, terms);
	// Checked against a partial library, every exception would look stale: only whole text counts.
	if (checkText) problems.push(...checkConsistency(articles, terms, occurrences, fileOf));
	return { terms: [...terms].sort((a, b) => a.id.localeCompare(b.id)), occurrences, problems };
}

/**
 * Every text of an entry with where it sits (`fa-AF.otherNames.0.sources.1.title`) and the
 * language it is checked as: its language section's, or English for the exceptions' reasons.
 */
function termTexts(term: Term): [string, string, LanguageCode][] {
	const texts: [string, string, LanguageCode][] = [];
	const walk = (value: unknown, where: string, language: LanguageCode) => {
		if (typeof value === 'string') texts.push([where, value, language]);
		else if (Array.isArray(value))
			value.forEach((item, i) => walk(item, `${where}.${i}`, language));
		else if (value && typeof value === 'object')
			for (const [key, item] of Object.entries(value))
				walk(item, `${where}.${key}`, languageOfField(where, key, language));
	};
	for (const language of LANGUAGE_CODES) walk(term[language], language, language);
	term.exceptions.forEach((exception, i) => walk(exception.reason, `exceptions.${i}.reason`, 'en'));
	return texts;
}

/**
 * The language a field is written in: a name's note is one text per interface language, keyed by
 * it, and its research log is English; anything else is in its language section's language.
 */
function languageOfField(parent: string, key: string, section: LanguageCode): LanguageCode {
	if (key === 'research') return 'en';
	return parent.endsWith('.note') && isLanguageCode(key) ? key : section;
}

/** Where each name sits in an entry file: `ru.label`, `en.otherNames.1`. */
function namePlaces(term: Term, language: LanguageCode): string[] {
	const entry = term[language];
	return [
		`${language}.label`,
		...entry.abbreviations.map((_, i) => `${language}.abbreviations.${i}`),
		...entry.otherNames.map((_, i) => `${language}.otherNames.${i}`)
	];
}

/**
 * The label is the name the term base recommends, so it must be preferred: an artefact of one
 * text, a deprecated or an obsolete name there would be handed to every reader as the name to
 * use. High reliability is a claim about evidence, so it needs a source a reader can follow.
 */
function checkNames(
	term: Term,
	language: LanguageCode,
	report: (where: string, message: string) => void
): void {
	const { label } = term[language];
	if (label.status !== 'preferred')
		report(
			`${language}.label`,
			`"${label.name}" is ${label.status}, but the label is the preferred name: make it an other name and promote the preferred one`
		);
	const places = namePlaces(term, language);
	namesOf(term[language]).forEach((name, index) => {
		const place = places[index] as string;
		if (name.reliability === 'high' && !name.sources.length)
			report(place, `"${name.name}" is of high reliability but has no source: add one or lower it`);
		for (const noteLanguage of LANGUAGE_CODES) {
			const note = name.note?.[noteLanguage];
			// What a note quotes (a name in another language) is its subject, not its language.
			if (note !== undefined && !isInScriptOf(unquoted(note), noteLanguage))
				report(
					`${place}.note.${noteLanguage}`,
					`is not written in the script of ${noteLanguage}: readers of that interface read it here`
				);
		}
		for (const [field, text] of [
			...LANGUAGE_CODES.map((l) => [`note.${l}`, name.note?.[l]] as const),
			['research', name.research] as const
		]) {
			const file = text?.match(PROJECT_FILE)?.[0];
			if (file)
				report(
					`${place}.${field}`,
					`names the project file "${file}", which readers cannot open: say what it records`
				);
		}
	});
}

/** Every occurrence of every term in every language of every segment of every article. */
function findOccurrences(articles: Article[], terms: Term[]): TermOccurrence[] {
	const occurrences: TermOccurrence[] = [];
	const matchers = new Map<LanguageCode, ReturnType<typeof prepareMatchers>>();
	for (const article of articles) {
		for (const language of article.meta.languages) {
			if (!matchers.has(language)) matchers.set(language, prepareMatchers(terms, language));
			for (const segment of article.segmentIds) {
				const text = article.text[segment]?.[language];
				if (!text) continue;
				for (const found of findTerms(text, language, matchers.get(language) ?? [], article.slug)) {
					occurrences.push({ ...found, segment, language });
				}
			}
		}
	}
	return occurrences;
}

/**
 * Matching options that cannot work: a form limited to an article that does not exist, a negative
 * context that contains none of the entry's names or forms (so it can never exclude anything).
 */
function checkMatching(
	terms: Term[],
	articles: Article[],
	fileOf: Map<string, string>
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const slugs = new Set(articles.map((a) => a.slug));
	for (const term of terms) {
		const file = fileOf.get(term.id) as string;
		for (const language of LANGUAGE_CODES) {
			const entry = term[language];
			entry.forms.forEach((form, index) => {
				if (typeof form === 'string') return;
				for (const slug of form.articles ?? []) {
					if (!slugs.has(slug))
						problems.push({
							file,
							where: `${language}.forms.${index}`,
							message: `"${form.form}" is limited to article "${slug}", which does not exist`
						});
				}
			});
			// Every name and form, in any case and any article, with no negative context of its
			// own: what the phrase must contain.
			const plain = {
				...entry,
				abbreviations: [],
				forms: surfaceForms(term, language),
				negativeContexts: []
			};
			const matchers = prepareMatchers([{ ...term, [language]: plain }], language);
			entry.negativeContexts.forEach((negative, index) => {
				if (!findTerms(negative, language, matchers).length)
					problems.push({
						file,
						where: `${language}.negativeContexts.${index}`,
						message: `"${negative}" contains no name or form of the term, so it excludes nothing`
					});
			});
		}
	}
	return problems;
}

function checkConsistency(
	articles: Article[],
	terms: Term[],
	occurrences: TermOccurrence[],
	fileOf: Map<string, string>
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const foundIn = new Map<string, Set<LanguageCode>>();
	for (const { term, segment, language } of occurrences) {
		const key = `${term}\n${segment}`;
		if (!foundIn.has(key)) foundIn.set(key, new Set());
		foundIn.get(key)?.add(language);
	}
	const languagesOf = new Map<string, LanguageCode[]>();
	for (const article of articles) {
		for (const segment of article.segmentIds) languagesOf.set(segment, article.meta.languages);
	}
	for (const term of terms) {
		const file = fileOf.get(term.id) as string;
		const excused = new Set(term.exceptions.map((e) => `${e.segment}\n${e.language}`));
		const used = new Set<string>();
		for (const [segment, languages] of languagesOf) {
			const found = foundIn.get(`${term.id}\n${segment}`);
			if (!found) continue;
			const missing = languages.filter((l) => !found.has(l));
			const unexcused = missing.filter((l) => {
				const key = `${segment}\n${l}`;
				if (excused.has(key)) used.add(key);
				return !excused.has(key);
			});
			if (unexcused.length) {
				problems.push({
					file,
					where: segment,
					message: `found in ${[...found].join(', ')} but not in ${unexcused.join(', ')}`
				});
			}
		}
		term.exceptions.forEach((exception, index) => {
			if (!used.has(`${exception.segment}\n${exception.language}`)) {
				problems.push({
					file,
					where: `exceptions.${index}`,
					message: `${exception.segment} in ${exception.language} excuses nothing: the term is found there, or in no language of that segment`
				});
			}
		});
	}
	return problems;
}

/** Languages in which every name must cite a published, dated source: no open term base covers
 * this domain in Dari or Russian, so a reader has only the sources to judge a rendering by. */
export const SOURCED_LANGUAGES: readonly LanguageCode[] = ['fa-AF', 'ru'];

const dated = (name: TermName) => name.sources.some((s) => s.publisher && s.date);

/** How many names of a language are of each reliability, and how many cite no dated source. */
export type ReliabilityCounts = Record<Reliability, number> & { unsourced: number };

export function reliabilityDistribution(
	terms: readonly Term[]
): Record<LanguageCode, ReliabilityCounts> {
	const counts = Object.fromEntries(
		LANGUAGE_CODES.map((l) => [l, { high: 0, medium: 0, low: 0, unsourced: 0 }])
	) as Record<LanguageCode, ReliabilityCounts>;
	for (const term of terms) {
		for (const language of LANGUAGE_CODES) {
			for (const name of namesOf(term[language])) {
				counts[language][name.reliability] += 1;
				if (!dated(name)) counts[language].unsourced += 1;
			}
		}
	}
	return counts;
}

/**
 * Every Dari and Russian name without a source that has a publisher and a date, located, unless the
 * entry admits it: reliability lowered to low and a research record of what was searched (a coinage of one
 * text, a name no published page uses). An unsourced name still claiming more is refused.
 */
export function unsourcedNames(terms: readonly Term[]): ContentProblem[] {
	return terms.flatMap((term) =>
		SOURCED_LANGUAGES.flatMap((language) => {
			const places = namePlaces(term, language);
			return namesOf(term[language]).flatMap((name, index) =>
				dated(name) || (name.reliability === 'low' && name.research)
					? []
					: [
							{
								file: `content/glossary/${term.id}.json`,
								where: places[index] as string,
								message: `"${name.name}" cites no source with a publisher and a date: add one, or lower its reliability to low and record in its research what was searched`
							}
						]
			);
		})
	);
}

/** What a page needs to show a term: its names, type and definitions, and how often it occurs. */
export interface TermSummary {
	id: string;
	type: Term['type'];
	labels: Record<LanguageCode, string>;
	/** Every name after the label (abbreviations, then other names), each with its status. */
	otherNames: Record<LanguageCode, { name: string; status: NameStatus }[]>;
	definitions: Record<LanguageCode, string>;
	/** Passages (segments) in which the term occurs, in any language. */
	passages: number;
}

export function summarizeTerm(term: Term, occurrences: readonly TermOccurrence[]): TermSummary {
	const perLanguage = <T>(pick: (language: LanguageCode) => T) =>
		Object.fromEntries(LANGUAGE_CODES.map((l) => [l, pick(l)])) as Record<LanguageCode, T>;
	return {
		id: term.id,
		type: term.type,
		labels: perLanguage((l) => term[l].label.name),
		otherNames: perLanguage((l) =>
			namesOf(term[l])
				.slice(1)
				.map(({ name, status }) => ({ name, status }))
		),
		definitions: perLanguage((l) => term[l].definition),
		passages: new Set(occurrences.filter((o) => o.term === term.id).map((o) => o.segment)).size
	};
}

/** Occurrences of one article, by segment and language, ready for display. */
export type SegmentTerms = Record<
	string,
	Partial<Record<LanguageCode, { term: string; start: number; end: number }[]>>
>;

export function termsBySegment(
	occurrences: readonly TermOccurrence[],
	segmentIds: readonly string[]
): SegmentTerms {
	const wanted = new Set(segmentIds);
	const bySegment: SegmentTerms = {};
	for (const { term, segment, language, start, end } of occurrences) {
		if (!wanted.has(segment)) continue;
		const languages = (bySegment[segment] ??= {});
		(languages[language] ??= []).push({ term, start, end });
	}
	return bySegment;
}
