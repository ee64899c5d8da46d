import { describe, expect, it } from 'vitest';
import { formatArticleDate } from './format';

describe('formatArticleDate', () => {
	it.each([
		['en', 'April 30, 2025'],
		['ru', '30 апреля 2025 г.'],
		['fa-AF', '۱۰ ثور ۱۴۰۴ (۳۰ اپریل ۲۰۲۵)']
	] as const)('%s', (lang, expected) => {
		expect(formatArticleDate('2025-04-30', lang)).toBe(expected);
	});
});
