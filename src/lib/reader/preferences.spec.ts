import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PREFERENCES,
	FONT_SCALES,
	parsePreferences,
	PREFERENCES_KEY,
	rememberedLanguages,
	shortcutsOn,
	stepFontScale,
	THEMES
} from './preferences';
import { ReaderSettings } from './reader-settings.svelte';

describe('parsePreferences', () => {
	const defaults = { theme: 'system', fontScale: 1, termLinks: 'all', shortcuts: true };
	it.each([
		[null, defaults],
		[
			'{"theme":"dark","fontScale":1.25,"termLinks":"first","shortcuts":false}',
			{ theme: 'dark', fontScale: 1.25, termLinks: 'first', shortcuts: false }
		],
		['{"termLinks":"off"}', { ...defaults, termLinks: 'off' }],
		// What an earlier version stored for "no term links" still means that.
		['{"showTerms":false}', { ...defaults, termLinks: 'off' }],
		['{"showTerms":true,"termLinks":"sometimes"}', defaults],
		['{"theme":"purple","fontScale":9,"shortcuts":"no"}', defaults],
		['not json', defaults]
	])('%s', (stored, expected) => {
		expect(parsePreferences(stored)).toEqual(expected);
	});
});

describe('shortcutsOn', () => {
	const storageWith = (value: string | null) =>
		({ getItem: (key: string) => (key === PREFERENCES_KEY ? value : null) }) as Storage;
	it.each([
		[null, true],
		['{"shortcuts":false}', false],
		['{"shortcuts":true}', true]
	])('%s → %s', (stored, expected) => {
		expect(shortcutsOn(storageWith(stored))).toBe(expected);
	});
	it('is on where the browser refuses storage', () => {
		expect(shortcutsOn(null)).toBe(true);
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

describe('rememberedLanguages', () => {
	const available = ['en', 'fa-AF', 'ru'] as const;
	const storage = (view: string | null) => ({ getItem: () => view }) as unknown as Storage;
	it.each([
		[null, 'ru', ['ru', 'en', 'fa-AF']],
		[storage(null), 'fa-AF', ['fa-AF', 'en', 'ru']],
		[storage('langs=ru,en&view=lines'), 'fa-AF', ['ru', 'en']],
		[storage('langs=de&view=lines'), 'en', ['en', 'fa-AF', 'ru']]
	] as const)('%#', (stored, ui, expected) => {
		expect(rememberedLanguages(stored, available, ui)).toEqual(expected);
	});

	it('reads back what the reader saved', () => {
		const saved = new Map<string, string>();
		const device = {
			getItem: (key: string) => saved.get(key) ?? null,
			setItem: (key: string, value: string) => saved.set(key, value),
			removeItem: (key: string) => saved.delete(key)
		} as unknown as Storage;
		const settings = new ReaderSettings(available, 'en');
		settings.move(2, -1);
		settings.save(device);
		expect(rememberedLanguages(device, available, 'en')).toEqual(['en', 'ru', 'fa-AF']);
	});
});
