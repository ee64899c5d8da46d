import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/common.json';
import faAF from '../../../locales/fa-AF/common.json';
import ru from '../../../locales/ru/common.json';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import { createTranslator, loadTranslator } from './index';

const resources = { en: { common: en }, 'fa-AF': { common: faAF }, ru: { common: ru } };

type Tree = { [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leafKeys(tree: Tree, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`)
	);
}

function valueAt(tree: Tree, key: string): unknown {
	return key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

const keysOf = (lang: LanguageCode) => leafKeys(resources[lang].common as Tree);
/** Keys without their plural suffix: what every locale must have whatever its plural rules. */
const baseKeys = (lang: LanguageCode) =>
	new Set(keysOf(lang).map((k) => k.replace(PLURAL_SUFFIX, '')));

describe('locales', () => {
	const allBaseKeys = new Set(LANGUAGE_CODES.flatMap((l) => [...baseKeys(l)]));
	const pluralKeys = [...allBaseKeys].filter((key) =>
		LANGUAGE_CODES.some((l) =>
			keysOf(l).some((k) => k !== key && k.replace(PLURAL_SUFFIX, '') === key)
		)
	);

	it.each(LANGUAGE_CODES)('%s has every key, none empty', (lang) => {
		const tree = resources[lang].common as Tree;
		for (const key of allBaseKeys) {
			if (pluralKeys.includes(key)) continue;
			const value = valueAt(tree, key);
			expect(typeof value, `${lang}: ${key}`).toBe('string');
			expect((value as string).trim(), `${lang}: ${key}`).not.toBe('');
		}
	});

	it.each(LANGUAGE_CODES)('%s has every plural form its language needs', (lang) => {
		const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
		const tree = resources[lang].common as Tree;
		for (const key of pluralKeys) {
			for (const category of categories) {
				const value = valueAt(tree, `${key}_${category}`);
				expect(typeof value, `${lang}: ${key}_${category}`).toBe('string');
				expect((value as string).trim()).not.toBe('');
			}
		}
	});

	it('translates through a fixed-language function', async () => {
		expect((await loadTranslator('fa-AF'))('status.draft')).toBe('ترجمهٔ پیش‌نویس');
		expect((await loadTranslator('ru'))('status.draft')).toBe('Черновой перевод');
		expect((await loadTranslator('en'))('article.by', { author: 'Konstantin Asmolov' })).toBe(
			'By Konstantin Asmolov'
		);
	});
});

describe('plurals and numbers', () => {
	const russian = createTranslator('ru', ru);
	it.each([
		[1, '1 фрагмент'],
		[2, '2 фрагмента'],
		[5, '5 фрагментов'],
		[11, '11 фрагментов'],
		[21, '21 фрагмент'],
		[22, '22 фрагмента'],
		[0, '0 фрагментов'],
		[1000, '1 000 фрагментов']
	])('ru %i', (count, expected) => {
		expect(russian('article.passages', { count }).replace(/\s/g, ' ')).toBe(expected);
	});

	const dari = createTranslator('fa-AF', faAF);
	it.each([
		[0, '۰ بخش'],
		[1, '۱ بخش'],
		[45, '۴۵ بخش'],
		[1000, '۱٬۰۰۰ بخش']
	])('fa-AF %i, in Persian digits', (count, expected) => {
		expect(dari('article.passages', { count })).toBe(expected);
	});

	it.each([
		[1, '1 passage'],
		[45, '45 passages'],
		[1000, '1,000 passages']
	])('en %i', (count, expected) => {
		expect(createTranslator('en', en)('article.passages', { count })).toBe(expected);
	});
});
