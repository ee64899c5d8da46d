import { describe, expect, it } from 'vitest';
import { findSourceNoise } from './noise';

describe('findSourceNoise', () => {
	it.each([
		['١', 'leftover source noise: page number "١"'],
		['the truth ۲ that', 'leftover source noise: page number "۲"'],
		['<u>mentioned</u> the', 'leftover source noise: markup tag "<u>"'],
		['www.afgazad.com', 'leftover source noise: site masthead "afgazad"'],
		['چو کشور نباشد تن من مباد', 'leftover source noise: masthead verse "چو کشور نباشد"'],
		['\\*\\*\\*\\*\\*', null],
		['*****', 'leftover source noise: section-break asterisks "*****"']
	])('%s', (text, expected) => {
		expect(findSourceNoise(text, 'latin-or-cyrillic')).toBe(expected);
	});

	it('accepts Persian digits in Dari text', () => {
		expect(findSourceNoise('در ۲۶ اپریل ۲۰۲۵', 'arabic')).toBeNull();
	});

	it('flags a Dari segment that is only a page number', () => {
		expect(findSourceNoise('۲', 'arabic')).toBe('leftover source noise: page number "۲"');
	});
});
