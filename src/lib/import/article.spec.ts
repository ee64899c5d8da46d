import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../languages';
import { importArticle, type ImportedArticle } from './article';
import { readDocx } from './docx';
import { ImportError, readSourceText } from './source';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Imports a fixture folder: one file per language, English first, as the command reads them. */
async function importFixture(name: string): Promise<ImportedArticle> {
	const documents = [];
	for (const language of ['en', 'fa-AF', 'ru'] as LanguageCode[]) {
		for (const ext of ['md', 'docx']) {
			const file = path.join(FIXTURES, name, `${language}.${ext}`);
			if (!fs.existsSync(file)) continue;
			const text =
				ext === 'docx'
					? await readDocx(fs.readFileSync(file), `${language}.docx`)
					: fs.readFileSync(file, 'utf8');
			documents.push(readSourceText(text, `${language}.${ext}`, language));
		}
	}
	return importArticle({ slug: 'bridge', sourceLanguage: 'en', documents });
}

const shape = (article: ImportedArticle) =>
	article.structure.blocks.map((b) =>
		b.type === 'break'
			? 'break'
			: `${b.type}${b.type === 'item' ? b.number : ''}:${b.segments.join(',')}`
	);

const BRIDGE_SHAPE = [
	'heading:bridge:0.1',
	'paragraph:bridge:1.1,bridge:1.2',
	'heading:bridge:2.1',
	'paragraph:bridge:3.1,bridge:3.2',
	'paragraph:bridge:4.1'
];

describe('importArticle on the fixtures', () => {
	it('equal counts: one segment per sentence, the same IDs in every language', async () => {
		const article = await importFixture('equal-counts');
		expect(shape(article)).toEqual(BRIDGE_SHAPE);
		expect(article.report.segments).toEqual({ en: 7, 'fa-AF': 7, ru: 7 });
		expect(article.report.merges).toEqual([]);
		expect(article.text.ru?.['bridge:3.2']).toBe('У автобусов есть своя полоса.');
		expect(article.text['fa-AF']?.['bridge:3.1']).toBe('روزانه حدود ۸٬۰۰۰ موتر از آن عبور می‌کند.');
		expect(article.meta.title).toEqual({
			en: 'A bridge over the river',
			'fa-AF': 'پلی بر روی دریا',
			ru: 'Мост через реку'
		});
		expect(article.meta.author.name).toEqual({
			en: 'Jane Doe',
			'fa-AF': 'جین دو',
			ru: 'Джейн Доу'
		});
		expect(article.meta.translations.en?.status).toBe('source');
		expect(article.meta.translations.ru?.status).toBe('draft');
	});

	it('a paragraph split in two in one language is joined, with a note', async () => {
		const article = await importFixture('paragraph-split');
		expect(shape(article)).toEqual(BRIDGE_SHAPE);
		expect(article.report.merges.map((m) => [m.segment, m.note])).toEqual([
			[
				'bridge:3.1',
				'paragraphs aligned en 1 : fa-AF 1 : ru 2, joined into one (paragraph 3 in section «Traffic»)'
			]
		]);
		expect(article.meta.segmentNotes.map((n) => n.segment)).toEqual(['bridge:3.1']);
		expect(article.text.ru?.['bridge:3.2']).toBe('У автобусов есть своя полоса.');
	});

	it('two sentences joined in one translation become one segment with a note', async () => {
		const article = await importFixture('sentences-joined');
		expect(shape(article)[1]).toBe('paragraph:bridge:1.1');
		expect(article.text.en?.['bridge:1.1']).toBe(
			'The new bridge opened on 12 May 2024. It links the two halves of the city.'
		);
		expect(article.text['fa-AF']?.['bridge:1.1']).toBe(
			'پل جدید در ۱۲ می ۲۰۲۴ گشایش یافت و دو بخش شهر را به هم وصل می‌کند.'
		);
		expect(article.report.merges.map((m) => m.note)).toEqual([
			'sentences aligned en 2 : fa-AF 1 : ru 2 (paragraph 1 in opening section)'
		]);
	});

	it('numbered paragraphs in one language only become numbered items in all', async () => {
		const article = await importFixture('numbered-one-language');
		expect(shape(article).slice(3)).toEqual(['item1:bridge:3.1,bridge:3.2', 'item2:bridge:4.1']);
		expect(article.text.ru?.['bridge:3.1']).toBe(
			'Каждый день по нему проезжает около 8 000 машин.'
		);
		expect(article.report.merges).toEqual([]);
	});

	it('removes noise lines and reports each removal', async () => {
		const article = await importFixture('noise-lines');
		expect(shape(article)).toEqual(BRIDGE_SHAPE);
		expect(article.meta.languages).toEqual(['en', 'fa-AF']);
		expect(article.text.en?.['bridge:1.2']).toBe('It links the two halves of the city.');
		expect(article.text['fa-AF']?.['bridge:3.1']).toBe('روزانه حدود ۸٬۰۰۰ موتر از آن عبور می‌کند.');
		expect(article.report.removals.en?.map((r) => `${r.what} ${r.line} ${r.text}`)).toEqual([
			'repeated line 10 CITY NEWS · Fixture Press',
			'repeated line 14 CITY NEWS · Fixture Press',
			'page number 19 1',
			'repeated line 23 CITY NEWS · Fixture Press',
			'page number 27 2',
			'hard line breaks inside paragraphs 0 1'
		]);
		expect(article.report.removals['fa-AF']?.map((r) => `${r.what} ${r.line}`)).toEqual([
			'page number 8',
			'page number 14',
			'paragraph broken by a page break, joined 16'
		]);
	});

	it('reads a Word document as translators deliver it', async () => {
		const article = await importFixture('docx');
		expect(shape(article)).toEqual(BRIDGE_SHAPE);
		expect(article.text.ru?.['bridge:0.1']).toBe('Мост через реку');
		expect(article.text.ru?.['bridge:4.1']).toBe(
			'Мэр сказал, что мост обошёлся дешевле, чем планировалось.'
		);
	});

	it.each([
		[
			'paragraph-missing',
			'ru.md: paragraph missing in section «Traffic»: en.md paragraph 2 «The mayor said the bridge had cost less than planned.» has no counterpart in ru.md, near its paragraph 1 «Каждый день по нему проезжает около 8 000 машин. У автобусо…»'
		],
		[
			'heading-missing',
			'fa-AF.md: heading missing: en.md heading 1 «Traffic» has no counterpart in fa-AF.md, whose headings are none'
		],
		[
			'russian-as-dari',
			'fa-AF.md: given as fa-AF, but its text is in cyrillic script, not arabic: «Мост через реку Новый мост открылся 12 мая 2024 года. Он со…»'
		],
		['empty-file', 'ru.md: empty file (no text)']
	])('refuses %s', async (name, message) => {
		const refusal = await importFixture(name).catch((error: unknown) => error);
		expect(refusal).toBeInstanceOf(ImportError);
		expect((refusal as Error).message).toBe(message);
	});

	it('refuses a file that is not a Word document', async () => {
		await expect(readDocx(Buffer.from('not a zip'), 'ru.docx')).rejects.toThrow(
			/^ru\.docx: not a readable Word document/
		);
	});
});
