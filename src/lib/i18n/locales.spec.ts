import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { createTranslator, resources } from './index';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`)
	);
}

function valueAt(tree: Tree, key: string): unknown {
	return key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

describe('locales', () => {
	const english = leafKeys(resources.en.common as Tree).sort();

	it.each(LANGUAGE_CODES)('%s has every key of every locale, none empty', (lang) => {
		const tree = resources[lang].common as Tree;
		const allKeys = new Set(LANGUAGE_CODES.flatMap((l) => leafKeys(resources[l].common as Tree)));
		for (const key of allKeys) {
			const value = valueAt(tree, key);
			expect(typeof value, `${lang}: ${key}`).toBe('string');
			expect((value as string).trim(), `${lang}: ${key}`).not.toBe('');
		}
		expect(leafKeys(tree).sort()).toEqual(english);
	});

	it('translates through a fixed-language function', () => {
		expect(createTranslator('fa-AF')('status.draft')).toBe('ترجمهٔ پیش‌نویس');
		expect(createTranslator('ru')('status.draft')).toBe('Черновой перевод');
		expect(createTranslator('en')('article.by', { author: 'Konstantin Asmolov' })).toBe(
			'By Konstantin Asmolov'
		);
	});
});
