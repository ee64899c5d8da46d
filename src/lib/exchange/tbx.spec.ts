import { describe, expect, it } from 'vitest';
import { testEntry, testName, testTerm } from '../content/glossary-fixtures';
import type { NameStatus } from '../content/glossary-schema';
import { checkContent } from '../server/content';
import { namesOf } from '../content/terms';
import { readCsv } from './csv';
import { termBaseEntry, TERM_BASE_CSV_COLUMNS, writeTermBaseCsv } from './term-base';
import { readTbx, TBX_NAMESPACE, writeTbx } from './tbx';
import { parseXml } from './xml';

const { terms } = checkContent();

describe('the shipped glossary as TBX', () => {
	const xml = writeTbx(terms);

	it('is well-formed TBX-Basic in the ISO 30042 namespace, one conceptEntry per term', () => {
		expect(xml).toContain(
			`<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="${TBX_NAMESPACE}">`
		);
		const root = parseXml(xml, 'TBX', ['conceptEntry']);
		const body = ((root.tbx as Record<string, unknown>).text as Record<string, unknown>)
			.body as Record<string, unknown>;
		expect((body.conceptEntry as unknown[]).length).toBe(terms.length);
	});

	it('reads back into the same entries', () => {
		const expected = [...terms].sort((a, b) => a.id.localeCompare(b.id)).map(termBaseEntry);
		expect(readTbx(xml)).toEqual(expected);
	});

	it('marks Gerasimov’s “Agreement” as deprecated, of term type variant, and Kiev as superseded', () => {
		const cspt = xml.slice(xml.indexOf('<conceptEntry id="cspt">'));
		const agreement = cspt.slice(
			cspt.indexOf('<term>Comprehensive Strategic Partnership Agreement')
		);
		expect(agreement.slice(0, agreement.indexOf('</termSec>'))).toMatch(
			/deprecatedTerm-admn-sts<\/termNote>\s*<termNote type="termType">variant</
		);
		const kiev = xml.slice(xml.indexOf('<term>Kiev</term>'));
		expect(kiev.slice(0, kiev.indexOf('</termSec>'))).toContain('supersededTerm-admn-sts');
	});
});

describe('writeTbx and readTbx', () => {
	const source = { publisher: 'TASS', title: 'A · title with the separator', date: '2025-04-26' };
	const withUrl = { publisher: 'TASS', title: 'Undated', url: 'https://tass.ru/politika/1' };

	it.each<[NameStatus, string]>([
		['preferred', 'preferredTerm-admn-sts'],
		['admitted', 'admittedTerm-admn-sts'],
		['deprecated', 'deprecatedTerm-admn-sts'],
		['obsolete', 'supersededTerm-admn-sts'],
		['textVariant', 'deprecatedTerm-admn-sts']
	])('round-trips a name %s, written as %s', (status, written) => {
		const term = testTerm('kabul', {
			en: testEntry('Kabul', {
				otherNames: [],
				note: 'How this text names it.'
			})
		});
		term.en.otherNames = [
			testName('Cabool', {
				status,
				sources: [withUrl, source],
				note: { en: 'Old.', 'fa-AF': 'کهنه.', ru: 'Устаревшее.' },
				research: 'Searched TASS for «Кабул».'
			})
		];
		const xml = writeTbx([term]);
		expect(xml).toContain(written);
		expect(readTbx(xml)).toEqual([termBaseEntry(term)]);
	});

	it('writes an address as a followable externalCrossReference too', () => {
		const term = testTerm('kabul', { en: testEntry('Kabul') });
		term.en.label.sources = [withUrl];
		expect(writeTbx([term])).toContain(
			'<xref type="externalCrossReference" target="https://tass.ru/politika/1">Undated</xref>'
		);
	});

	it.each([
		[
			'a note that looks like a reliability',
			(t: ReturnType<typeof testTerm>) => {
				t.en.label.note = { en: 'Reliability: high', 'fa-AF': 'زیاد', ru: 'высокая' };
			},
			'kabul: en: name 1: note: a note may not start with "Reliability: "'
		],
		[
			'research that looks like a kind of concept',
			(t: ReturnType<typeof testTerm>) => {
				t.en.label.research = 'Type: person';
			},
			'kabul: en: name 1: research: a note may not start with "Type: "'
		],
		[
			'a text variant as an abbreviation',
			(t: ReturnType<typeof testTerm>) => {
				t.en.abbreviations = [testName('KBL', { status: 'textVariant' })];
			},
			'kabul: en: name 2: an abbreviation cannot be a variant of one text only'
		]
	])('refuses %s', (_what, edit, message) => {
		const term = testTerm('kabul', { en: testEntry('Kabul') });
		edit(term);
		expect(() => writeTbx([term])).toThrow(message);
	});

	it.each([
		[
			'another namespace',
			(x: string) => x.replace(TBX_NAMESPACE, 'urn:other'),
			'not in the ISO 30042 namespace'
		],
		[
			'an unknown status',
			(x: string) => x.replace('preferredTerm-admn-sts', 'bestTerm'),
			'TBX: kabul: en: termSec 1: administrative status "bestTerm" is not known'
		],
		[
			'an unknown language',
			(x: string) => x.replace('<langSec xml:lang="ru"', '<langSec xml:lang="de"'),
			'TBX: kabul: langSec: "de" is not one of en, fa-AF, ru'
		],
		[
			'a missing reliability',
			(x: string) => x.replace('<note>Reliability: medium</note>', ''),
			'TBX: kabul: en: termSec 1: no "Reliability: " note'
		],
		[
			'a name note missing one interface language',
			(x: string) => x.replace(/<note xml:lang="ru">[^<]*<\/note>/, ''),
			'TBX: kabul: en: termSec 1: the note has no ru text'
		],
		[
			'a name note in a language the site does not speak',
			(x: string) => x.replace('<note xml:lang="ru">', '<note xml:lang="de">'),
			'TBX: kabul: en: termSec 1: note language: "de" is not one of en, fa-AF, ru'
		],
		[
			'a free note on a name with no language',
			(x: string) => x.replace('<note xml:lang="ru">', '<note>'),
			"TBX: kabul: en: termSec 1: a name's note without xml:lang is not one this format writes"
		],
		['broken XML', (x: string) => x.replace('</tbx>', ''), 'TBX: line']
	])('rejects %s', (_what, edit, message) => {
		const term = testTerm('kabul', { en: testEntry('Kabul') });
		term.en.label.note = { en: 'The usual name.', 'fa-AF': 'نام معمول.', ru: 'Обычное название.' };
		const xml = writeTbx([term]);
		expect(() => readTbx(edit(xml))).toThrow(message);
	});
});

describe('writeTermBaseCsv', () => {
	it('has one row per name of the shipped glossary, each label with its definition', () => {
		const rows = readCsv(writeTermBaseCsv(terms));
		expect(Object.keys(rows[0] ?? {})).toEqual([...TERM_BASE_CSV_COLUMNS]);
		const names = terms.reduce(
			(sum, t) =>
				sum +
				(['en', 'fa-AF', 'ru'] as const).reduce(
					(n, l) => n + 1 + t[l].abbreviations.length + t[l].otherNames.length,
					0
				),
			0
		);
		expect(rows.length).toBe(names);
		const kiev = rows.find((r) => r.name === 'Kiev');
		expect(kiev).toMatchObject({
			id: 'kyiv',
			language: 'en',
			slot: 'otherName',
			status: 'obsolete',
			definition: ''
		});
		for (const row of rows.filter((r) => r.slot === 'label')) expect(row.definition).not.toBe('');
	});

	it('gives a name its note in each interface language and its research record', () => {
		const rows = readCsv(writeTermBaseCsv(terms));
		const researched = terms
			.flatMap((t) => (['en', 'fa-AF', 'ru'] as const).flatMap((l) => namesOf(t[l])))
			.find((name) => name.note && name.research);
		expect(researched).toBeDefined();
		expect(rows.find((r) => r.name === researched?.name)).toMatchObject({
			note_en: researched?.note?.en,
			'note_fa-AF': researched?.note?.['fa-AF'],
			note_ru: researched?.note?.ru,
			research: researched?.research
		});
	});
});
