import { describe, expect, it } from 'vitest';
import ru from '../../../locales/ru/common.json';
import { asLabel } from './labels';

describe('asLabel', () => {
	it.each([
		[ru.language.ru, 'ru', 'Русский'],
		[ru.language['fa-AF'], 'ru', 'Дари'],
		['English', 'en', 'English'],
		['دری', 'fa-AF', 'دری'],
		['', 'en', '']
	] as const)('%s → %s', (text, lang, expected) => {
		expect(asLabel(text, lang)).toBe(expected);
	});
});
