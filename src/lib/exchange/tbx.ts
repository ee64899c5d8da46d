import {
	NAME_STATUSES,
	RELIABILITIES,
	TERM_TYPES,
	type NameNote,
	type NameSource,
	type NameStatus,
	type Reliability,
	type Term,
	type TermName
} from '../content/glossary-schema.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import {
	citeSource,
	slottedNames,
	termBaseEntry,
	type TermBaseEntry,
	type TermBaseLanguage
} from './term-base.ts';
import {
	ATTR,
	assertXmlText,
	attribute,
	buildXml,
	child,
	children,
	parseXml,
	textOf,
	type XmlElement
} from './xml.ts';

/** ISO 30042:2019 (TBX v3) namespace. */
export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';
const FORMAT = 'TBX';

/**
 * TBX-Basic's administrative status for each of our statuses. TBX has no "this text only": such a
 * name is deprecated (never to be reused) and its term type is `variant`, which no other name has.
 */
const ADMIN_STATUS: Record<NameStatus, string> = {
	preferred: 'preferredTerm-admn-sts',
	admitted: 'admittedTerm-admn-sts',
	deprecated: 'deprecatedTerm-admn-sts',
	obsolete: 'supersededTerm-admn-sts',
	textVariant: 'deprecatedTerm-admn-sts'
};
const TEXT_VARIANT_TYPE = 'variant';

// TBX-Basic has no data category for reliability or for the kind of concept, so both travel as
// notes in a fixed form that the reader recognizes and no free note may take.
const RELIABILITY_NOTE = 'Reliability: ';
const TYPE_NOTE = 'Type: ';
// A name's research record travels the same way; its note, one text per interface language, as
// `<note xml:lang="…">`.
const RESEARCH_NOTE = 'Research: ';
const FIXED_NOTES = [RELIABILITY_NOTE, TYPE_NOTE, RESEARCH_NOTE];
// A source is written in order as `<admin type="source">publisher · title · date · address</admin>`
// (fast-xml-parser groups children by name, so one element kind keeps the order); one with an
// address also gets an `<xref type="externalCrossReference">` that tools can follow.
const SOURCE_SEPARATOR = ' · ';
const ADDRESS = /^https?:\/\//;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function freeNote(note: string, where: string): string {
	assertXmlText(note, where);
	const fixed = FIXED_NOTES.find((start) => note.startsWith(start));
	if (fixed) throw new Error(`${where}: a note may not start with "${fixed}"`);
	return note;
}

function sourceText(source: NameSource, where: string): string {
	if (source.publisher.includes(SOURCE_SEPARATOR))
		throw new Error(`${where}: the publisher "${source.publisher}" holds "${SOURCE_SEPARATOR}"`);
	const text = citeSource(source);
	assertXmlText(text, where);
	return text;
}

function termSec(name: TermName, abbreviation: boolean, where: string): XmlElement {
	assertXmlText(name.name, where);
	if (abbreviation && name.status === 'textVariant')
		throw new Error(`${where}: an abbreviation cannot be a variant of one text only in TBX`);
	const termType =
		name.status === 'textVariant' ? TEXT_VARIANT_TYPE : abbreviation ? 'abbreviation' : 'fullForm';
	return {
		term: name.name,
		termNote: [
			{ [`${ATTR}type`]: 'administrativeStatus', '#text': ADMIN_STATUS[name.status] },
			{ [`${ATTR}type`]: 'termType', '#text': termType }
		],
		note: [
			`${RELIABILITY_NOTE}${name.reliability}`,
			...(name.research
				? [`${RESEARCH_NOTE}${freeNote(name.research, `${where}: research`)}`]
				: []),
			...LANGUAGE_CODES.flatMap((language) => {
				const note = name.note?.[language];
				return note === undefined
					? []
					: [{ [`${ATTR}xml:lang`]: language, '#text': freeNote(note, `${where}: note`) }];
			})
		],
		admin: name.sources.map((source, index) => ({
			[`${ATTR}type`]: 'source',
			'#text': sourceText(source, `${where}: sources.${index}`)
		})),
		xref: name.sources.flatMap(({ url, title }) =>
			url
				? [{ [`${ATTR}type`]: 'externalCrossReference', [`${ATTR}target`]: url, '#text': title }]
				: []
		)
	};
}

/**
 * The glossary as a TBX-Basic document (ISO 30042:2019, DCA style): one `<conceptEntry>` per term
 * with its related terms as cross-references, one `<langSec>` per language with the definition
 * and the note on this text, one `<termSec>` per name (the label first, then abbreviations and
 * other names) with its administrative status, term type, reliability and sources.
 */
export function writeTbx(terms: readonly Term[]): string {
	const conceptEntry = [...terms]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((term) => {
			const entry = termBaseEntry(term);
			return {
				[`${ATTR}id`]: entry.id,
				note: `${TYPE_NOTE}${entry.type}`,
				ref: entry.related.map((id) => ({
					[`${ATTR}type`]: 'crossReference',
					[`${ATTR}target`]: id,
					'#text': id
				})),
				langSec: LANGUAGE_CODES.map((language) => {
					const where = `${entry.id}: ${language}`;
					const section = entry[language];
					assertXmlText(section.definition, `${where}: definition`);
					return {
						[`${ATTR}xml:lang`]: language,
						descrip: { [`${ATTR}type`]: 'definition', '#text': section.definition },
						...(section.note ? { note: freeNote(section.note, `${where}: note`) } : {}),
						termSec: slottedNames(section).map(({ slot, name }, index) =>
							termSec(name, slot === 'abbreviation', `${where}: name ${index + 1}`)
						)
					};
				})
			};
		});
	return buildXml({
		tbx: {
			[`${ATTR}type`]: 'TBX-Basic',
			[`${ATTR}style`]: 'dca',
			[`${ATTR}xml:lang`]: 'en',
			[`${ATTR}xmlns`]: TBX_NAMESPACE,
			tbxHeader: {
				fileDesc: {
					titleStmt: { title: 'Parallel Reader glossary (English, Dari, Russian)' },
					sourceDesc: { p: 'Written from content/glossary by the site build.' }
				}
			},
			text: { body: { conceptEntry } }
		}
	});
}

const ARRAYS = ['conceptEntry', 'langSec', 'termSec', 'termNote', 'note', 'admin', 'xref', 'ref'];

function oneOf<T extends string>(values: readonly T[], value: string, where: string): T {
	if (!(values as readonly string[]).includes(value))
		throw new Error(`${where}: "${value}" is not one of ${values.join(', ')}`);
	return value as T;
}

function readSource(text: string, where: string): NameSource {
	const parts = text.split(SOURCE_SEPARATOR);
	const url = ADDRESS.test(parts[parts.length - 1] ?? '') ? parts.pop() : undefined;
	const date = DATE.test(parts[parts.length - 1] ?? '') ? parts.pop() : undefined;
	const [publisher, ...title] = parts;
	if (!publisher || !title.length)
		throw new Error(`${where}: "${text}" is not "publisher · title[ · date][ · address]"`);
	const source: NameSource = { publisher, title: title.join(SOURCE_SEPARATOR) };
	if (date) source.date = date;
	if (url) source.url = url;
	return source;
}

function readName(sec: XmlElement, where: string): { name: TermName; abbreviation: boolean } {
	const notes = new Map<string, string>();
	for (const note of children(sec, 'termNote')) {
		const type = attribute(note, 'type') ?? '';
		notes.set(type, textOf(note, `${where}: termNote ${type}`));
	}
	const termType = notes.get('termType') ?? 'fullForm';
	const admin = notes.get('administrativeStatus');
	const status =
		termType === TEXT_VARIANT_TYPE
			? 'textVariant'
			: NAME_STATUSES.find((s) => s !== 'textVariant' && ADMIN_STATUS[s] === admin);
	if (!status) throw new Error(`${where}: administrative status "${admin ?? ''}" is not known`);
	let reliability: Reliability | undefined;
	let research: string | undefined;
	const note: Partial<NameNote> = {};
	for (const element of children(sec, 'note')) {
		const text = textOf(element, `${where}: note`);
		const language = attribute(element, 'xml:lang');
		if (language !== undefined)
			note[oneOf(LANGUAGE_CODES, language, `${where}: note language`)] = text;
		else if (text.startsWith(RELIABILITY_NOTE))
			reliability = oneOf(
				RELIABILITIES,
				text.slice(RELIABILITY_NOTE.length),
				`${where}: reliability`
			);
		else if (text.startsWith(RESEARCH_NOTE)) research = text.slice(RESEARCH_NOTE.length);
		else throw new Error(`${where}: a name's note without xml:lang is not one this format writes`);
	}
	if (!reliability) throw new Error(`${where}: no "${RELIABILITY_NOTE}" note`);
	const sources = children(sec, 'admin')
		.filter((a) => attribute(a, 'type') === 'source')
		.map((a) => readSource(textOf(a, `${where}: source`), `${where}: source`));
	const name: TermName = {
		name: textOf(child(sec, 'term', where), `${where}: term`),
		status,
		reliability,
		sources
	};
	if (Object.keys(note).length) {
		const missing = LANGUAGE_CODES.filter((language) => note[language] === undefined);
		if (missing.length) throw new Error(`${where}: the note has no ${missing.join(', ')} text`);
		name.note = note as NameNote;
	}
	if (research !== undefined) name.research = research;
	return { name, abbreviation: termType === 'abbreviation' };
}

function readLanguage(section: XmlElement, where: string): TermBaseLanguage {
	const descrip = child(section, 'descrip', where);
	if (attribute(descrip, 'type') !== 'definition')
		throw new Error(`${where}: <descrip> is not a definition`);
	const definition = textOf(descrip, `${where}: definition`);
	const names = children(section, 'termSec').map((sec, index) =>
		readName(sec, `${where}: termSec ${index + 1}`)
	);
	const [label, ...rest] = names;
	if (!label) throw new Error(`${where}: no <termSec>`);
	const entry: TermBaseLanguage = {
		label: label.name,
		abbreviations: rest.filter((n) => n.abbreviation).map((n) => n.name),
		otherNames: rest.filter((n) => !n.abbreviation).map((n) => n.name),
		definition
	};
	const note = children(section, 'note')[0];
	if (note) entry.note = textOf(note, `${where}: note`);
	return entry;
}

/**
 * Reads a TBX document that `writeTbx` wrote back into term base entries. Throws, naming the entry
 * and language, on what it cannot map: an unknown language, status, term type or reliability, a
 * concept without its type, a language section missing.
 */
export function readTbx(xml: string): TermBaseEntry[] {
	const root = parseXml(xml, FORMAT, ARRAYS);
	const tbx = child(root, 'tbx', FORMAT);
	if (attribute(tbx, 'xmlns') !== TBX_NAMESPACE)
		throw new Error(`${FORMAT}: <tbx> is not in the ISO 30042 namespace ${TBX_NAMESPACE}`);
	const body = child(child(tbx, 'text', FORMAT), 'body', FORMAT);
	return children(body, 'conceptEntry').map((concept, index) => {
		const id = attribute(concept, 'id');
		if (!id) throw new Error(`${FORMAT}: conceptEntry ${index + 1}: no id`);
		const typeNote = children(concept, 'note')
			.map((n) => textOf(n, `${FORMAT}: ${id}: note`))
			.find((n) => n.startsWith(TYPE_NOTE));
		if (!typeNote) throw new Error(`${FORMAT}: ${id}: no "${TYPE_NOTE}" note`);
		const sections = new Map<LanguageCode, TermBaseLanguage>();
		for (const section of children(concept, 'langSec')) {
			const language = oneOf(
				LANGUAGE_CODES,
				attribute(section, 'xml:lang') ?? '',
				`${FORMAT}: ${id}: langSec`
			);
			sections.set(language, readLanguage(section, `${FORMAT}: ${id}: ${language}`));
		}
		const languages = Object.fromEntries(
			LANGUAGE_CODES.map((language) => {
				const section = sections.get(language);
				if (!section) throw new Error(`${FORMAT}: ${id}: no langSec for ${language}`);
				return [language, section];
			})
		) as Record<LanguageCode, TermBaseLanguage>;
		return {
			id,
			type: oneOf(TERM_TYPES, typeNote.slice(TYPE_NOTE.length), `${FORMAT}: ${id}: type`),
			related: children(concept, 'ref')
				.filter((r) => attribute(r, 'type') === 'crossReference')
				.map((r) => attribute(r, 'target') ?? ''),
			...languages
		};
	});
}
