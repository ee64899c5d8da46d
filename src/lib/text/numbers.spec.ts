import { describe, expect, it } from 'vitest';
import { numbersIn, toAsciiDigits } from './numbers';

describe('toAsciiDigits', () => {
	it.each([
		['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
		['٠١٢٣٤٥٦٧٨٩', '0123456789'],
		['０１２', '012'],
		['abc ۲۰۲۵', 'abc 2025']
	])('%s → %s', (input, expected) => {
		expect(toAsciiDigits(input)).toBe(expected);
	});
});

describe('numbersIn', () => {
	it.each([
		['On April 26, 2025, Gerasimov', ['2025', '26']],
		['۲۶ اپریل ۲۰۲۵', ['2025', '26']],
		['26 апреля 2025 года', ['2025', '26']],
		['(10,000–13,000 troops)', ['10000', '13000']],
		['(۱۰٬۰۰۰ تا ۱۳٬۰۰۰ سرباز)', ['10000', '13000']],
		['10\u00a0000–13\u00a0000 военнослужащих', ['10000', '13000']],
		['«LaRos-2024»', ['2024']],
		['3.5 million', ['3.5']],
		['۳٫۵ میلیون', ['3.5']],
		['Article Four', []]
	])('%s', (text, expected) => {
		expect(numbersIn(text)).toEqual(expected);
	});

	it('does not glue a year to the day before it', () => {
		expect(numbersIn('May 9 2025')).toEqual(['2025', '9']);
	});
});
