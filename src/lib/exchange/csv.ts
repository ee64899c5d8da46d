import type { Article } from '../content/article-types.ts';
import { LANGUAGE_CODES } from '../languages.ts';
import { translationUnits } from './units.ts';

// Excel opens a CSV as UTF-8 only when it starts with a byte order mark; without one it reads the
// Dari and Russian columns in the system's legacy code page.
const BOM = '\uFEFF';
const LINE_END = '\r\n';

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
// formula: "=HYPERLINK(…)" in a segment would become a live link in a translator's Excel. Such a
// cell is written with a leading apostrophe, which spreadsheets show as text and hide. Values that
// already start with apostrophes before such a character get one more, so reading drops exactly
// one and every value comes back as written.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED_FORMULA_START = /^'+[=+\-@\t\r]/;

function field(value: string): string {
	const guarded = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function unguard(value: string): string {
	return GUARDED_FORMULA_START.test(value) ? value.slice(1) : value;
}

/**
 * The article as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a comma, quote or
 * line break, quotes doubled; a field a spreadsheet would run as a formula led by an apostrophe),
 * UTF-8 with a byte order mark. Columns `id,en,fa-AF,ru` for every
 * article, so that files of several articles can be joined; a language it lacks stays empty.
 */
export function writeCsv(article: Article): string {
	const rows = [
		['id', ...LANGUAGE_CODES],
		...translationUnits(article).map((unit) => [
			unit.id,
			...LANGUAGE_CODES.map((code) => unit.text[code] ?? '')
		])
	];
	return writeCsvRows(rows);
}

/** Rows as RFC 4180 CSV, UTF-8 with a byte order mark, the first row being the header. */
export function writeCsvRows(rows: readonly (readonly string[])[]): string {
	return BOM + rows.map((row) => row.map(field).join(',') + LINE_END).join('');
}

/**
 * Reads RFC 4180 CSV (with or without a byte order mark) into one record per row, keyed by the
 * header row. Throws, naming the line, on a quote inside an unquoted field, an unclosed quote, or a
 * row whose number of fields differs from the header's.
 */
export function readCsv(text: string): Record<string, string>[] {
	const input = text.startsWith(BOM) ? text.slice(BOM.length) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let value = '';
	let quoted = false;
	let line = 1;
	let i = 0;
	const endField = () => {
		row.push(value);
		value = '';
	};
	while (i < input.length) {
		const char = input[i] as string;
		if (quoted) {
			if (char === '"' && input[i + 1] === '"') {
				value += '"';
				i += 2;
				continue;
			}
			if (char === '"') {
				quoted = false;
				const next = input[i + 1];
				if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
					throw new Error(`CSV: line ${line}: text after a closing quote`);
				}
			} else {
				if (char === '\n') line += 1;
				value += char;
			}
			i += 1;
			continue;
		}
		if (char === '"') {
			if (value !== '') throw new Error(`CSV: line ${line}: a quote inside an unquoted field`);
			quoted = true;
		} else if (char === ',') {
			endField();
		} else if (char === '\r' || char === '\n') {
			endField();
			rows.push(row);
			row = [];
			line += 1;
			if (char === '\r' && input[i + 1] === '\n') i += 1;
		} else {
			value += char;
		}
		i += 1;
	}
	if (quoted) throw new Error(`CSV: line ${line}: a quoted field is not closed`);
	// A last line without its line end still counts.
	if (value !== '' || row.length) {
		endField();
		rows.push(row);
	}

	const [header, ...records] = rows;
	if (!header) return [];
	return records.map((fields, index) => {
		if (fields.length !== header.length) {
			throw new Error(
				`CSV: record ${index + 1}: ${fields.length} fields, but the header has ${header.length}`
			);
		}
		return Object.fromEntries(header.map((name, column) => [name, unguard(fields[column] ?? '')]));
	});
}
