import type { Term, TermName } from '../content/glossary-schema.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { writeCsvRows } from './csv.ts';

/** How one language names and defines a concept: what a term base exchanges. */
export interface TermBaseLanguage {
	label: TermName;
	abbreviations: TermName[];
	otherNames: TermName[];
	definition: string;
	note?: string;
}

/**
 * A glossary entry as a term base holds it: the concept, its names with their status, reliability
 * and sources, and its definitions. Running-text forms, negative contexts and per-segment
 * exceptions drive matching in our texts only, so they stay out of exchange files.
 */
export type TermBaseEntry = {
	id: string;
	type: Term['type'];
	related: string[];
} & Record<LanguageCode, TermBaseLanguage>;

/** The term base part of a glossary entry, with the same keys whatever the entry left out. */
export function termBaseEntry(term: Term): TermBaseEntry {
	const languages = Object.fromEntries(
		LANGUAGE_CODES.map((language) => {
			const { label, abbreviations, otherNames, definition, note } = term[language];
			const entry: TermBaseLanguage = { label, abbreviations, otherNames, definition };
			if (note !== undefined) entry.note = note;
			return [language, entry];
		})
	) as Record<LanguageCode, TermBaseLanguage>;
	return { id: term.id, type: term.type, related: [...term.related], ...languages };
}

/** Where a name sits in its entry, as the CSV's `slot` column writes it. */
export type NameSlot = 'label' | 'abbreviation' | 'otherName';

/** Every name of an entry in one language, the label first, with its slot. */
export function slottedNames(entry: TermBaseLanguage): { slot: NameSlot; name: TermName }[] {
	return [
		{ slot: 'label', name: entry.label },
		...entry.abbreviations.map((name) => ({ slot: 'abbreviation' as const, name })),
		...entry.otherNames.map((name) => ({ slot: 'otherName' as const, name }))
	];
}

/** A source as one line of text: publisher, title, date and, where there is one, the address. */
export function citeSource({ publisher, title, date, url }: TermName['sources'][number]): string {
	return [publisher, title, ...(date ? [date] : []), ...(url ? [url] : [])].join(' · ');
}

export const TERM_BASE_CSV_COLUMNS = [
	'id',
	'type',
	'language',
	'slot',
	'name',
	'status',
	'reliability',
	'sources',
	'note_en',
	'note_fa-AF',
	'note_ru',
	'research',
	'definition'
] as const;

/**
 * The term base as CSV, one row per name (spreadsheets and CAT tools import names row by row):
 * sources joined by ` | `, each as `citeSource` writes it; the definition on the label's row.
 */
export function writeTermBaseCsv(terms: readonly Term[]): string {
	const rows = [...terms]
		.sort((a, b) => a.id.localeCompare(b.id))
		.flatMap((term) => {
			const entry = termBaseEntry(term);
			return LANGUAGE_CODES.flatMap((language) =>
				slottedNames(entry[language]).map(({ slot, name }) => [
					entry.id,
					entry.type,
					language,
					slot,
					name.name,
					name.status,
					name.reliability,
					name.sources.map(citeSource).join(' | '),
					...LANGUAGE_CODES.map((noteLanguage) => name.note?.[noteLanguage] ?? ''),
					name.research ?? '',
					slot === 'label' ? entry[language].definition : ''
				])
			);
		});
	return writeCsvRows([[...TERM_BASE_CSV_COLUMNS], ...rows]);
}
