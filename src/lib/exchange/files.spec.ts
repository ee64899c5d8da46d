import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../languages.ts';
import { exportFiles } from './files.ts';

describe('exportFiles', () => {
	it.each([
		[
			['en', 'fa-AF', 'ru'],
			['a.tmx', 'a.en-fa-AF.xlf', 'a.en-ru.xlf', 'a.csv']
		],
		[
			['ru', 'en'],
			['a.tmx', 'a.en-ru.xlf', 'a.csv']
		],
		// XLIFF pairs with English; without it there is nothing to pair.
		[
			['fa-AF', 'ru'],
			['a.tmx', 'a.csv']
		]
	] satisfies [LanguageCode[], string[]][])(
		'names the files of an article in %j',
		(languages, names) => {
			expect(exportFiles('a', languages).map((file) => file.name)).toEqual(names);
		}
	);
});
