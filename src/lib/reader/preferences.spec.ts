import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PREFERENCES,
	FONT_SCALES,
	parsePreferences,
	PREFERENCES_KEY,
	stepFontScale,
	THEMES
} from './preferences';

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

describe('the script in app.html that applies preferences before the first paint', () => {
	// It cannot import this module, so it repeats the key and the values; this keeps them in step.
	const script =
		/<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1] ?? '';

	it('reads the same storage key', () => {
		expect(script).toContain(`localStorage.getItem('${PREFERENCES_KEY}')`);
	});

	it('applies every theme and font size other than the defaults', () => {
		const themes = THEMES.filter((theme) => theme !== DEFAULT_PREFERENCES.theme);
		expect(script).toContain(themes.map((theme) => `saved.theme === '${theme}'`).join(' || '));
		const scales = FONT_SCALES.filter((scale) => scale !== DEFAULT_PREFERENCES.fontScale);
		expect(script).toContain(`[${scales.join(', ')}].indexOf(saved.fontScale)`);
	});
});
