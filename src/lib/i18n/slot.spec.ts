import { describe, expect, it } from 'vitest';
import { loadTranslator } from './index';
import { textAround } from './slot';

describe('textAround', () => {
	it.each([
		['en', 'article.by', 'author', {}, ['By ', '']],
		[
			'ru',
			'search.openPassage',
			'title',
			{ number: '4.1' },
			['Открыть фрагмент 4.1 статьи «', '»']
		],
		['fa-AF', 'search.openPassage', 'title', { number: '۴٫۱' }, ['باز کردن بخش ۴٫۱ از «', '»']]
	] as const)('%s %s splits around {{%s}}', async (lang, key, name, values, expected) => {
		const t = await loadTranslator(lang);
		const [before, after] = textAround(t, key, name, values);
		expect([before, after]).toEqual(expected);
		// Put back together around any value, the parts are the whole string.
		expect(`${before}Title${after}`).toBe(t(key, { ...values, [name]: 'Title' }));
		expect(before + after).not.toContain('{{');
	});
});
