import { describe, expect, it } from 'vitest';
import { FONT_SCALES } from '../reader/preferences';
import {
	formatArticleDate,
	formatFontScales,
	formatPassageNumber,
	formatSourceDate
} from './format';

describe('formatArticleDate', () => {
	it.each([
		['en', 'April 30, 2025'],
		['ru', '30 апреля 2025 г.'],
		['fa-AF', '۱۰ ثور ۱۴۰۴ (۳۰ اپریل ۲۰۲۵)']
	] as const)('%s', (lang, expected) => {
		expect(formatArticleDate('2025-04-30', lang)).toBe(expected);
	});
});

describe('formatSourceDate', () => {
	it.each([
		['2025-04-30', 'en', 'April 30, 2025'],
		['2024-06', 'en', 'June 2024'],
		['2024', 'ru', '2024'],
		['2024-06', 'fa-AF', 'جون ۲۰۲۴']
	] as const)('%s in %s', (date, lang, expected) => {
		expect(formatSourceDate(date, lang)).toBe(expected);
	});
});

describe('formatPassageNumber', () => {
	it.each([
		['kpa-kursk:3.1', 'en', '3.1'],
		['kpa-kursk:16.4', 'fa-AF', '\u2068۱۶.۴\u2069'],
		['kpa-kursk:pq.1', 'ru', 'pq.1']
	] as const)('%s in %s', (id, lang, expected) => {
		expect(formatPassageNumber(id, lang)).toBe(expected);
	});
});

describe('formatFontScales', () => {
	it.each([
		['en', '112.5%'],
		['ru', '112,5\u00a0%'],
		['fa-AF', '۱۱۲٫۵٪']
	] as const)('writes percentages as %s readers do', (lang, expected) => {
		const labels = formatFontScales(lang);
		expect(labels['1.125']).toBe(expected);
		expect(Object.keys(labels).sort()).toEqual(FONT_SCALES.map(String).sort());
	});
});
