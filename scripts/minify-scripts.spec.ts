import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minifyScriptAssets, trimServiceWorker } from './minify-scripts';

function site(files: Record<string, string>): string {
	const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minify-'));
	const assets = path.join(outDir, '_app/immutable/assets');
	fs.mkdirSync(assets, { recursive: true });
	for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(assets, name), text);
	return outDir;
}

describe('minifyScriptAssets', () => {
	it('minifies the scripts among the assets in place, keeping what they do and export', async () => {
		const source = `// A comment no reader needs.\nexport const answer = 40 + 2;\nfunction unused(longName) {\n\treturn longName;\n}\nexport function twice(value) {\n\treturn value * 2;\n}\n`;
		const outDir = site({ 'a.1.js': source, 'font.woff2': 'binary' });
		expect(minifyScriptAssets(outDir).map((file) => path.basename(file))).toEqual(['a.1.js']);
		const file = path.join(outDir, '_app/immutable/assets/a.1.js');
		const minified = fs.readFileSync(file, 'utf8');
		expect(minified.length).toBeLessThan(source.length / 2);
		expect(minified).not.toContain('comment');
		const module = (await import(file)) as { answer: number; twice: (n: number) => number };
		expect(module.answer).toBe(42);
		expect(module.twice(21)).toBe(42);
		// Once minified, a second pass changes nothing.
		expect(minifyScriptAssets(outDir)).toEqual([]);
	});

	it('refuses a script it cannot parse, naming the file', () => {
		const outDir = site({ 'broken.2.js': 'export const = ;' });
		expect(() => minifyScriptAssets(outDir)).toThrow(/broken\.2\.js: /);
	});

	it('does nothing where the site has no assets', () => {
		expect(minifyScriptAssets(fs.mkdtempSync(path.join(os.tmpdir(), 'empty-')))).toEqual([]);
	});
});

describe('trimServiceWorker', () => {
	const worker = (text: string) => {
		const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'worker-'));
		fs.writeFileSync(path.join(outDir, 'service-worker.js'), text);
		return outDir;
	};

	it('drops the statement the unused page list leaves, and nothing else', () => {
		const outDir = worker(
			'var e=location.pathname,t=[e+`/a.js`],n=[e+``];e+``,e+``,e+``;var r=`1`;self.x=[t,n,r];'
		);
		expect(trimServiceWorker(outDir)).toBe(true);
		expect(fs.readFileSync(path.join(outDir, 'service-worker.js'), 'utf8')).toBe(
			'var e=location.pathname,t=[e+`/a.js`],n=[e+``];var r=`1`;self.x=[t,n,r];'
		);
		expect(trimServiceWorker(outDir)).toBe(false);
	});

	it('leaves a statement that concatenates two names, or anything but empty strings', () => {
		const text = 'var e=``,f=``;e+``,f+``;e+`x`,e+``;';
		expect(trimServiceWorker(worker(text))).toBe(false);
	});

	it('does nothing where the site has no service worker', () => {
		expect(trimServiceWorker(fs.mkdtempSync(path.join(os.tmpdir(), 'empty-')))).toBe(false);
	});
});
