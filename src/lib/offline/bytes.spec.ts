import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../i18n';
import type { LanguageCode } from '../languages';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
	it.each<[LanguageCode, number, string]>([
		['en', 0, '0 KB'],
		['en', 10, '1 KB'],
		['en', 350_000, '342 KB'],
		['en', 2_500_000, '2.4 MB'],
		['ru', 2_500_000, '2,4 МБ'],
		['ru', 350_000, '342 КБ'],
		['fa-AF', 350_000, '۳۴۲ کیلوبایت'],
		['fa-AF', 2_500_000, '۲٫۴ مگابایت'],
		['fa-AF', 15 * 1024 * 1024, '۱۵ مگابایت']
	])('%s: %d bytes is “%s”', async (lang, bytes, expected) => {
		expect(formatBytes(bytes, lang, await loadTranslator(lang))).toBe(expected);
	});
});
