import { describe, expect, it } from 'vitest';
import { isolatedPlainText, splitBidiRuns } from './bidi';

const ltrRuns = (text: string) =>
	splitBidiRuns(text)
		.filter((r) => r.ltr)
		.map((r) => r.text);

describe('splitBidiRuns', () => {
	it.each([
		['تاریخ 31.04.2025 آمده', ['31.04.2025']],
		['بین 10,000–13,000 سرباز', ['10,000–13,000']],
		['بخش «European Languages»، سایت', ['European Languages']],
		['Afghanistan Azad (afgazad.com)، بخش', ['Afghanistan Azad (afgazad.com)']],
		['سایت afgazad.com.', ['afgazad.com']],
		['فایل PDF اصلی', ['PDF']],
		// Code quoted in Dari: one run, or its words would be laid out right to left.
		[
			'متن &lt;img src=x onerror=alert(document.domain)> را',
			['lt;img src=x onerror=alert(document.domain)']
		],
		['کد a=b;c&d+e_f را', ['a=b;c&d+e_f']],
		['متن کاملاً دری', []]
	])('%s', (text, expected) => {
		expect(ltrRuns(text)).toEqual(expected);
	});

	it('keeps every character, in order', () => {
		const text = 'در فایل PDF تاریخ 31.04.2025 آمده است.';
		expect(
			splitBidiRuns(text)
				.map((r) => r.text)
				.join('')
		).toBe(text);
	});
});

describe('isolatedPlainText', () => {
	it.each([
		['Kursk', '\u2068Kursk\u2069'],
		['کورسک 2025', '\u2068کورسک 2025\u2069'],
		['\u202eevil\u202c \u2066x\u2069', '\u2068evil x\u2069'],
		['\u200fa\u200e\u061c', '\u2068a\u2069'],
		['\u202e', ''],
		['   ', '']
	])('%j → %j', (text, expected) => {
		expect(isolatedPlainText(text)).toBe(expected);
	});
});
