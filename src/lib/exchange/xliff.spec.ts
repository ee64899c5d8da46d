import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Article } from '../content/article-types.ts';
import type { LanguageCode } from '../languages.ts';
import { loadArticles } from '../server/content.ts';
import { articleWithTexts, AWKWARD_TEXTS } from './fixtures.ts';
import { translationUnits } from './units.ts';
import { readXliff, unitIdOf, writeXliff, XLIFF_NAMESPACE } from './xliff.ts';

const articles = loadArticles();
const TARGETS: LanguageCode[] = ['fa-AF', 'ru'];
// XML 1.0's Nmtoken, the type of XLIFF's ids, without the characters beyond ASCII we never write.
const NMTOKEN = /^[A-Za-z0-9._:-]+$/;
const STATE_OF_STATUS = { source: 'final', draft: 'translated', reviewed: 'reviewed' } as const;
const stateIn = (article: Article, target: LanguageCode) =>
	STATE_OF_STATUS[article.meta.translations[target]?.status ?? 'draft'];

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'unit' });

describe('writeXliff', () => {
	for (const article of articles) {
		for (const target of TARGETS) {
			it(`writes ${article.slug} en→${target} as well-formed XLIFF 2.1, a unit per segment`, () => {
				const xml = writeXliff(article, target);
				expect(XMLValidator.validate(xml)).toBe(true);
				const { xliff } = parser.parse(xml);
				expect(xliff).toMatchObject({
					'@_version': '2.1',
					'@_xmlns': XLIFF_NAMESPACE,
					'@_srcLang': 'en',
					'@_trgLang': target
				});
				expect(xliff.file['@_id']).toBe(article.slug);
				const units: { '@_id': string; '@_name': string; segment: Record<string, string> }[] =
					xliff.file.unit;
				expect(units.map((unit) => unit['@_name'])).toEqual(article.segmentIds);
				for (const unit of units) {
					expect(unit['@_id']).toMatch(NMTOKEN);
					expect(unit['@_id']).not.toContain(':');
					expect(unit.segment['@_state']).toBe(stateIn(article, target));
					expect(unit.segment.source).toBe(article.text[unit['@_name']]?.en);
					expect(unit.segment.target).toBe(article.text[unit['@_name']]?.[target]);
				}
			});
		}
	}

	it.each(Object.entries(STATE_OF_STATUS) as [keyof typeof STATE_OF_STATUS, string][])(
		'marks the segments of a %s translation %s',
		(status, state) => {
			const shipped = articles[0];
			if (!shipped) throw new Error('no article');
			const article = articleWithTexts([{ en: 'Text.', ru: 'Текст.' }], {
				languages: ['en', 'ru'],
				translations: {
					...shipped.meta.translations,
					ru: { ...shipped.meta.translations.ru!, status }
				}
			});
			expect(readXliff(writeXliff(article, 'ru')).units[0]?.state).toBe(state);
		}
	);

	it('writes segment notes as the unit’s <notes>', () => {
		const article = articleWithTexts(
			[{ en: 'It was mentioned.', 'fa-AF': 'ذکر شد.', ru: 'Упомянуто.' }],
			{
				lostLinks: [{ segment: 'edge:1.1', text: 'mentioned' }]
			}
		);
		const { xliff } = parser.parse(writeXliff(article, 'fa-AF'));
		expect(xliff.file.unit[0].notes.note).toBe(
			'In the original, “mentioned” was a link; its target was lost.'
		);
	});
});

describe('readXliff', () => {
	for (const article of articles) {
		for (const target of TARGETS) {
			it(`gives back every segment of ${article.slug} en→${target} exactly`, () => {
				const read = readXliff(writeXliff(article, target));
				expect(read).toMatchObject({
					slug: article.slug,
					sourceLanguage: 'en',
					targetLanguage: target
				});
				expect(read.units).toEqual(
					translationUnits(article).map(({ id, text, notes }) => ({
						id,
						source: text.en,
						target: text[target],
						state: stateIn(article, target),
						notes
					}))
				);
			});
		}
	}

	it.each(AWKWARD_TEXTS)('gives back %s exactly', (_, text) => {
		const article = articleWithTexts([{ en: text, 'fa-AF': `${text} دری`, ru: `${text} рус` }]);
		const [unit] = readXliff(writeXliff(article, 'fa-AF')).units;
		expect(unit).toMatchObject({ source: text, target: `${text} دری` });
	});

	it('recovers the segment ID from the unit id when a tool dropped the name', () => {
		for (const id of articles.flatMap((a) => a.segmentIds)) {
			const xml = `<xliff version="2.1" xmlns="${XLIFF_NAMESPACE}" srcLang="en" trgLang="ru"><file id="f"><unit id="${unitIdOf(id)}"><segment><source>x</source></segment></unit></file></xliff>`;
			expect(readXliff(xml).units).toEqual([{ id, source: 'x', state: 'initial', notes: [] }]);
		}
	});

	const xliff = (
		body: string,
		attributes = `xmlns="${XLIFF_NAMESPACE}" srcLang="en" trgLang="ru"`
	) => `<xliff version="2.1" ${attributes}>${body}</xliff>`;
	const unit = (inner: string, id = 'a_1') => `<unit id="${id}">${inner}</unit>`;
	it.each([
		[
			'XLIFF 1.2',
			xliff('', 'xmlns="urn:oasis:names:tc:xliff:document:1.2" srcLang="en" trgLang="ru"'),
			'namespace is not'
		],
		[
			'an unknown target language',
			xliff('', `xmlns="${XLIFF_NAMESPACE}" srcLang="en" trgLang="de"`),
			'<xliff trgLang="de">: not one of our languages'
		],
		['two files', xliff('<file id="a"/><file id="b"/>'), 'expected one <file>, found 2'],
		[
			'a unit id that is no segment ID',
			xliff(`<file id="a">${unit('<segment><source>x</source></segment>', 'u1')}</file>`),
			'<unit> 1 (id "u1"): "u1" is not a segment ID'
		],
		[
			'a unit in two segments',
			xliff(
				`<file id="a">${unit('<segment><source>x</source></segment><segment><source>y</source></segment>')}</file>`
			),
			'<unit> 1 (id "a_1"): expected one <segment>, found 2'
		],
		[
			'an unknown state',
			xliff(`<file id="a">${unit('<segment state="done"><source>x</source></segment>')}</file>`),
			'unknown state "done"'
		],
		[
			'inline markup',
			xliff(`<file id="a">${unit('<segment><source>a <ph id="1"/> b</source></segment>')}</file>`),
			'source: inline markup <ph> is not supported'
		]
	])('refuses %s, saying where and what', (_, xml, message) => {
		expect(() => readXliff(xml)).toThrow(message);
	});
});
