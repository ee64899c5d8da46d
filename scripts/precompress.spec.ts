import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compressibleFiles, defaultBrotliQuality, precompress } from './precompress.ts';

let dir: string;
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(dir, { recursive: true, force: true });
});

const write = (file: string, text: string | Buffer) => {
	fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
	fs.writeFileSync(path.join(dir, file), text);
};

const shippedArticle = fs.readFileSync('content/articles/kpa-kursk/fa-AF.json', 'utf8');

describe('compressibleFiles', () => {
	it.each([
		['en/articles/kpa-kursk/index.html', true],
		['search-index/fa-AF/manifest.json', true],
		['_app/immutable/entry/start.js', true],
		['_app/immutable/assets/0.css', true],
		['favicon.svg', true],
		['robots.txt', true],
		['_app/immutable/assets/vazirmatn-arabic.woff2', false],
		['icon.png', false],
		['en/index.html.br', false],
		['en/index.html.gz', false]
	])('%s: %s', async (file, expected) => {
		write(file, 'x');
		expect(await compressibleFiles(dir)).toEqual(expected ? [path.join(dir, file)] : []);
	});
});

describe('precompress', () => {
	it('writes .br and .gz beside each file that decompress to the file', async () => {
		write('fa-AF/articles/kpa-kursk/index.html', shippedArticle);
		write('search-index/texts/kpa-kursk.json', shippedArticle.slice(0, 500));
		write('_app/fonts/vazirmatn-arabic.woff2', Buffer.from([0x77, 0x4f, 0x46, 0x32]));
		const result = await precompress(dir, { brotliQuality: 5 });
		expect(result.files).toBe(2);
		for (const file of [
			'fa-AF/articles/kpa-kursk/index.html',
			'search-index/texts/kpa-kursk.json'
		]) {
			const full = path.join(dir, file);
			const original = fs.readFileSync(full);
			expect(zlib.brotliDecompressSync(fs.readFileSync(`${full}.br`))).toEqual(original);
			expect(zlib.gunzipSync(fs.readFileSync(`${full}.gz`))).toEqual(original);
		}
		expect(fs.existsSync(path.join(dir, '_app/fonts/vazirmatn-arabic.woff2.br'))).toBe(false);
		expect(result.brotliBytes).toBeLessThan(result.bytes);
	});

	it.each([1, 3, 8])('never reads more than %i files at once', async (concurrency) => {
		for (let i = 0; i < 40; i++) write(`page-${i}/index.html`, shippedArticle.slice(0, 2000 + i));
		let open = 0;
		let most = 0;
		const readFile = fs.promises.readFile;
		const writeFile = fs.promises.writeFile;
		let pendingWrites = 0;
		// A file counts as open from its read until both of its outputs are written.
		vi.spyOn(fs.promises, 'readFile').mockImplementation(async (...args) => {
			open++;
			most = Math.max(most, open);
			return readFile(...(args as Parameters<typeof readFile>));
		});
		vi.spyOn(fs.promises, 'writeFile').mockImplementation(async (...args) => {
			await writeFile(...(args as Parameters<typeof writeFile>));
			if (++pendingWrites % 2 === 0) open--;
		});
		const result = await precompress(dir, { concurrency, brotliQuality: 1 });
		expect(result.files).toBe(40);
		expect(most).toBe(concurrency);
		expect(fs.readdirSync(path.join(dir, 'page-39')).sort()).toEqual([
			'index.html',
			'index.html.br',
			'index.html.gz'
		]);
	});
});

describe('brotli quality', () => {
	it.each([
		['_app/immutable/entry/start.js', 11],
		['_app/immutable/assets/0.css', 11],
		['en/articles/kpa-kursk/index.html', 5],
		['en/articles/kpa-kursk/__data.json', 5],
		['search-index/words/6b-75.json', 5],
		['_app/version.json', 5]
	])('%s at quality %i', (file, quality) => {
		expect(defaultBrotliQuality(file)).toBe(quality);
	});

	it('compresses shared scripts at the best quality and pages fast, each as its path says', async () => {
		write('_app/immutable/entry/start.js', shippedArticle);
		write('en/articles/kpa-kursk/index.html', shippedArticle);
		const seen: string[] = [];
		await precompress(dir, {
			brotliQuality: (file) => {
				seen.push(file);
				return defaultBrotliQuality(file);
			}
		});
		expect(seen.sort()).toEqual([
			'_app/immutable/entry/start.js',
			'en/articles/kpa-kursk/index.html'
		]);
		const size = (file: string) => fs.statSync(path.join(dir, `${file}.br`)).size;
		// The same text, at quality 11 and at quality 5.
		expect(size('_app/immutable/entry/start.js')).toBeLessThan(
			size('en/articles/kpa-kursk/index.html')
		);
	});
});
