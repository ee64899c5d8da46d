import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../languages';
import { characterFaults } from './characters';

const faultsOf = (text: string, language: LanguageCode) =>
	characterFaults(text, language).map((f) => f.fault);

describe('characterFaults', () => {
	it.each<[string, string, LanguageCode, string[]]>([
		['plain Dari with ZWNJ inside words', 'می\u200Cشود و کتاب\u200Cها', 'fa-AF', []],
		['ZWNJ before a vowel sign is still inside the word', 'نامهٔ\u200Cها', 'fa-AF', []],
		['ZWNJ at the end of a Dari word', 'می\u200C شود', 'fa-AF', ['invisible']],
		['ZWNJ at the start of a Dari segment', '\u200Cمی شود', 'fa-AF', ['invisible']],
		['ZWNJ in Russian, even between letters', 'до\u200Cма', 'ru', ['invisible']],
		['ZWNJ in English between Latin letters', 'sub\u200Cway', 'en', ['invisible']],
		['a Dari word quoted in English keeps its ZWNJ', 'Dari writes «کتاب\u200Cها»', 'en', []],
		['a Dari word quoted in Russian keeps its ZWNJ', 'в дари «می\u200Cشود»', 'ru', []],
		['ZWNJ after a quoted Dari word, at its edge', 'Dari «کتاب\u200C»', 'en', ['invisible']],
		['RLM in Dari beside Latin', 'سازمان NATO\u200F، گفت', 'fa-AF', []],
		['RLM in English', 'NATO\u200F said', 'en', ['bidi-mark']],
		['ALM in Russian', 'да\u061Cнет', 'ru', ['bidi-mark']],
		['an override, even in Dari', 'الف\u202Dب', 'fa-AF', ['bidi-control']],
		['a first-strong isolate', 'a\u2068b\u2069', 'en', ['bidi-control']],
		['ZWJ', 'a\u200Db', 'en', ['invisible']],
		['zero width space', 'a\u200Bb', 'en', ['invisible']],
		['word joiner', 'a\u2060b', 'en', ['invisible']],
		['soft hyphen', 'при\u00ADмер', 'ru', ['invisible']],
		['tab', 'a\tb', 'en', ['control']],
		['line feed', 'a\nb', 'en', ['control']],
		['escape', 'a\u001Bb', 'en', ['control']],
		['C1 control', 'a\u0090b', 'en', ['control']],
		['line separator', 'a\u2028b', 'en', ['control']],
		['lone surrogate', 'a\uD800b', 'en', ['control']],
		['a surrogate pair is one character, not a fault', 'a😀b', 'en', []],
		['decomposed й', 'и\u0306', 'ru', ['nfc']],
		['decomposed آ', 'ا\u0653ب', 'fa-AF', ['nfc']],
		['Arabic-Indic digits in Dari', '٢٠٢٥', 'fa-AF', ['arabic-digits']],
		['Arabic-Indic digits in English are not Dari spelling', '٢٠٢٥', 'en', []],
		[
			'several kinds at once',
			'\u0000\u202E\u200Dи\u0306',
			'ru',
			['control', 'bidi-control', 'invisible', 'nfc']
		]
	])('%s', (_case, text, language, expected) => {
		expect(faultsOf(text, language)).toEqual(expected);
	});

	it('names the first fault by code point and place, and counts the rest', () => {
		expect(characterFaults('ab\u202Ecd\u202E', 'en')).toEqual([
			{
				fault: 'bidi-control',
				message:
					'bidi control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 3 (2×): it reorders what a reader sees against what the file says'
			}
		]);
	});

	it('counts places by character, so a character beyond the BMP is one', () => {
		expect(characterFaults('😀\u0000', 'en')[0]?.message).toContain('at character 2');
	});
});
