import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { findArticle } from '../src/lib/server/content.ts';
import { checkPage, gzipSize, pageWeight, readBudgets, textGzipSize } from './check-budgets.ts';

// A built site in miniature: a page, the files it loads and some it must not count.
const build = fs.mkdtempSync(path.join(os.tmpdir(), 'budgets-'));
afterAll(() => fs.rmSync(build, { recursive: true, force: true }));

const files: Record<string, string> = {
	'en/articles/x/index.html': [
		'<!doctype html><html><head>',
		'<link href="/_app/a.js" rel="modulepreload">',
		'<link href="/_app/shown.css" rel="stylesheet">',
		'<link href="/_app/inlined.css" rel="stylesheet" disabled media="(max-width: 0)">',
		'<link rel="preload" href="/_app/f.woff2" as="font" type="font/woff2" crossorigin>',
		'<style>p { color: red }</style></head><body><p>Text</p>',
		'<script type="module" src="/_app/m.js"></script>',
		'<script>Promise.all([import("/_app/entry.js")]);</script>',
		'</body></html>'
	].join('\n'),
	'_app/a.js': 'import{b}from"./b.js";export const a=()=>import("./lazy.js");'.repeat(20),
	'_app/b.js': 'import"./a.js";export const b=1;'.repeat(30),
	'_app/m.js': 'console.log("module");'.repeat(10),
	'_app/entry.js': 'export const start = 1;'.repeat(40),
	'_app/lazy.js': 'export const lazy = 1;'.repeat(50),
	'_app/shown.css': 'body { margin: 0 }'.repeat(15),
	'_app/inlined.css': 'p { color: red }'.repeat(15),
	'_app/f.woff2': 'wOF2'.repeat(100)
};
for (const [file, content] of Object.entries(files)) {
	fs.mkdirSync(path.dirname(path.join(build, file)), { recursive: true });
	fs.writeFileSync(path.join(build, file), content);
}
// The build precompressed one script: its .gz is what the server sends, whatever its size.
fs.writeFileSync(path.join(build, '_app/entry.js.gz'), Buffer.alloc(123));

const gz = (file: string) => gzipSync(files[file]!).length;

describe('pageWeight', () => {
	const weight = pageWeight(build, 'en/articles/x/index.html');

	it('counts the HTML, its inlined stylesheet included, gzipped', () => {
		expect(weight.html).toBe(gz('en/articles/x/index.html'));
	});

	it('counts linked stylesheets, but not those left disabled after inlining', () => {
		expect(weight.css).toBe(gz('_app/shown.css'));
		expect(weight.files).not.toContain('_app/inlined.css');
	});

	it('counts each script once: preloaded, by src, imported inline, and their static imports', () => {
		expect(weight.js).toBe(gz('_app/a.js') + gz('_app/b.js') + gz('_app/m.js') + 123);
		expect(weight.files.filter((file) => file.endsWith('.js')).sort()).toEqual([
			'_app/a.js',
			'_app/b.js',
			'_app/entry.js',
			'_app/m.js'
		]);
	});

	it('lists the preloaded fonts at their size, outside the budget', () => {
		expect(weight.fonts).toBe(400);
	});

	it('fails on a script the page references but the build does not have', () => {
		fs.writeFileSync(
			path.join(build, 'broken.html'),
			'<link href="/_app/gone.js" rel="modulepreload">'
		);
		expect(() => pageWeight(build, 'broken.html')).toThrow(/broken\.html: .*gone\.js/);
	});
});

describe('gzipSize', () => {
	it('is the precompressed file when the build wrote one, else gzip at the default level', () => {
		expect(gzipSize(path.join(build, '_app/entry.js'))).toBe(123);
		expect(gzipSize(path.join(build, '_app/lazy.js'))).toBe(gz('_app/lazy.js'));
	});
});

describe('textGzipSize', () => {
	it('is the gzipped text of every language of the real article, one segment a line', () => {
		const { text, segmentIds } = findArticle('kpa-kursk')!;
		const lines = (['en', 'fa-AF', 'ru'] as const).flatMap((language) =>
			segmentIds.map((id) => text[id]![language])
		);
		expect(textGzipSize(text)).toBe(gzipSync(lines.join('\n')).length);
		expect(textGzipSize(text)).toBeGreaterThan(10_000);
	});
});

describe('checkPage', () => {
	const budgets = readBudgets('budgets.json');
	const weight = { html: 10_000, css: 0, js: 30_000, fonts: 60_000, files: [] };

	it.each([
		['within both budgets', 25_000, weight, []],
		['over the text multiple', 15_000, weight, ['HTML + CSS + JS 40000 B > 30000 B']],
		[
			'over the script budget',
			50_000,
			{ ...weight, js: 41_000 },
			[`JS 41000 B > ${budgets.articlePage.scriptGzipBytes} B`]
		]
	])('%s', (_case, text, pageWeight, over) => {
		expect(budgets.articlePage).toEqual({ textMultiple: 2, scriptGzipBytes: 40_960 });
		const row = checkPage('/en/articles/x/', pageWeight, text, {
			articlePage: budgets.articlePage
		});
		expect(row.over).toEqual(over);
		// Without a ceiling, the target is what fails the check.
		expect(row.overCeiling).toEqual(over);
		expect(row.total).toBe(pageWeight.html + pageWeight.css + pageWeight.js);
	});

	it('fails on the ceiling, and only reports the target, while a ceiling is set', () => {
		const ceiling = { textMultiple: 3, scriptGzipBytes: 50_000, measured: 'today' };
		const heavy = { ...weight, js: 45_000 };
		const within = checkPage('/en/articles/x/', heavy, 20_000, { ...budgets, ceiling });
		expect(within.over).toEqual(['HTML + CSS + JS 55000 B > 40000 B', 'JS 45000 B > 40960 B']);
		expect(within.overCeiling).toEqual([]);
		const beyond = checkPage('/en/articles/x/', heavy, 15_000, { ...budgets, ceiling });
		expect(beyond.overCeiling).toEqual(['HTML + CSS + JS 55000 B > 45000 B']);
	});
});
