import { describe, expect, it } from 'vitest';
import { readContentTree } from '../server/content';
import { formatProblem, validateLibrary } from './validate';
import type { RawFile } from './article-types';

const DIR = 'content/articles/kpa-kursk';
const realFiles = readContentTree();

type Json = Record<string, unknown>;

/** The real content tree with one file's JSON changed by `edit`. */
function withEdit(name: string, edit: (data: Json) => void): RawFile[] {
	return realFiles.map((file) => {
		if (file.path !== `${DIR}/${name}`) return file;
		const data = JSON.parse(file.text) as Json;
		edit(data);
		return { ...file, text: JSON.stringify(data, null, '\t') };
	});
}

function withText(name: string, edit: (text: string) => string): RawFile[] {
	return realFiles.map((file) =>
		file.path === `${DIR}/${name}` ? { ...file, text: edit(file.text) } : file
	);
}

const seg = (data: Json, local: string) => String(data[`kpa-kursk:${local}`]);
const realRu = JSON.parse(realFiles.find((f) => f.path === `${DIR}/ru.json`)?.text ?? '{}') as Json;

const messages = (files: RawFile[]) => validateLibrary(files).problems.map(formatProblem);

describe('validateLibrary on the shipped content', () => {
	it('finds no problem and assembles every article', () => {
		const { articles, problems } = validateLibrary(realFiles);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(articles.map((a) => a.slug)).toEqual(['about-this-edition', 'kpa-kursk']);
		const article = articles.find((a) => a.slug === 'kpa-kursk')!;
		expect(article.segmentIds).toHaveLength(45);
		for (const id of article.segmentIds) {
			expect(Object.keys(article.text[id] ?? {}).sort()).toEqual(['en', 'fa-AF', 'ru']);
		}
	});
});

describe('validateLibrary on broken fixtures, one defect each', () => {
	it.each<[string, RawFile[], string]>([
		[
			'a segment missing in one language',
			withEdit('ru.json', (d) => delete d['kpa-kursk:3.1']),
			`${DIR}/ru.json: kpa-kursk:3.1: segment missing (it is in structure.json)`
		],
		[
			'an unknown segment ID',
			withEdit('fa-AF.json', (d) => (d['kpa-kursk:99.1'] = 'متن')),
			`${DIR}/fa-AF.json: kpa-kursk:99.1: unknown segment ID (not in structure.json)`
		],
		[
			'an empty text',
			withEdit('ru.json', (d) => (d['kpa-kursk:1.2'] = '  ')),
			`${DIR}/ru.json: kpa-kursk:1.2: empty text`
		],
		[
			'a duplicate ID in the structure',
			withEdit('structure.json', (d) => {
				const blocks = d.blocks as { segments?: string[] }[];
				blocks[3]?.segments?.push('kpa-kursk:1.1');
			}),
			`${DIR}/structure.json: kpa-kursk:1.1: appears more than once in the structure`
		],
		[
			'a duplicate key in a language file',
			withText('en.json', (t) =>
				t.replace('\t"kpa-kursk:1.2"', '\t"kpa-kursk:1.1": "Again.",\n\t"kpa-kursk:1.2"')
			),
			`${DIR}/en.json: kpa-kursk:1.1: appears more than once in the file`
		],
		[
			'an invalid date',
			withEdit('meta.json', (d) => (d.published = '2025-04-31')),
			`${DIR}/meta.json: published: no such calendar date`
		],
		[
			'a number that differs between languages',
			withEdit(
				'ru.json',
				(d) => (d['kpa-kursk:3.1'] = String(d['kpa-kursk:3.1']).replace('26', '27'))
			),
			`${DIR}/ru.json: kpa-kursk:3.1: numbers differ from en.json: en has 2025, 26, ru has 2025, 27`
		],
		[
			'a leftover page number',
			withEdit(
				'en.json',
				(d) => (d['kpa-kursk:12.1'] = String(d['kpa-kursk:12.1']).replace('conceal ', 'conceal ۲ '))
			),
			`${DIR}/en.json: kpa-kursk:12.1: leftover source noise: page number "۲"`
		],
		[
			'a leftover link tag',
			withEdit(
				'en.json',
				(d) =>
					(d['kpa-kursk:3.1'] = String(d['kpa-kursk:3.1']).replace('mentioned', '<u>mentioned</u>'))
			),
			`${DIR}/en.json: kpa-kursk:3.1: leftover source noise: markup tag "<u>"`
		],
		[
			'a pull quote that is not an excerpt of its segment',
			withEdit('ru.json', (d) => (d['kpa-kursk:pq.1'] = 'Памятник будет воздвигнут в Москве')),
			`${DIR}/ru.json: kpa-kursk:pq.1: pull quote is not an excerpt of kpa-kursk:6.1`
		],
		[
			'a lost link whose text is not in its segment',
			withEdit('meta.json', (d) => ((d.lostLinks as { text: string }[])[0]!.text = 'reported')),
			`${DIR}/meta.json: lostLinks.0: "reported" is not in the text of kpa-kursk:3.1`
		],
		[
			'a translation without translator and status',
			withEdit('meta.json', (d) => delete (d.translations as Json)['ru']),
			`${DIR}/meta.json: translations.ru: missing (every language needs its translator and status)`
		],
		[
			'a meta title that differs from the title segment',
			withEdit('meta.json', (d) => ((d.title as Json)['en'] = 'Another title')),
			`${DIR}/meta.json: title.en: differs from the text of kpa-kursk:0.1 in en.json`
		],
		[
			'a text of the metadata without the source language',
			withEdit('meta.json', (d) => delete ((d.author as Json).name as Json)['en']),
			`${DIR}/meta.json: author.name.en: missing (every text in meta.json needs the source language, en)`
		],
		[
			'a translation note without the source language',
			withEdit(
				'meta.json',
				(d) => delete (((d.translations as Json)['ru'] as Json).note as Json)['en']
			),
			`${DIR}/meta.json: translations.ru.note.en: missing (every text in meta.json needs the source language, en)`
		],
		[
			'a title missing in one of the languages',
			withEdit('meta.json', (d) => delete (d.title as Json)['ru']),
			`${DIR}/meta.json: title.ru: missing (ru is one of the article's languages)`
		],
		[
			'a text in a language we do not publish',
			withEdit('meta.json', (d) => ((d.title as Json)['prs'] = 'عنوان')),
			`${DIR}/meta.json: title: Unrecognized key: "prs"`
		],
		[
			'an unknown status',
			withEdit('meta.json', (d) => (((d.translations as Json)['fa-AF'] as Json).status = 'final')),
			`${DIR}/meta.json: translations.fa-AF.status: Invalid option: expected one of "source"|"draft"|"reviewed"`
		],
		// Each hostile or malformed text is reported as what it is, and only that: not as the lost
		// link, the numbers or the typography it breaks.
		[
			'a bidi override inside the words of a lost link',
			withEdit(
				'en.json',
				(d) => (d['kpa-kursk:3.1'] = seg(d, '3.1').replace('mentioned', 'ment\u202Eioned'))
			),
			`${DIR}/en.json: kpa-kursk:3.1: bidi control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 190: it reorders what a reader sees against what the file says`
		],
		[
			'Dari in decomposed Unicode (NFD)',
			withEdit('fa-AF.json', (d) => (d['kpa-kursk:3.1'] = seg(d, '3.1').normalize('NFD'))),
			`${DIR}/fa-AF.json: kpa-kursk:3.1: not in Unicode NFC (composed form): "\u064A\u0654" (U+064A U+0654) should be U+0626 at character 36 (3×)`
		],
		[
			'Russian left in the Dari file',
			withEdit('fa-AF.json', (d) => (d['kpa-kursk:3.1'] = seg(realRu, '3.1'))),
			`${DIR}/fa-AF.json: kpa-kursk:3.1: written mostly in cyrillic letters, but fa-AF is written in arabic: not translated?`
		]
	])('%s', (_defect, files, expected) => {
		expect(messages(files)).toEqual([expected]);
	});

	it('invalid JSON', () => {
		const [message, ...rest] = messages(withText('ru.json', (t) => t.replace(/,\n/, '\n')));
		expect(rest).toEqual([]);
		expect(message).toMatch(
			/^content\/articles\/kpa-kursk\/ru\.json: -: invalid JSON: Expected ',' or '}' after property value/
		);
	});

	it('reports every problem at once', () => {
		const files = withEdit('ru.json', (d) => {
			delete d['kpa-kursk:3.1'];
			d['kpa-kursk:1.2'] = '';
		});
		expect(messages(files)).toEqual([
			`${DIR}/ru.json: kpa-kursk:3.1: segment missing (it is in structure.json)`,
			`${DIR}/ru.json: kpa-kursk:1.2: empty text`
		]);
	});

	it('accepts a number difference declared in the metadata', () => {
		let files = withEdit(
			'ru.json',
			(d) => (d['kpa-kursk:3.1'] = String(d['kpa-kursk:3.1']).replace('26', '27'))
		);
		files = files.map((file) => {
			if (file.path !== `${DIR}/meta.json`) return file;
			const meta = JSON.parse(file.text) as Json;
			meta.numberExceptions = [{ segment: 'kpa-kursk:3.1', language: 'ru', reason: 'test' }];
			return { ...file, text: JSON.stringify(meta) };
		});
		expect(messages(files)).toEqual([]);
	});

	it('accepts a text of the metadata missing in a language other than the source', () => {
		const files = withEdit('meta.json', (d) => {
			delete ((d.author as Json).affiliation as Json)['ru'];
			delete (d.dateNote as Json)['fa-AF'];
			delete (((d.translations as Json)['fa-AF'] as Json).by as Json)['ru'];
		});
		expect(messages(files)).toEqual([]);
	});

	it('leaves an invalid article out of the library, and only that one', () => {
		const { articles } = validateLibrary(withEdit('ru.json', (d) => delete d['kpa-kursk:3.1']));
		expect(articles.map((a) => a.slug)).toEqual(['about-this-edition']);
	});
});
