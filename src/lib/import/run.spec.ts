import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTmx } from '../exchange/tmx';
import { validateLibrary } from '../content/validate';
import { readContentTree } from '../server/content';
import { runImport } from './run';

const REPO = process.cwd();
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const SECOND = 'about-this-edition';

let root: string;

/** A repository of our own content without the second article, for the command to write into. */
beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-import-'));
	fs.cpSync(path.join(REPO, 'content'), path.join(root, 'content'), { recursive: true });
	fs.rmSync(path.join(root, 'content/articles', SECOND), { recursive: true });
	fs.copyFileSync(path.join(REPO, '.prettierrc'), path.join(root, '.prettierrc'));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const fixture = (name: string, language: string) => path.join(FIXTURES, name, `${language}.md`);
const bridgeArgs = (name: string) => [
	'--slug',
	'bridge',
	'--en',
	fixture(name, 'en'),
	'--prs',
	fixture(name, 'fa-AF'),
	'--ru',
	fixture(name, 'ru')
];
const articleDir = (slug: string) => path.join(root, 'content/articles', slug);
const readJson = (slug: string, name: string) =>
	JSON.parse(fs.readFileSync(path.join(articleDir(slug), name), 'utf8'));

describe('content:import', () => {
	it('reproduces the committed second article from its sources, byte for byte', async () => {
		const sources = path.join(REPO, 'content/sources', SECOND);
		const report = await runImport(
			[
				'--slug',
				SECOND,
				'--en',
				path.join(sources, 'en.md'),
				'--fa-AF',
				path.join(sources, 'fa-AF.md'),
				'--ru',
				path.join(sources, 'ru.md')
			],
			root
		);
		expect(report).toMatch(/^Imported about-this-edition → content\/articles\/about-this-edition/);
		const committed = path.join(REPO, 'content/articles', SECOND);
		const written = fs.readdirSync(articleDir(SECOND)).sort();
		expect(written).toEqual(fs.readdirSync(committed).sort());
		for (const name of written) {
			expect(fs.readFileSync(path.join(articleDir(SECOND), name), 'utf8'), name).toBe(
				fs.readFileSync(path.join(committed, name), 'utf8')
			);
		}
	});

	it('writes nothing on a dry run', async () => {
		const report = await runImport([...bridgeArgs('equal-counts'), '--dry-run'], root);
		expect(report).toContain('segments: en 7, fa-AF 7, ru 7');
		expect(fs.existsSync(articleDir('bridge'))).toBe(false);
	});

	it('never overwrites an existing article without --force', async () => {
		await runImport(bridgeArgs('equal-counts'), root);
		await expect(runImport(bridgeArgs('equal-counts'), root)).rejects.toThrow(
			'content/articles/bridge already exists: give --force to replace it (segment IDs whose text did not change are kept)'
		);
	});

	it('on --force keeps the IDs of segments whose text did not change', async () => {
		await runImport(bridgeArgs('equal-counts'), root);
		fs.writeFileSync(path.join(articleDir('bridge'), 'notes.ru.md'), 'A translator’s note.\n');
		const before = readJson('bridge', 'en.json');
		// The joined Dari sentence makes paragraph 1 one segment; everything else is unchanged.
		const report = await runImport([...bridgeArgs('sentences-joined'), '--force'], root);
		const after = readJson('bridge', 'en.json');
		expect(report).toContain('segment IDs kept from the replaced article: 5');
		for (const id of ['bridge:0.1', 'bridge:2.1', 'bridge:3.1', 'bridge:3.2', 'bridge:4.1'])
			expect(after[id]).toBe(before[id]);
		expect(Object.keys(after)).toHaveLength(6);
		expect(fs.readFileSync(path.join(articleDir('bridge'), 'notes.ru.md'), 'utf8')).toBe(
			'A translator’s note.\n'
		);
	});

	it('refuses a file it cannot read, naming it', async () => {
		const missing = path.join(root, 'nowhere/ru.md');
		await expect(
			runImport(['--slug', 'bridge', '--en', fixture('equal-counts', 'en'), '--ru', missing], root)
		).rejects.toThrow(`${missing}: cannot read: ENOENT`);
	});

	it('refuses an import without a file for the source language', async () => {
		await expect(
			runImport(['--slug', 'bridge', '--ru', fixture('equal-counts', 'ru')], root)
		).rejects.toThrow(/^the source language \(en\) needs a file: --en <file>/);
	});

	it('takes back an exported TMX: the same segments, byte for byte', async () => {
		const slug = 'kpa-kursk';
		const article = validateLibrary(readContentTree(root)).articles.find((a) => a.slug === slug);
		const tmx = path.join(root, 'kpa-kursk.tmx');
		fs.writeFileSync(tmx, writeTmx(article!));
		const before = Object.fromEntries(
			fs
				.readdirSync(articleDir(slug))
				.map((name) => [name, fs.readFileSync(path.join(articleDir(slug), name), 'utf8')])
		);
		const report = await runImport(['--slug', slug, '--tmx', tmx, '--force'], root);
		expect(report).toContain(
			'TMX: 45 units read, 0 texts changed, 0 segments not in the file kept as they were'
		);
		for (const [name, text] of Object.entries(before))
			expect(fs.readFileSync(path.join(articleDir(slug), name), 'utf8'), name).toBe(text);
	});

	it('takes back a translator’s edit made in a TMX, and refuses a segment the article lacks', async () => {
		const slug = 'kpa-kursk';
		const article = validateLibrary(readContentTree(root)).articles.find((a) => a.slug === slug)!;
		const edited = article.text['kpa-kursk:1.2']!.ru.replace('Россия', 'Российская Федерация');
		const tmx = path.join(root, 'edited.tmx');
		fs.writeFileSync(
			tmx,
			writeTmx({
				...article,
				text: {
					...article.text,
					'kpa-kursk:1.2': { ...article.text['kpa-kursk:1.2']!, ru: edited }
				}
			})
		);
		await runImport(['--slug', slug, '--tmx', tmx, '--force'], root);
		expect(readJson(slug, 'ru.json')['kpa-kursk:1.2']).toBe(edited);

		fs.writeFileSync(
			tmx,
			fs.readFileSync(tmx, 'utf8').replace('tuid="kpa-kursk:1.2"', 'tuid="kpa-kursk:99.1"')
		);
		await expect(runImport(['--slug', slug, '--tmx', tmx, '--force'], root)).rejects.toThrow(
			'edited.tmx: <tu tuid="kpa-kursk:99.1">: no segment 99.1 in content/articles/kpa-kursk'
		);
	});
});
