import type { Term, TermInLanguage, TermName } from './glossary-schema.ts';
import type { LanguageCode } from '../languages.ts';

/** A name for a test entry: admitted and of medium reliability unless told. */
export const testName = (name: string, more: Partial<TermName> = {}): TermName => ({
	name,
	status: 'admitted',
	reliability: 'medium',
	sources: [],
	...more
});

type EntryOptions = Partial<Omit<TermInLanguage, 'abbreviations' | 'otherNames'>> & {
	abbreviations?: string[];
	otherNames?: string[];
};

/** A test entry whose label is preferred and whose other names are plain strings. */
export const testEntry = (
	label: string,
	{ abbreviations = [], otherNames = [], ...more }: EntryOptions = {}
): TermInLanguage => ({
	label: testName(label, { status: 'preferred' }),
	abbreviations: abbreviations.map((n) => testName(n)),
	otherNames: otherNames.map((n) => testName(n)),
	forms: [],
	negativeContexts: [],
	definition: 'A definition.',
	...more
});

/** A test term with the same shape in every language unless given. */
export function testTerm(
	id: string,
	languages: Partial<Record<LanguageCode, TermInLanguage>>,
	type: Term['type'] = 'concept'
): Term {
	const fallback = testEntry(`unused ${id}`);
	return {
		id,
		type,
		related: [],
		exceptions: [],
		en: languages.en ?? fallback,
		'fa-AF': languages['fa-AF'] ?? fallback,
		ru: languages.ru ?? fallback
	};
}
