import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../server/content.ts';
import { articleWithTexts, AWKWARD_TEXTS } from './fixtures.ts';
import { readTmx, writeTmx } from './tmx.ts';
import { articleLanguages, translationUnits } from './units.ts';

const articles = loadArticles();

const parser = new XMLParser({
	ignoreAttributes: false,
	isArray: (name) => name === 'tu' || name === 'tuv'
});

describe('writeTmx', () => {
	for (const article of articles) {
		it(`writes ${article.slug} as well-formed TMX 1.4b with one <tu> per segment`, () => {
			const xml = writeTmx(article);
			expect(XMLValidator.validate(xml)).toBe(true);
			const { tmx } = parser.parse(xml);
			expect(tmx['@_version']).toBe('1.4');
			expect(tmx.header).toMatchObject({
				'@_creationtool': 'Parallel Reader',
				'@_segtype': 'sentence',
				'@_o-tmf': 'Parallel Reader',
				'@_adminlang': 'en',
				'@_srclang': article.meta.sourceLanguage,
				'@_datatype': 'plaintext'
			});
			expect(tmx.header['@_creationtoolversion']).toBeTruthy();
			const tus: { '@_tuid': string; tuv: { '@_xml:lang': string; prop: unknown }[] }[] =
				tmx.body.tu;
			expect(tus.map((tu) => tu['@_tuid'])).toEqual(article.segmentIds);
			for (const tu of tus) {
				expect(tu.tuv.map((tuv) => tuv['@_xml:lang'])).toEqual(articleLanguages(article.meta));
				for (const tuv of tu.tuv) {
					const language = tuv['@_xml:lang'] as keyof typeof article.meta.translations;
					expect(tuv.prop).toEqual({
						'@_type': 'x-status',
						'#text': article.meta.translations[language]?.status
					});
				}
			}
		});
	}

	it('writes each segment note as a <note> of its <tu>', () => {
		const article = articleWithTexts(
			[{ en: 'It was mentioned.', 'fa-AF': 'ذکر شد.', ru: 'Упомянуто.' }],
			{
				lostLinks: [{ segment: 'edge:1.1', text: 'mentioned' }],
				numberExceptions: [
					{ segment: 'edge:1.1', language: 'ru', reason: 'the date is Russian style' }
				]
			}
		);
		const { tmx } = parser.parse(writeTmx(article));
		expect(tmx.body.tu[0].note).toEqual([
			'In the original, “mentioned” was a link; its target was lost.',
			'The numbers in ru differ from the other languages on purpose: the date is Russian style'
		]);
	});

	it.each([
		['a control character', 'bell\u0007', 'edge: edge:1.1: en: U+0007 at character 5'],
		['a carriage return', 'one\r\ntwo', 'edge: edge:1.1: en: U+000D at character 4'],
		['a lone surrogate', 'broken \uD83C', 'edge: edge:1.1: en: U+D83C at character 8']
	])('refuses a text with %s, naming the segment', (_, text, message) => {
		const article = articleWithTexts([{ en: text, 'fa-AF': 'متن', ru: 'текст' }]);
		expect(() => writeTmx(article)).toThrow(message);
	});
});

describe('readTmx', () => {
	for (const article of articles) {
		it(`gives back every segment of ${article.slug} exactly, with its notes and statuses`, () => {
			const read = readTmx(writeTmx(article));
			expect(read.sourceLanguage).toBe(article.meta.sourceLanguage);
			expect(read.statuses).toEqual(
				Object.fromEntries(
					articleLanguages(article.meta).map((l) => [l, article.meta.translations[l]?.status])
				)
			);
			expect(read.units.map((unit) => unit.id)).toEqual(article.segmentIds);
			for (const unit of read.units) expect(unit.text).toEqual(article.text[unit.id]);
			expect(read.units).toEqual(translationUnits(article));
		});
	}

	it('carries the notes the import left on merged segments', () => {
		const article = articles.find((a) => a.slug === 'kpa-kursk')!;
		const note = 'sentences aligned en 2 : ru 1 (paragraph 1 in opening section)';
		const noted = {
			...article,
			meta: { ...article.meta, segmentNotes: [{ segment: 'kpa-kursk:1.2', note }] }
		};
		const unit = readTmx(writeTmx(noted)).units.find((u) => u.id === 'kpa-kursk:1.2');
		expect(unit?.notes).toEqual([note]);
	});

	it('is tried on the shipped text with ZWNJ and quotes in it', () => {
		const all = articles.flatMap((a) => Object.values(a.text).flatMap((t) => Object.values(t)));
		expect(all.some((text) => text.includes('\u200C'))).toBe(true);
		expect(all.some((text) => text.includes('"'))).toBe(true);
		expect(all.some((text) => text.includes("'"))).toBe(true);
	});

	it.each(AWKWARD_TEXTS)('gives back %s exactly', (_, text) => {
		const article = articleWithTexts([{ en: text, 'fa-AF': `${text} دری`, ru: `${text} рус` }]);
		const [unit] = readTmx(writeTmx(article)).units;
		expect(unit?.text).toEqual({ en: text, 'fa-AF': `${text} دری`, ru: `${text} рус` });
	});

	it('reads what translation tools write: character references, CDATA, region tags, prs', () => {
		const xml = `<?xml version="1.0"?>
<tmx version="1.4"><header srclang="en-US" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" datatype="plaintext"/>
<body><tu tuid="a:1.1">
<tuv xml:lang="en-US"><seg>a&#13;b</seg></tuv>
<tuv xml:lang="prs"><seg>می&#x200C;شود &#x202B;x&#8236;</seg></tuv>
<tuv xml:lang="ru-RU"><seg><![CDATA[<не разметка> & так]]></seg></tuv>
</tu></body></tmx>`;
		expect(readTmx(xml)).toEqual({
			sourceLanguage: 'en',
			statuses: {},
			units: [
				{
					id: 'a:1.1',
					text: { en: 'a\rb', 'fa-AF': 'می\u200Cشود \u202Bx\u202C', ru: '<не разметка> & так' },
					notes: []
				}
			]
		});
	});

	const tmx = (body: string, header = 'srclang="en"') =>
		`<tmx version="1.4"><header ${header}/><body>${body}</body></tmx>`;
	const seg = (lang: string, text: string, status = '') =>
		`<tuv xml:lang="${lang}">${status ? `<prop type="x-status">${status}</prop>` : ''}<seg>${text}</seg></tuv>`;
	it.each([
		[
			'malformed XML',
			'<tmx version="1.4"><header srclang="en"></tmx>',
			/^TMX: line 1, column \d+: /
		],
		['another version', '<tmx version="1.1"><header srclang="en"/><body/></tmx>', 'expected 1.4'],
		[
			'an unknown source language',
			tmx('', 'srclang="fa-IR"'),
			'<header srclang="fa-IR">: not one of our languages'
		],
		[
			'a tuid that is no segment ID',
			tmx(`<tu tuid="7">${seg('en', 'x')}</tu>`),
			'<tu> 1 (tuid "7"): tuid is not a segment ID'
		],
		[
			'a repeated tuid',
			tmx(`<tu tuid="a:1">${seg('en', 'x')}</tu><tu tuid="a:1">${seg('en', 'y')}</tu>`),
			'<tu> 2 (tuid "a:1"): tuid appears more than once'
		],
		[
			'an unknown language',
			tmx(`<tu tuid="a:1">${seg('de', 'x')}</tu>`),
			'<tuv xml:lang="de">: not one of our languages'
		],
		[
			'a language twice',
			tmx(`<tu tuid="a:1">${seg('ru', 'x')}${seg('ru-RU', 'y')}</tu>`),
			'ru appears twice'
		],
		[
			'inline markup',
			tmx(`<tu tuid="a:1">${seg('en', 'a <ph>1</ph> b')}</tu>`),
			'inline markup <ph> is not supported'
		],
		[
			'a <tuv> without <seg>',
			tmx('<tu tuid="a:1"><tuv xml:lang="en"/></tu>'),
			'(tuid "a:1"): en: <seg> missing'
		],
		[
			'an unknown status',
			tmx(`<tu tuid="a:1">${seg('ru', 'x', 'final')}</tu>`),
			'ru: status "final" is not source, draft or reviewed'
		],
		[
			'statuses that differ',
			tmx(
				`<tu tuid="a:1">${seg('ru', 'x', 'draft')}</tu><tu tuid="a:2">${seg('ru', 'y', 'reviewed')}</tu>`
			),
			'<tu> 2 (tuid "a:2"): ru: status "reviewed", but earlier segments say "draft"'
		],
		[
			'an undeclared entity',
			tmx(`<tu tuid="a:1">${seg('en', '&copy;')}</tu>`),
			'undeclared entity &copy;'
		],
		[
			'a reference to no character',
			tmx(`<tu tuid="a:1">${seg('en', '&#1;')}</tu>`),
			'character reference &#1; is not a character XML allows'
		]
	])('refuses %s, saying where and what', (_, xml, message) => {
		expect(() => readTmx(xml)).toThrow(message);
	});
});
