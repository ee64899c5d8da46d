import { describe, expect, it } from 'vitest';
import { parsePreferences, stepFontScale } from './preferences';

describe('parsePreferences', () => {
	it.each([
		[null, { theme: 'system', fontScale: 1, showTerms: true }],
		[
			'{"theme":"dark","fontScale":1.25,"showTerms":false}',
			{ theme: 'dark', fontScale: 1.25, showTerms: false }
		],
		['{"theme":"purple","fontScale":9}', { theme: 'system', fontScale: 1, showTerms: true }],
		['not json', { theme: 'system', fontScale: 1, showTerms: true }]
	])('%s', (stored, expected) => {
		expect(parsePreferences(stored)).toEqual(expected);
	});
});

describe('stepFontScale', () => {
	it.each([
		[1, 1, 1.125],
		[1, -1, 0.875],
		[0.875, -1, 0.875],
		[1.5, 1, 1.5],
		[3, 1, 1.125]
	] as const)('%f %i → %f', (current, step, expected) => {
		expect(stepFontScale(current, step)).toBe(expected);
	});
});
