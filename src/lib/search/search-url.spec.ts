import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchQueryString } from './search-url';

describe('searchQueryString', () => {
	it.each([
		['', { q: 'Kursk', in: '', article: '' }, '?q=Kursk'],
		[
			'q=old&in=ru',
			{ q: 'کورسک', in: 'fa-AF', article: 'kpa-kursk' },
			'?q=%DA%A9%D9%88%D8%B1%D8%B3%DA%A9&in=fa-AF&article=kpa-kursk'
		],
		['q=old&x=1', { q: '', in: '', article: '' }, '?x=1'],
		['q=old', { q: '', in: '', article: '' }, '']
	])('%s', (current, state, expected) => {
		expect(searchQueryString(new URLSearchParams(current), state)).toBe(expected);
	});
});

describe('parseSearchParams', () => {
	const articles = ['kpa-kursk'];
	it.each([
		['', { q: '', in: '', article: '' }],
		['q=Kursk&in=fa-AF&article=kpa-kursk', { q: 'Kursk', in: 'fa-AF', article: 'kpa-kursk' }],
		// A stale or mistyped link filters nothing rather than finding nothing.
		['q=Kursk&in=fa&article=kpa', { q: 'Kursk', in: '', article: '' }]
	])('%s', (current, expected) => {
		expect(parseSearchParams(new URLSearchParams(current), articles)).toEqual(expected);
	});
});
