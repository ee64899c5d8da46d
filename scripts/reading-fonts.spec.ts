import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	assignToSubsets,
	BASE_CHARACTERS,
	displayedCharacters,
	faceSpans,
	formatUnicodeRange,
	parseUnicodeRange,
	writeReadingFonts
} from './reading-fonts.ts';

describe('parseUnicodeRange', () => {
	it.each([
		['U+0000-00FF', [[0, 0xff]]],
		['U+0131', [[0x131, 0x131]]],
		[
			'U+0600-06FF, U+200C-200E,U+FB50',
			[
				[0x600, 0x6ff],
				[0x200c, 0x200e],
				[0xfb50, 0xfb50]
			]
		]
	])('%s', (value, expected) => {
		expect(parseUnicodeRange(value)).toEqual(expected);
	});

	it('names what it cannot read', () => {
		expect(() => parseUnicodeRange('U+00FF,latin')).toThrow('"latin"');
	});
});

describe('formatUnicodeRange', () => {
	it('writes single characters and ranges, padded to four digits', () => {
		expect(
			formatUnicodeRange([
				[0x20, 0x22],
				[0xab, 0xab],
				[0x6f0, 0x6f1]
			])
		).toBe('U+0020-0022,U+00AB,U+06F0-06F1');
	});

	it('reads back what parseUnicodeRange writes', () => {
		const ranges: Array<[number, number]> = [
			[0x41, 0x43],
			[0x410, 0x410],
			[0x1ee00, 0x1ee0f]
		];
		expect(parseUnicodeRange(formatUnicodeRange(ranges))).toEqual(ranges);
	});
});

describe('faceSpans', () => {
	it("spans each face's characters up to the next character of another face", () => {
		const spans = faceSpans(
			new Map([
				['latin', [0x20, 0x41, 0x7e, 0x2013, 0x2026]],
				['cyrillic', [0x401, 0x44f, 0x2116]],
				['latin-ext', [0x103, 0x17c]]
			])
		);
		expect(Object.fromEntries(spans)).toEqual({
			latin: [
				[0x20, 0x7e],
				[0x2013, 0x2026]
			],
			'latin-ext': [[0x103, 0x17c]],
			cyrillic: [
				[0x401, 0x44f],
				[0x2116, 0x2116]
			]
		});
	});

	it('never lets two faces claim the same character', () => {
		const assigned = new Map([
			['a', [1, 5, 9, 30]],
			['b', [3, 7, 20]],
			['c', [10, 11, 40]]
		]);
		const claimed = [...faceSpans(assigned)].flatMap(([face, ranges]) =>
			ranges.flatMap(([from, to]) =>
				Array.from({ length: to - from + 1 }, (_, i) => ({ face, codePoint: from + i }))
			)
		);
		expect(new Set(claimed.map((c) => c.codePoint)).size).toBe(claimed.length);
		for (const [face, codePoints] of assigned) {
			for (const codePoint of codePoints) {
				expect(claimed.find((c) => c.codePoint === codePoint)?.face).toBe(face);
			}
		}
	});
});

describe('assignToSubsets', () => {
	const subsets = [
		{ name: 'arabic', ranges: parseUnicodeRange('U+0600-06FF,U+200C-200E') },
		{ name: 'latin', ranges: parseUnicodeRange('U+0000-00FF,U+2000-206F') }
	];

	it('gives a character two subsets declare to the first, and drops what none declares', () => {
		const assigned = assignToSubsets('کابل\u200c a«»구', subsets);
		expect(
			assigned
				.get('arabic')
				?.map((c) => String.fromCodePoint(c))
				.join('')
		).toBe('ابلک\u200c');
		expect(
			assigned
				.get('latin')
				?.map((c) => String.fromCodePoint(c))
				.join('')
		).toBe(' a«»');
	});

	it('leaves out subsets that get nothing', () => {
		expect([...assignToSubsets('abc', subsets).keys()]).toEqual(['latin']);
	});
});

describe('displayedCharacters', () => {
	const characters = displayedCharacters();

	it('holds the alphabets and every character of the real content and locales', () => {
		const dariSegments = fs.readFileSync('content/articles/kpa-kursk/fa-AF.json', 'utf8');
		const russianUi = fs.readFileSync('locales/ru/common.json', 'utf8');
		for (const c of [...BASE_CHARACTERS, ...dariSegments, ...russianUi].filter((c) => c >= ' ')) {
			expect(characters.has(c), `U+${c.codePointAt(0)!.toString(16)}`).toBe(true);
		}
	});

	it('leaves out control characters', () => {
		expect(characters.has('\n')).toBe(false);
	});
});

describe('writeReadingFonts', () => {
	it('writes a face for each script in use, each much smaller than its source', async () => {
		const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reading-fonts-'));
		await writeReadingFonts(process.cwd(), outDir);
		const css = fs.readFileSync(path.join(outDir, 'reading-fonts.css'), 'utf8');
		const files = [...css.matchAll(/url\(\.\/([^)]+)\)/g)].map((m) => m[1]!);
		expect(files).toEqual(
			expect.arrayContaining([
				'noto-serif-latin.woff2',
				'noto-serif-cyrillic.woff2',
				'vazirmatn-arabic.woff2',
				'vazirmatn-latin.woff2'
			])
		);
		expect(css).toContain('font-weight: 400 700;');
		const source =
			'node_modules/@fontsource-variable/vazirmatn/files/vazirmatn-arabic-wght-normal.woff2';
		const subset = fs.statSync(path.join(outDir, 'vazirmatn-arabic.woff2')).size;
		expect(subset).toBeGreaterThan(5_000);
		expect(subset).toBeLessThan(fs.statSync(source).size * 0.7);
		fs.rmSync(outDir, { recursive: true });
	});
});
