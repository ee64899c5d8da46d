import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../languages';
import { validateGlossary } from '../content/glossary';
import { checkContent, readContentTree } from '../server/content';
import { formatProblem, validateLibrary } from '../content/validate';
import type { Article, RawFile } from '../content/article-types';
import {
	lengthFindings,
	monthsIn,
	reviewLibrary,
	snippetAt,
	textDefects,
	type Finding
} from './checks';

const FIXTURE = 'src/lib/qa/fixtures/qa-fixture';
const DIR = 'content/articles/qa-fixture';

// The fixture article, and one real glossary entry (without its links to terms the fixture
// lacks) so that term one-sidedness is checked as in the shipped library.
const fixtureFiles: RawFile[] = [
	...fs.readdirSync(FIXTURE).map((name) => ({
		path: `${DIR}/${name}`,
		text: fs.readFileSync(path.join(FIXTURE, name), 'utf8')
	})),
	{
		path: 'content/glossary/moscow.json',
		text: JSON.stringify({
			...JSON.parse(fs.readFileSync('content/glossary/moscow.json', 'utf8')),
			related: []
		})
	}
];

/** The fixture with one segment of one language changed (`null` removes it). */
function withSegment(language: LanguageCode, segment: string, text: string | null): RawFile[] {
	return fixtureFiles.map((file) => {
		if (file.path !== `${DIR}/${language}.json`) return file;
		const segments = JSON.parse(file.text) as Record<string, string>;
		if (text === null) delete segments[segment];
		else segments[segment] = text;
		return { ...file, text: JSON.stringify(segments, null, '\t') };
	});
}

/** What content:qa reports for a content tree, as content:check and the QA see it. */
function review(files: RawFile[]): Finding[] {
	const library = validateLibrary(files);
	const glossary = validateGlossary(files, library.articles, {
		checkText: library.problems.length === 0
	});
	return reviewLibrary({
		problems: [...library.problems, ...glossary.problems],
		assembled: library.assembled
	});
}

type Expected = Pick<Finding, 'severity' | 'check' | 'file' | 'where' | 'message' | 'snippet'>;

const finding = (
	severity: Finding['severity'],
	check: Finding['check'],
	language: LanguageCode,
	where: string,
	message: string,
	snippet: string
): Expected => ({ severity, check, file: `${DIR}/${language}.json`, where, message, snippet });

const essentials = (f: Finding): Expected => ({
	severity: f.severity,
	check: f.check,
	file: f.file,
	where: f.where,
	message: f.message,
	snippet: f.snippet
});

describe('reviewLibrary on the fixture article', () => {
	it('finds nothing in the clean fixture, whose quotation spans two segments of a paragraph', () => {
		expect(review(fixtureFiles)).toEqual([]);
	});

	it.each<[string, RawFile[], Expected[]]>([
		[
			'a missing segment',
			withSegment('ru', 'qa-fixture:1.1', null),
			[
				finding(
					'error',
					'missing',
					'ru',
					'qa-fixture:1.1',
					'segment missing (it is in structure.json)',
					''
				)
			]
		],
		[
			'an empty segment',
			withSegment('fa-AF', 'qa-fixture:3.1', ' '),
			[finding('error', 'missing', 'fa-AF', 'qa-fixture:3.1', 'empty text', '')]
		],
		[
			'a segment identical to the source',
			withSegment('ru', 'qa-fixture:3.1', 'The delegation (five people) returned to Moscow.'),
			[
				finding(
					'error',
					'untranslated',
					'ru',
					'qa-fixture:3.1',
					'identical to the source (en): not translated',
					'The delegation (five people) re…'
				)
			]
		],
		[
			'a name identical to the source',
			withSegment('ru', 'qa-fixture:4.1', 'Amina Rahimi'),
			[
				finding(
					'warning',
					'untranslated',
					'ru',
					'qa-fixture:4.1',
					'identical to the source (en): a name or number that stays as it is?',
					'Amina Rahimi'
				)
			]
		],
		[
			'a segment in the wrong script',
			withSegment('ru', 'qa-fixture:3.1', 'Delegation (five people) вернулась to Moscow.'),
			[
				finding(
					'error',
					'untranslated',
					'ru',
					'qa-fixture:3.1',
					'written mostly in latin letters, but ru is written in cyrillic: not translated?',
					'Delegation (five people) вернул…'
				)
			]
		],
		[
			'numbers that differ',
			withSegment(
				'ru',
				'qa-fixture:1.1',
				'Переговоры начались 13 мая 2024 года и продолжались три дня.'
			),
			[
				finding(
					'error',
					'numbers',
					'ru',
					'qa-fixture:1.1',
					'numbers differ from en.json: en has 12, 2024, ru has 13, 2024',
					'Переговоры начались 13 мая 2024…'
				)
			]
		],
		[
			'a month that differs',
			withSegment(
				'ru',
				'qa-fixture:1.1',
				'Переговоры начались 12 июня 2024 года и продолжались три дня.'
			),
			[
				finding(
					'error',
					'dates',
					'ru',
					'qa-fixture:1.1',
					'months differ from en.json: en has May, ru has June',
					'Переговоры начались 12 июня 202…'
				)
			]
		],
		[
			'a glossary term missing in one language',
			withSegment('ru', 'qa-fixture:3.1', 'Делегация (пять человек) вернулась домой.'),
			[
				{
					severity: 'error',
					check: 'terms',
					file: 'content/glossary/moscow.json',
					where: 'qa-fixture:3.1',
					message: 'found in en, fa-AF but not in ru',
					snippet: 'The delegation (five people) re…'
				}
			]
		],
		[
			'Arabic ك in Dari',
			withSegment('fa-AF', 'qa-fixture:3.1', 'هیئت (پنج نفر) به مسكو برگشت.'),
			[
				finding(
					'error',
					'dari-letters',
					'fa-AF',
					'qa-fixture:3.1',
					'Arabic ك instead of Persian ک (1×)',
					'هیئت (پنج نفر) به مسكو برگشت.'
				)
			]
		],
		[
			'Arabic ي in Dari',
			withSegment('fa-AF', 'qa-fixture:4.1', 'آمنه رحيمي'),
			[
				finding(
					'error',
					'dari-letters',
					'fa-AF',
					'qa-fixture:4.1',
					'Arabic ي instead of Persian ی (2×)',
					'آمنه رحيمي'
				)
			]
		],
		[
			'an ASCII comma in Dari',
			withSegment('fa-AF', 'qa-fixture:1.1', 'مذاکرات در ۱۲ می ۲۰۲۴ آغاز شد, و سه روز ادامه یافت.'),
			[
				finding(
					'error',
					'dari-punctuation',
					'fa-AF',
					'qa-fixture:1.1',
					'ASCII , instead of ، (1×)',
					'مذاکرات در ۱۲ می ۲۰۲۴ آغاز شد, و سه روز ادامه یافت.'
				)
			]
		],
		[
			'an ASCII question mark in Dari',
			withSegment('fa-AF', 'qa-fixture:3.1', 'هیئت (پنج نفر) به مسکو برگشت?'),
			[
				finding(
					'error',
					'dari-punctuation',
					'fa-AF',
					'qa-fixture:3.1',
					'ASCII ? instead of ؟ (1×)',
					'هیئت (پنج نفر) به مسکو برگشت?'
				)
			]
		],
		[
			'Latin digits in Dari',
			withSegment('fa-AF', 'qa-fixture:1.1', 'مذاکرات در 12 می 2024 آغاز شد و سه روز ادامه یافت.'),
			[
				finding(
					'error',
					'dari-digits',
					'fa-AF',
					'qa-fixture:1.1',
					'Latin digits 12, 2024 (write ۱۲, ۲۰۲۴)',
					'مذاکرات در 12 می 2024 آغاز شد و سه روز ادا…'
				)
			]
		],
		[
			'ASCII quotation marks in Dari',
			withSegment('fa-AF', 'qa-fixture:1.2', 'وزیر گفت: "ما آماده‌ایم ادامه دهیم."'),
			[
				finding(
					'error',
					'ascii-quotes',
					'fa-AF',
					'qa-fixture:1.2',
					'ASCII quotation mark " instead of « » (2×)',
					'وزیر گفت: "ما آماده‌ایم ادامه دهیم."'
				)
			]
		],
		[
			'ASCII quotation marks in Russian',
			withSegment('ru', 'qa-fixture:1.2', '"Мы готовы продолжать", — сказал министр.'),
			[
				finding(
					'error',
					'ascii-quotes',
					'ru',
					'qa-fixture:1.2',
					'ASCII quotation mark " instead of « » (2×)',
					'"Мы готовы продолжать", — сказа…'
				)
			]
		],
		[
			'a quotation not closed in its paragraph',
			withSegment('ru', 'qa-fixture:2.2', 'Пленными обменяются в следующем месяце.'),
			[
				finding(
					'error',
					'unbalanced',
					'ru',
					'qa-fixture:2.1',
					'opening « not closed by » in its paragraph',
					'В заявлении говорится: «Обе стороны договорились о пре…'
				)
			]
		],
		[
			'a closing bracket never opened',
			withSegment('en', 'qa-fixture:3.1', 'The delegation five people) returned to Moscow.'),
			[
				finding(
					'error',
					'unbalanced',
					'en',
					'qa-fixture:3.1',
					'closing ) without an opening ( in its paragraph',
					'The delegation five people) returned to Moscow.'
				)
			]
		],
		[
			'a repeated word',
			withSegment('en', 'qa-fixture:3.1', 'The delegation (five people) returned to to Moscow.'),
			[
				finding(
					'warning',
					'repeated-word',
					'en',
					'qa-fixture:3.1',
					'repeated word "to to"',
					'…gation (five people) returned to to Moscow.'
				)
			]
		],
		[
			'a double space',
			withSegment('ru', 'qa-fixture:3.1', 'Делегация (пять человек)  вернулась в Москву.'),
			[
				finding(
					'warning',
					'double-space',
					'ru',
					'qa-fixture:3.1',
					'2 spaces in a row',
					'Делегация (пять человек)  вернулась в Москву.'
				)
			]
		]
	])('finds %s', (_, files, expected) => {
		expect(review(files).map(essentials)).toEqual(expected);
	});

	it.each<[string, RawFile[]]>([
		[
			'a Latin name in Dari',
			withSegment('fa-AF', 'qa-fixture:3.1', 'هیئت (پنج نفر) به مسکو برگشت و گزارش PDF را آورد.')
		],
		[
			'Russian quotation marks inside quotation marks',
			withSegment('ru', 'qa-fixture:1.2', '«Мы готовы „продолжать“», — сказал министр.')
		],
		[
			'an enumerator like a)',
			withSegment(
				'en',
				'qa-fixture:3.1',
				'The delegation (five people) returned to Moscow with a) reports.'
			)
		]
	])('accepts %s', (_, files) => {
		expect(review(files)).toEqual([]);
	});
});

describe('content:check and the QA', () => {
	it('refuses the QA errors, once each, and leaves the article out', () => {
		const files = withSegment('fa-AF', 'qa-fixture:3.1', 'هیئت (پنج نفر) به مسكو برگشت.');
		const { articles, problems, assembled } = validateLibrary(files);
		expect(problems.map(formatProblem)).toEqual([
			`${DIR}/fa-AF.json: qa-fixture:3.1: Arabic ك instead of Persian ک (1×)`
		]);
		expect(articles).toEqual([]);
		expect(assembled.map((a) => a.slug)).toEqual(['qa-fixture']);
	});

	it('does not refuse warnings', () => {
		const files = withSegment(
			'en',
			'qa-fixture:3.1',
			'The delegation (five people) returned to to Moscow.'
		);
		expect(validateLibrary(files).problems).toEqual([]);
	});

	it('finds no error in the shipped content', () => {
		const findings = reviewLibrary(checkContent());
		expect(findings.filter((f) => f.severity === 'error').map(formatProblem)).toEqual([]);
		expect(readContentTree().some((f) => f.path.startsWith('content/articles/kpa-kursk/'))).toBe(
			true
		);
	});
});

describe('lengthFindings', () => {
	/** An article of `lengths.length` segments: English of 100 letters, Russian of the given lengths. */
	function article(lengths: number[]): Article {
		const ids = lengths.map((_, i) => `len:${i + 1}`);
		return {
			slug: 'len',
			meta: { sourceLanguage: 'en', languages: ['en', 'ru'] } as Article['meta'],
			blocks: [{ type: 'paragraph', segments: ids }],
			segmentIds: ids,
			text: Object.fromEntries(
				ids.map((id, i) => [id, { en: 'a'.repeat(100), ru: 'б'.repeat(lengths[i] ?? 0) }])
			) as Article['text']
		};
	}

	it("warns of a segment far shorter than its pair's usual ratio", () => {
		const findings = lengthFindings([article([...Array<number>(11).fill(100), 40])]);
		expect(findings.map(essentials)).toEqual([
			{
				severity: 'warning',
				check: 'length-ratio',
				file: 'content/articles/len/ru.json',
				where: 'len:12',
				message: '40 characters for 100 in en; en>ru usually gives 95 (z -7.4): text left out?',
				snippet: `${'б'.repeat(31)}…`
			}
		]);
	});

	it('measures nothing on fewer than 10 segments of a pair', () => {
		expect(lengthFindings([article([100, 100, 100, 40])])).toEqual([]);
	});
});

describe('textDefects', () => {
	it.each<[string, LanguageCode, string[]]>([
		['کم کم آمد', 'fa-AF', ['repeated-word: repeated word "کم کم"']],
		["Он сказал д’Артаньяну и О'Брайену", 'ru', []],
		['It\'s the "end"', 'en', []],
		['۱۰٬۰۰۰ نفر و 10,000 نفر', 'fa-AF', ['dari-digits: Latin digits 10,000 (write ۱۰٬۰۰۰)']],
		['نشانی kpa-kursk:3.1 است', 'fa-AF', []],
		['استاندارد ISO 639-3 و فایل PDF', 'fa-AF', []]
	])('%s (%s)', (text, language, expected) => {
		expect(textDefects(text, language).map((d) => `${d.check}: ${d.message}`)).toEqual(expected);
	});
});

describe('monthsIn', () => {
	it.each<[string, LanguageCode, number[]]>([
		['On April 26, 2025 and May 9', 'en', [4, 5]],
		['You may 2 times', 'en', []],
		['26 апреля и 9 мая, в мае 2025 года', 'ru', [4, 5]],
		['۲۶ اپریل و ۱۰ می‌شود', 'fa-AF', [4]],
		['۹ می ۲۰۲۵', 'fa-AF', [5]]
	])('%s (%s)', (text, language, expected) => {
		expect(monthsIn(text, language)).toEqual(expected);
	});
});

describe('snippetAt', () => {
	it('keeps 30 characters either side and marks the cuts', () => {
		const text = `${'x'.repeat(40)}!${'y'.repeat(40)}`;
		expect(snippetAt(text, 40)).toBe(`…${'x'.repeat(30)}!${'y'.repeat(30)}…`);
	});
});
