import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../languages';
import {
	defaultLanguages,
	moveLanguage,
	parseViewState,
	toggleLanguage,
	writeViewState,
	type ViewState
} from './view-state';

const ALL: LanguageCode[] = ['en', 'fa-AF', 'ru'];
const FALLBACK: ViewState = { languages: ALL, view: 'columns' };
const parse = (query: string, available = ALL) =>
	parseViewState(new URLSearchParams(query), available, FALLBACK);

describe('parseViewState', () => {
	it.each<[string, ViewState]>([
		['langs=fa-AF,ru&view=lines', { languages: ['fa-AF', 'ru'], view: 'lines' }],
		['langs=ru,en', { languages: ['ru', 'en'], view: 'columns' }],
		['langs=prs', { languages: ['fa-AF'], view: 'columns' }],
		['langs=FA-af,EN', { languages: ['fa-AF', 'en'], view: 'columns' }],
		['langs=xx,ru,de', { languages: ['ru'], view: 'columns' }],
		['langs=ru,ru,en,ru', { languages: ['ru', 'en'], view: 'columns' }],
		['langs=,,', FALLBACK],
		['langs=de', FALLBACK],
		['view=sideways', FALLBACK],
		['view=lines&view=columns', { languages: ALL, view: 'lines' }],
		['', FALLBACK]
	])('?%s', (query, expected) => {
		expect(parse(query)).toEqual(expected);
	});

	it('ignores languages the article does not have', () => {
		expect(parse('langs=ru,fa-AF', ['en', 'ru'])).toEqual({ languages: ['ru'], view: 'columns' });
	});

	it('round-trips through the URL', () => {
		const state: ViewState = { languages: ['ru', 'fa-AF'], view: 'lines' };
		const params = writeViewState(new URLSearchParams('q=kursk'), state);
		expect(params.toString()).toBe('q=kursk&langs=ru%2Cfa-AF&view=lines');
		expect(parseViewState(params, ALL, FALLBACK)).toEqual(state);
	});

	it('leaves the parameters out for the default view', () => {
		const params = writeViewState(new URLSearchParams('q=kursk&langs=ru&view=lines'), null);
		expect(params.toString()).toBe('q=kursk');
	});
});

describe('moveLanguage', () => {
	it.each<[number, -1 | 1, LanguageCode[]]>([
		[1, -1, ['fa-AF', 'en', 'ru']],
		[1, 1, ['en', 'ru', 'fa-AF']],
		[0, -1, ALL],
		[2, 1, ALL],
		[7, 1, ALL]
	])('moves index %i by %i', (index, step, expected) => {
		expect(moveLanguage(ALL, index, step)).toEqual(expected);
	});
});

describe('toggleLanguage', () => {
	it('removes a chosen language and appends a new one', () => {
		expect(toggleLanguage(ALL, 'fa-AF')).toEqual(['en', 'ru']);
		expect(toggleLanguage(['en', 'ru'], 'fa-AF')).toEqual(['en', 'ru', 'fa-AF']);
	});

	it('keeps the last language', () => {
		expect(toggleLanguage(['ru'], 'ru')).toEqual(['ru']);
	});
});

describe('defaultLanguages', () => {
	it('puts the UI language first', () => {
		expect(defaultLanguages(ALL, 'ru')).toEqual(['ru', 'en', 'fa-AF']);
		expect(defaultLanguages(ALL, 'en')).toEqual(ALL);
		expect(defaultLanguages(['en', 'ru'], 'fa-AF')).toEqual(['en', 'ru']);
	});
});
