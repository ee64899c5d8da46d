import { describe, expect, it } from 'vitest';
import { normalizeTypography } from './typography';

describe('normalizeTypography', () => {
	it('composes decomposed Unicode (alef and hamza written as two characters)', () => {
		const decomposed = '\u0627\u0654';
		const { text, changes } = normalizeTypography(`${decomposed}ز`, 'fa-AF');
		expect(text).toBe('\u0623ز');
		expect(changes['unicode-nfc']).toBe(1);
	});

	it('writes Dari with Persian ی and ک, and leaves Russian and English alone', () => {
		expect(normalizeTypography('كابل يک', 'fa-AF')).toMatchObject({
			text: 'کابل یک',
			changes: { 'arabic-letters': 2 }
		});
		expect(normalizeTypography('Кабул', 'ru').changes['arabic-letters']).toBe(0);
	});

	it('removes stray spaces and ZWNJ at word edges, keeping ZWNJ inside words', () => {
		const { text, changes } = normalizeTypography(' می\u200Cخواهد  رفت\u200C . \u200Cها ', 'fa-AF');
		expect(text).toBe('می\u200Cخواهد رفت. ها');
		expect(changes['stray-spaces']).toBe(5);
	});

	it.each([
		['en', 'He said "we will" and it\'s done.', 'He said “we will” and it’s done.'],
		['ru', 'Он сказал: "мы придём".', 'Он сказал: «мы придём».'],
		['fa-AF', 'او گفت "ما می‌آییم".', 'او گفت «ما می‌آییم».']
	] as const)('typesets %s quotation marks', (language, input, output) => {
		const { text, changes } = normalizeTypography(input, language);
		expect(text).toBe(output);
		expect(changes.quotes).toBeGreaterThan(0);
	});

	it('changes nothing in clean text', () => {
		const clean = '«مشارکت استراتژیک جامع»، ۲۰۲۵.';
		const { text, changes } = normalizeTypography(clean, 'fa-AF');
		expect(text).toBe(clean);
		expect(Object.values(changes).every((n) => n === 0)).toBe(true);
	});
});
