import { stemmer as russianStem } from '@orama/stemmers/russian';
import { describe, expect, it } from 'vitest';
import { searchKey } from '../text/normalize';
import { readContentTree } from '../server/content';
import {
	DEFINITION_MAX_LENGTH,
	reliabilityDistribution,
	summarizeTerm,
	unsourcedNames,
	validateGlossary
} from './glossary';
import { testEntry, testName, testTerm } from './glossary-fixtures';
import { surfaceForms } from './terms';
import { formatProblem, validateLibrary } from './validate';
import type { RawFile } from './article-types';

const realFiles = readContentTree();
type Json = Record<string, unknown>;

function withEdit(path: string, edit: (data: Json) => void): RawFile[] {
	return realFiles.map((file) => {
		if (file.path !== path) return file;
		const data = JSON.parse(file.text) as Json;
		edit(data);
		return { ...file, text: JSON.stringify(data, null, '\t') };
	});
}

function check(files: RawFile[]) {
	const { articles, problems } = validateLibrary(files);
	return validateGlossary(files, articles, { checkText: problems.length === 0 });
}

const messages = (files: RawFile[]) => check(files).problems.map(formatProblem);

const kcnaFile = realFiles.find((f) => f.path === 'content/glossary/kcna.json')!;
const kcnaRelatedCount = (JSON.parse(kcnaFile.text) as { related: string[] }).related.length;

describe('the shipped glossary', () => {
	const { terms, occurrences, problems } = check(realFiles);
	const { articles } = validateLibrary(realFiles);

	it('passes every check', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('has at least 35 entries, each complete in all three languages', () => {
		expect(terms.length).toBeGreaterThanOrEqual(35);
		for (const term of terms) {
			for (const language of ['en', 'fa-AF', 'ru'] as const) {
				const entry = term[language];
				expect(entry.label.name.trim(), `${term.id} ${language} label`).not.toBe('');
				expect(entry.label.status, `${term.id} ${language} label`).toBe('preferred');
				expect(entry.definition.trim(), `${term.id} ${language} definition`).not.toBe('');
			}
		}
	});

	it.each([
		'cspt',
		'cspt-article-4',
		'kcna',
		'kpa',
		'dprk',
		'wpk-central-military-commission',
		'un-security-council',
		'un-sanctions-resolutions',
		'ministry-of-unification',
		'iccaa',
		'kursk-oblast',
		'sergievsky-training-ground',
		'laros-2024',
		'victory-day',
		'valery-gerasimov',
		'vladimir-putin',
		'maria-zakharova',
		'kim-jong-un',
		'koo-byung-sam',
		'ruslan-karmanov',
		'joe-biden',
		'donald-trump',
		'yoon-suk-yeol',
		'konstantin-asmolov'
	])('covers %s and finds it in the article', (id) => {
		expect(terms.map((t) => t.id)).toContain(id);
		expect(occurrences.some((o) => o.term === id)).toBe(true);
	});

	it('finds both names of the Treaty, in every language', () => {
		const treaty = occurrences.filter((o) => o.term === 'cspt');
		for (const segment of ['kpa-kursk:3.3', 'kpa-kursk:4.1']) {
			expect(
				treaty
					.filter((o) => o.segment === segment)
					.map((o) => o.language)
					.sort()
			).toEqual(['en', 'fa-AF', 'ru']);
		}
	});

	it('stores offsets whose slice is the surface form', () => {
		const text = (segment: string, language: 'en' | 'fa-AF' | 'ru') =>
			articles.flatMap((a) => a.text[segment]?.[language] ?? [])[0] ?? '';
		const stems = (s: string) =>
			(searchKey(s).match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map(russianStem).join(' ');
		for (const o of occurrences) {
			const surface = text(o.segment, o.language).slice(o.start, o.end);
			const term = terms.find((t) => t.id === o.term)!;
			const forms = surfaceForms(term, o.language).flatMap((f) => [
				searchKey(f),
				searchKey(f.replaceAll('\u200C', ''))
			]);
			const byStem =
				o.language === 'ru' &&
				[term.ru.label, ...term.ru.otherNames].some((n) => stems(n.name) === stems(surface));
			expect(
				forms.includes(searchKey(surface)) || byStem,
				`${o.term} ${o.segment} ${surface}`
			).toBe(true);
		}
	});
});

describe('definitions and notes', () => {
	it('accepts a definition of exactly the popover length', () => {
		const files = withEdit('content/glossary/kcna.json', (d) => {
			(d.ru as Json).definition = 'а'.repeat(DEFINITION_MAX_LENGTH);
		});
		expect(messages(files)).toEqual([]);
	});

	it('keeps the treaty one document: "Agreement" only as a noted English variant', () => {
		const cspt = check(realFiles).terms.find((t) => t.id === 'cspt')!;
		expect(cspt.en.otherNames).toContainEqual(
			expect.objectContaining({
				name: 'Comprehensive Strategic Partnership Agreement',
				status: 'textVariant'
			})
		);
		expect(cspt.en.note).toMatch(/wording of this English text, not an official name/);
		expect(cspt.en.definition).not.toMatch(/Agreement|the article/);
		const ruNames = surfaceForms(cspt, 'ru');
		expect(ruNames.filter((n) => /Соглашени/i.test(n))).toEqual([]);
		expect(`${cspt.ru.definition} ${cspt.ru.note ?? ''}`).not.toMatch(/Соглашени/i);
		const faNames = surfaceForms(cspt, 'fa-AF');
		expect(faNames.filter((n) => n.includes('موافقت'))).toEqual([]);
		expect(cspt['fa-AF'].definition).not.toContain('موافقت');
	});

	it('leaves notes out of what the popover gets', () => {
		const { terms, occurrences } = check(realFiles);
		const cspt = terms.find((t) => t.id === 'cspt')!;
		expect(JSON.stringify(summarizeTerm(cspt, occurrences))).not.toContain(cspt.en.note!);
	});
});

describe('validateGlossary on broken fixtures, one defect each', () => {
	it.each<[string, RawFile[], string[]]>([
		[
			'an unknown related term',
			withEdit('content/glossary/kcna.json', (d) => (d.related as string[]).push('no-such-term')),
			[`content/glossary/kcna.json: related.${kcnaRelatedCount}: unknown term "no-such-term"`]
		],
		[
			'a label missing in one language',
			withEdit('content/glossary/kcna.json', (d) => delete (d.ru as Json).label),
			['content/glossary/kcna.json: ru.label: Invalid input: expected object, received undefined']
		],
		[
			'a text variant in the preferred slot (Gerasimov\'s "Agreement" as the label)',
			withEdit('content/glossary/cspt.json', (d) => {
				const en = d.en as { label: Json; otherNames: Json[] };
				[en.label, en.otherNames[1]] = [en.otherNames[1] as Json, en.label];
			}),
			[
				'content/glossary/cspt.json: en.label: "Comprehensive Strategic Partnership Agreement" is textVariant, but the label is the preferred name: make it an other name and promote the preferred one'
			]
		],
		[
			'an obsolete name in the preferred slot',
			withEdit('content/glossary/kyiv.json', (d) => {
				const en = d.en as { label: Json; otherNames: Json[] };
				[en.label, en.otherNames[0]] = [en.otherNames[0] as Json, en.label];
			}),
			[
				'content/glossary/kyiv.json: en.label: "Kiev" is obsolete, but the label is the preferred name: make it an other name and promote the preferred one'
			]
		],
		[
			'a name note left in English for Dari readers, and one naming a project file',
			withEdit('content/glossary/kcna.json', (d) => {
				(d['fa-AF'] as { label: Json }).label.note = {
					en: 'As the agency writes it.',
					'fa-AF': 'As the agency writes it.',
					ru: 'Так пишет само агентство (notes.ru.md).'
				};
			}),
			[
				'content/glossary/kcna.json: fa-AF.label.note.fa-AF: is not written in the script of fa-AF: readers of that interface read it here',
				'content/glossary/kcna.json: fa-AF.label.note.ru: names the project file "notes.ru.md", which readers cannot open: say what it records'
			]
		],
		[
			'nothing: a name note that quotes more of another language than it says in its own',
			withEdit('content/glossary/kcna.json', (d) => {
				(d.ru as { label: Json }).label.note = {
					en: 'The agency calls itself «Центральное телеграфное агентство Кореи».',
					'fa-AF': 'خبرگزاری خود را «Central Telegraphic Agency of Korea» می‌نامد.',
					ru: 'Так агентство называет себя: “Korean Central News Agency”.'
				};
			}),
			[]
		],
		[
			'a name note missing one interface language',
			withEdit('content/glossary/kcna.json', (d) => {
				(d.ru as { label: Json }).label.note = { en: 'The agency’s name.', ru: 'Имя агентства.' };
			}),
			[
				'content/glossary/kcna.json: ru.label.note.fa-AF: Invalid input: expected string, received undefined'
			]
		],
		[
			'a research record, checked as English text: its Latin digits pass, a bidi control does not',
			withEdit('content/glossary/kcna.json', (d) => {
				(d['fa-AF'] as { label: Json }).label.research = 'Searched 2025 \u202Eexact\u202C';
			}),
			[
				'content/glossary/kcna.json: fa-AF.label.research: bidi control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 15 (2×): it reorders what a reader sees against what the file says'
			]
		],
		[
			'a name of high reliability without a source',
			withEdit('content/glossary/kcna.json', (d) => {
				const en = d.en as { abbreviations: Json[] };
				(en.abbreviations[0] as Json).reliability = 'high';
				(en.abbreviations[0] as Json).sources = [];
			}),
			[
				'content/glossary/kcna.json: en.abbreviations.0: "KCNA" is of high reliability but has no source: add one or lower it'
			]
		],
		[
			'a source dated as no date is written',
			withEdit('content/glossary/kcna.json', (d) => {
				((d.en as { label: Json }).label as Json).sources = [
					{ publisher: 'KCNA', title: 'About KCNA', date: '26.04.2025' }
				];
			}),
			['content/glossary/kcna.json: en.label.sources.0.date: not a date like "2025-04-26"']
		],
		[
			'a term found in English but not in Russian',
			withEdit('content/articles/kpa-kursk/ru.json', (d) => {
				d['kpa-kursk:5.1'] = String(d['kpa-kursk:5.1']).replace('агентство ЦТАК', 'агентство');
			}),
			['content/glossary/kcna.json: kpa-kursk:5.1: found in en, fa-AF but not in ru']
		],
		[
			'an exception that excuses nothing',
			withEdit('content/glossary/kcna.json', (d) =>
				(d.exceptions as Json[]).push({ segment: 'kpa-kursk:1.1', language: 'ru', reason: 'test' })
			),
			[
				'content/glossary/kcna.json: exceptions.0: kpa-kursk:1.1 in ru excuses nothing: the term is found there, or in no language of that segment'
			]
		],
		[
			'a form limited to an article that does not exist',
			withEdit('content/glossary/kcna.json', (d) =>
				((d.en as Json).forms as Json[]).push({
					form: 'Korean Central News Agency of Pyongyang',
					articles: ['no-such-article']
				})
			),
			[
				'content/glossary/kcna.json: en.forms.0: "Korean Central News Agency of Pyongyang" is limited to article "no-such-article", which does not exist'
			]
		],
		[
			'a negative context without the term in it',
			withEdit('content/glossary/kcna.json', (d) => {
				(d.en as Json).negativeContexts = ['news agency'];
			}),
			[
				'content/glossary/kcna.json: en.negativeContexts.0: "news agency" contains no name or form of the term, so it excludes nothing'
			]
		],
		[
			'a definition longer than a popover shows',
			withEdit('content/glossary/kcna.json', (d) => {
				(d.ru as Json).definition = 'а'.repeat(DEFINITION_MAX_LENGTH + 1);
			}),
			[
				'content/glossary/kcna.json: ru.definition: is 301 characters, longer than the 300 a popover shows; move how this text uses the term to "note"'
			]
		],
		[
			'an ID that differs from the file name',
			withEdit('content/glossary/kcna.json', (d) => (d.id = 'kcna-agency')),
			['content/glossary/kcna.json: id: is "kcna-agency" but the file is named "kcna.json"']
		]
	])('%s', (_defect, files, expected) => {
		expect(messages(files)).toEqual(expected);
	});
});

describe('sources of Dari and Russian names', () => {
	const dated = { publisher: 'TASS', title: 'Kabul', date: '2025-04-26' };
	const undated = { publisher: 'TASS', title: 'Kabul' };
	it.each<[string, Partial<Parameters<typeof testName>[1]>, string[]]>([
		['a dated source', { sources: [dated], reliability: 'high' }, []],
		[
			'no source, medium',
			{ reliability: 'medium' },
			[
				'content/glossary/kabul.json: ru.otherNames.0: "Кабул-сити" cites no source with a publisher and a date: add one, or lower its reliability to low and record in its research what was searched'
			]
		],
		[
			'an undated source, low, without research',
			{ sources: [undated], reliability: 'low' },
			[
				'content/glossary/kabul.json: ru.otherNames.0: "Кабул-сити" cites no source with a publisher and a date: add one, or lower its reliability to low and record in its research what was searched'
			]
		],
		[
			'no source, low, with a note but no research',
			{
				reliability: 'low',
				note: { en: 'Our rendering.', 'fa-AF': 'برگردان ما.', ru: 'Наш перевод.' }
			},
			[
				'content/glossary/kabul.json: ru.otherNames.0: "Кабул-сити" cites no source with a publisher and a date: add one, or lower its reliability to low and record in its research what was searched'
			]
		],
		[
			'no source, low, with what was searched',
			{ reliability: 'low', research: 'Searched TASS.' },
			[]
		]
	])('%s', (_what, name, expected) => {
		const ru = testEntry('Кабул');
		ru.label = testName('Кабул', { status: 'preferred', sources: [dated] });
		ru.otherNames = [testName('Кабул-сити', name)];
		const fa = testEntry('کابل');
		fa.label.sources = [dated];
		// English names need no source: the label here has none.
		const term = testTerm('kabul', { ru, 'fa-AF': fa });
		expect(unsourcedNames([term]).map(formatProblem)).toEqual(expected);
	});

	it('counts names by reliability and without a dated source, per language', () => {
		const ru = testEntry('Кабул', { otherNames: ['Кабул-сити'] });
		ru.label = testName('Кабул', { status: 'preferred', reliability: 'high', sources: [dated] });
		const counts = reliabilityDistribution([testTerm('kabul', { ru })]);
		expect(counts.ru).toEqual({ high: 1, medium: 1, low: 0, unsourced: 1 });
		expect(counts.en).toEqual({ high: 0, medium: 1, low: 0, unsourced: 1 });
	});

	it('the shipped glossary cites a dated source for every Dari and Russian name, or says it searched', () => {
		expect(unsourcedNames(check(realFiles).terms).map(formatProblem)).toEqual([]);
	});
});
