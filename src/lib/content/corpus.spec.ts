import { describe, expect, it } from 'vitest';
import { corpusLines, findFalseMatches } from './corpus';
import { testEntry } from './glossary-fixtures';
import type { Term } from './glossary-schema';
import { formatProblem } from './validate';

const entry = testEntry;
const kabul: Term = {
	id: 'kabul',
	type: 'place',
	related: [],
	exceptions: [],
	en: entry('Kabul'),
	'fa-AF': entry('کابل'),
	ru: entry('Кабул')
};

describe('corpusLines', () => {
	it('skips blank lines and comments, numbers lines from 1 and reads # about:', () => {
		expect(corpusLines('# topic\nIt rained.\n\nKabul voted.  # about: kabul, other\n')).toEqual([
			{ line: 2, sentence: 'It rained.', about: [] },
			{ line: 4, sentence: 'Kabul voted.', about: ['kabul', 'other'] }
		]);
	});
});

describe('findFalseMatches', () => {
	it.each<[string, string, string, string[]]>([
		[
			'a term found',
			'x/general.en.txt',
			'It rained.\nIn Kabul it snowed.',
			['x/general.en.txt: 2: kabul: Kabul']
		],
		['a term the line is about', 'x/general.ru.txt', 'Кабул проголосовал.  # about: kabul', []],
		['folded Dari', 'x/general.fa-AF.txt', 'برف در كابل', ['x/general.fa-AF.txt: 1: kabul: كابل']],
		[
			'a file of no language',
			'x/general.de.txt',
			'Kabul',
			['x/general.de.txt: -: not a corpus file named general.<en|fa-AF|ru>.txt']
		]
	])('%s', (_case, path, text, expected) => {
		expect(findFalseMatches([{ path, text }], [kabul]).map(formatProblem)).toEqual(expected);
	});
});
