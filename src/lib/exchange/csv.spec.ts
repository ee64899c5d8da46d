import { describe, expect, it } from 'vitest';
import { loadArticles } from '../server/content.ts';
import { readCsv, writeCsv, writeCsvRows } from './csv.ts';
import { articleWithTexts, AWKWARD_TEXTS } from './fixtures.ts';

const articles = loadArticles();

describe('writeCsv', () => {
	for (const article of articles) {
		it(`writes ${article.slug} as UTF-8 CSV with a BOM, a header and a row per segment`, () => {
			const csv = writeCsv(article);
			expect(csv.startsWith('\uFEFFid,en,fa-AF,ru\r\n')).toBe(true);
			expect(csv.endsWith('\r\n')).toBe(true);
			// Every line end is CRLF: no bare LF outside the quoted fields, of which there are none here.
			expect(csv.split('\r\n').length - 1).toBe(article.segmentIds.length + 1);
			expect(readCsv(csv)).toEqual(article.segmentIds.map((id) => ({ id, ...article.text[id] })));
		});
	}

	it.each([
		['plain text', 'plain text', 'plain text'],
		['a comma', 'one, two', '"one, two"'],
		['quotes', 'say "yes"', '"say ""yes"""'],
		['a line break', 'one\ntwo', '"one\ntwo"'],
		['Dari with ZWNJ and its own comma', 'می‌شود، نه', 'می‌شود، نه']
	])('quotes a field with %s only when it must', (_, text, field) => {
		const csv = writeCsv(articleWithTexts([{ en: text, 'fa-AF': 'متن', ru: 'текст' }]));
		expect(csv.split('\r\n')[1]).toBe(`edge:1.1,${field},متن,текст`);
	});

	it.each(AWKWARD_TEXTS)('gives back %s exactly', (_, text) => {
		const texts = { en: text, 'fa-AF': `${text} دری`, ru: `${text} рус` };
		expect(readCsv(writeCsv(articleWithTexts([texts])))).toEqual([{ id: 'edge:1.1', ...texts }]);
	});

	it('leaves the column of a language the article lacks empty', () => {
		const article = articleWithTexts([{ en: 'Text.', ru: 'Текст.' }], { languages: ['en', 'ru'] });
		expect(readCsv(writeCsv(article))).toEqual([
			{ id: 'edge:1.1', en: 'Text.', 'fa-AF': '', ru: 'Текст.' }
		]);
	});
});

describe('readCsv', () => {
	it.each([
		['no BOM and LF line ends', 'id,en\na:1,x\n', [{ id: 'a:1', en: 'x' }]],
		['no line end after the last row', 'id,en\r\na:1,"x, y"', [{ id: 'a:1', en: 'x, y' }]],
		['an empty quoted field', 'id,en\r\na:1,""\r\n', [{ id: 'a:1', en: '' }]]
	])('reads %s', (_, text, records) => {
		expect(readCsv(text)).toEqual(records);
	});

	it.each([
		[
			'a quote inside an unquoted field',
			'id,en\r\na:1,say "x"\r\n',
			'CSV: line 2: a quote inside an unquoted field'
		],
		[
			'text after a closing quote',
			'id,en\r\na:1,"x"y\r\n',
			'CSV: line 2: text after a closing quote'
		],
		['an unclosed quote', 'id,en\r\na:1,"x\r\n', 'CSV: line 3: a quoted field is not closed'],
		['a short row', 'id,en\r\na:1\r\n', 'CSV: record 1: 1 fields, but the header has 2']
	])('refuses %s, naming the line', (_, text, message) => {
		expect(() => readCsv(text)).toThrow(message);
	});
});

describe('cells a spreadsheet would run as formulas', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['+1', "'+1"],
		['-2', "'-2"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		["'=1", "''=1"],
		["'plain", "'plain"],
		['a=1', 'a=1']
	])('writes %j as %j and reads it back unchanged', (value, written) => {
		const csv = writeCsvRows([['en'], [value]]);
		expect(csv.split('\r\n')[1]).toBe(written);
		expect(readCsv(csv)).toEqual([{ en: value }]);
	});
});
