import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './negotiate';

describe('negotiateLanguage', () => {
	it.each<[string[], string | null]>([
		[['fa-AF', 'en'], 'fa-AF'],
		[['prs'], 'fa-AF'],
		[['fa-IR'], 'fa-AF'],
		[['ps-AF', 'en'], 'fa-AF'],
		[['ru-RU', 'en-US'], 'ru'],
		[['en-GB'], 'en'],
		[['de-DE', 'ru'], 'ru'],
		[['de-DE', 'fr'], null],
		[[], null]
	])('%j → %s', (preferred, expected) => {
		expect(negotiateLanguage(preferred)).toBe(expected);
	});
});
