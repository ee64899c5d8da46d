import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../languages';
import { testEntry, testTerm } from './glossary-fixtures';
import type { Term } from './glossary-schema';
import { findTerms, prepareMatchers, splitByTerms } from './terms';

const entry = testEntry;
const term = testTerm;

const GLOSSARY: Term[] = [
	term('cspt', {
		en: entry('Comprehensive Strategic Partnership Treaty', {
			otherNames: ['Comprehensive Strategic Partnership Agreement']
		}),
		ru: entry('Договор о всеобъемлющем стратегическом партнёрстве', {
			otherNames: [
				'Договор о всеобъемлющем стратегическом партнёрстве между Российской Федерацией и Корейской Народно-Демократической Республикой'
			]
		}),
		'fa-AF': entry('پیمان مشارکت استراتژیک جامع')
	}),
	term('kursk-oblast', {
		en: entry('Kursk Oblast', { otherNames: ['Kursk region'] }),
		ru: entry('Курская область'),
		'fa-AF': entry('ولایت کورسک')
	}),
	term('kcna', {
		en: entry('Korean Central News Agency', { abbreviations: ['KCNA'] }),
		ru: entry('Центральное телеграфное агентство Кореи', { abbreviations: ['ЦТАК'] }),
		'fa-AF': entry('خبرگزاری مرکزی کوریا')
	}),
	term('wpk-cmc', {
		en: entry("Central Military Commission of the Workers' Party of Korea")
	}),
	term('wpk', { en: entry("Workers' Party of Korea"), ru: entry('Трудовая партия Кореи') }),
	term('occupied-areas', { 'fa-AF': entry('مناطق اشغال‌شده') }),
	term('dprk', {
		'fa-AF': entry('جمهوری دموکراتیک خلق کوریا', { forms: ['کوریای شمالی'] }),
		en: entry("Democratic People's Republic of Korea", { abbreviations: ['DPRK'] })
	}),
	term('usa', { ru: entry('США') })
];

const found = (text: string, language: LanguageCode) =>
	findTerms(text, language, prepareMatchers(GLOSSARY, language)).map(({ term, start, end }) => [
		term,
		text.slice(start, end)
	]);

describe('findTerms', () => {
	it.each<[string, LanguageCode, string, string[][]]>([
		[
			'Russian: the Treaty in the genitive, from its nominative label by stemming',
			'ru',
			'в соответствии со статьёй четвёртой Договора о всеобъемлющем стратегическом партнёрстве',
			[['cspt', 'Договора о всеобъемлющем стратегическом партнёрстве']]
		],
		[
			'Russian: the Treaty in the prepositional, written without ё',
			'ru',
			'говорится в Договоре о всеобъемлющем стратегическом партнерстве.',
			[['cspt', 'Договоре о всеобъемлющем стратегическом партнерстве']]
		],
		[
			'Russian: the other name (the full title) in the instrumental, whole rather than its label part',
			'ru',
			'В соответствии с Договором о всеобъемлющем стратегическом партнёрстве между Российской Федерацией и Корейской Народно-Демократической Республикой они',
			[
				[
					'cspt',
					'Договором о всеобъемлющем стратегическом партнёрстве между Российской Федерацией и Корейской Народно-Демократической Республикой'
				]
			]
		],
		[
			'Russian: an adjective-noun name in the genitive and the accusative',
			'ru',
			'освобождение Курской области и вошли в Курскую область',
			[
				['kursk-oblast', 'Курской области'],
				['kursk-oblast', 'Курскую область']
			]
		],
		[
			'Russian: a short abbreviation matches exactly, never by stem',
			'ru',
			'Госдепартамент США заявил; ЦТАК опубликовало',
			[
				['usa', 'США'],
				['kcna', 'ЦТАК']
			]
		],
		[
			'Dari: with ZWNJ, with a space and joined',
			'fa-AF',
			'مناطق اشغال‌شدهٔ ولایت کورسک، مناطق اشغال شده و مناطق اشغالشده',
			[
				['occupied-areas', 'مناطق اشغال‌شدهٔ'],
				['kursk-oblast', 'ولایت کورسک'],
				['occupied-areas', 'مناطق اشغال شده'],
				['occupied-areas', 'مناطق اشغالشده']
			]
		],
		[
			'Dari: typed with Arabic yeh and kaf',
			'fa-AF',
			'نيروهاي كورياي شمالي در ولايت كورسك',
			[
				['dprk', 'كورياي شمالي'],
				['kursk-oblast', 'ولايت كورسك']
			]
		],
		[
			'English: a nested term is kept inside the longer one',
			'en',
			"a statement from the Central Military Commission of the Workers' Party of Korea, which",
			[
				['wpk-cmc', "Central Military Commission of the Workers' Party of Korea"],
				['wpk', "Workers' Party of Korea"]
			]
		],
		[
			'English: case-insensitive, both names of one concept',
			'en',
			'the comprehensive strategic partnership agreement and the Comprehensive Strategic Partnership Treaty',
			[
				['cspt', 'comprehensive strategic partnership agreement'],
				['cspt', 'Comprehensive Strategic Partnership Treaty']
			]
		],
		['English: never inside a longer word', 'en', 'KCNAs DPRKs preKCNA KCNA', [['kcna', 'KCNA']]],
		['Dari: never inside a longer word', 'fa-AF', 'کوریای شمالیها ولایت کورسکی', []],
		['Russian: a stem inside another word does not count', 'ru', 'курский курсант', []]
	])('%s', (_case, language, text, expected) => {
		expect(found(text, language)).toEqual(expected);
	});

	it('gives offsets into the displayed text', () => {
		const text = '«خبرگزاری مرکزی کوریا» و ‏ولایت کورسک';
		for (const occurrence of findTerms(text, 'fa-AF', prepareMatchers(GLOSSARY, 'fa-AF'))) {
			expect(['خبرگزاری مرکزی کوریا', 'ولایت کورسک']).toContain(
				text.slice(occurrence.start, occurrence.end)
			);
		}
	});
});

describe('findTerms with matching options', () => {
	const OPTIONS: Term[] = [
		term('west', {
			en: entry('the West', { forms: [{ form: 'the West', caseSensitive: true }] }),
			ru: entry('Запад', {
				forms: [{ form: 'Запад', caseSensitive: true }],
				negativeContexts: ['Запад страны']
			})
		}),
		term('ras', { en: entry('Russian Academy of Sciences', { abbreviations: ['RAS'] }) }),
		term('defectors', {
			en: entry('North Korean defectors', {
				forms: [{ form: 'defectors', caseSensitive: false, articles: ['kpa-kursk'] }]
			})
		}),
		term('trump', {
			en: entry('Donald Trump', {
				forms: [{ form: 'Trump', caseSensitive: true }],
				negativeContexts: ['trump card']
			})
		})
	];
	const match = (text: string, language: LanguageCode, article?: string) =>
		findTerms(text, language, prepareMatchers(OPTIONS, language), article).map(
			({ term, start, end }) => [term, text.slice(start, end)]
		);

	it.each<[string, LanguageCode, string, string | undefined, string[][]]>([
		[
			'a case-sensitive form with its capital',
			'en',
			'sanctions by the West',
			undefined,
			[['west', 'the West']]
		],
		[
			'a capital the form does not require',
			'en',
			'The West replied',
			undefined,
			[['west', 'The West']]
		],
		['a case-sensitive form in lower case', 'en', 'rain in the west', undefined, []],
		[
			'a Russian stem match keeps the capital',
			'ru',
			'реакция Запада',
			undefined,
			[['west', 'Запада']]
		],
		['a Russian stem match in lower case', 'ru', 'на западе страны', undefined, []],
		['inside a negative context', 'ru', 'Запад страны затопило', undefined, []],
		['an abbreviation keeps its capitals', 'en', 'the RAS said', undefined, [['ras', 'RAS']]],
		['an abbreviation in lower case', 'en', 'Ras al-Khaimah', undefined, []],
		[
			'a form limited to its article, there',
			'en',
			'defectors said',
			'kpa-kursk',
			[['defectors', 'defectors']]
		],
		['a form limited to its article, elsewhere', 'en', 'defectors said', 'other', []],
		['a form limited to an article, outside any', 'en', 'defectors said', undefined, []],
		['a negative context in any case', 'en', 'Trump card played', undefined, []],
		[
			'beside a negative context',
			'en',
			'Trump played his trump card',
			undefined,
			[['trump', 'Trump']]
		]
	])('%s', (_case, language, text, article, expected) => {
		expect(match(text, language, article)).toEqual(expected);
	});
});

describe('splitByTerms', () => {
	it('keeps the outermost term and every character', () => {
		const text = "the Central Military Commission of the Workers' Party of Korea said";
		const occurrences = findTerms(text, 'en', prepareMatchers(GLOSSARY, 'en'));
		const pieces = splitByTerms(text, occurrences);
		expect(pieces).toEqual([
			{ text: 'the ', term: null },
			{ text: "Central Military Commission of the Workers' Party of Korea", term: 'wpk-cmc' },
			{ text: ' said', term: null }
		]);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
	});
});
