import { describe, expect, it } from 'vitest';
import { normalizeForSearch, originalRange, searchKey } from './normalize';

describe('searchKey', () => {
	it.each([
		['NFKC: fullwidth and ligatures', 'ＫＣＮＡ ﬁle', 'kcna file'],
		[
			'bidi marks, BOM and soft hyphen are dropped',
			'\u200Fسلام\u200E\uFEFFim\u00ADport',
			'سلامimport'
		],
		['isolates and embeddings are dropped', '\u2067متن\u2069 \u202Bx\u202C', 'متن x'],
		['ZWNJ and ZWJ become a space', 'می\u200Cشود و\u200Dها', 'می شود و ها'],
		['Arabic yeh, alef maksura and yeh with hamza become Persian yeh', 'علي ى رئيس', 'علی ی رییس'],
		['Arabic kaf becomes Persian keheh', 'كوريا', 'کوریا'],
		['teh marbuta, heh with yeh, heh doachashmee become heh', 'ة ۀ ھ', 'ه ه ه'],
		['alef forms become alef, waw with hamza becomes waw', 'أ إ آ ٱ ؤ', 'ا ا ا ا و'],
		['Arabic diacritics and superscript alef are stripped', 'مُحَمَّدٌ هٔ رحمٰن', 'محمد ه رحمن'],
		['tatweel is stripped', 'کـــوریا', 'کوریا'],
		['Persian and Arabic-Indic digits become ASCII', '۱۲۳۴ ٥٦٧', '1234 567'],
		['Arabic separators and percent', '۱۰٬۰۰۰ ۳٫۵ ۵٪', '10,000 3.5 5%'],
		['ё becomes е, й stays', 'Ёлка партнёрстве ЙОД', 'елка партнерстве йод'],
		[
			'Latin accents are stripped and case folded',
			'Schrödinger CAFÉ Ñandú',
			'schrodinger cafe nandu'
		],
		['runs of spaces collapse and ends are trimmed', '  a \u200C\u200C b\n\tc  ', 'a b c']
	])('%s', (_rule, input, expected) => {
		expect(searchKey(input)).toBe(expected);
	});

	it('leaves already-folded text as it is', () => {
		for (const text of ['کوریای شمالی', 'партнерстве', 'gerasimov']) {
			expect(searchKey(text)).toBe(text);
		}
	});

	it('is idempotent', () => {
		const text = 'مناطق اشغال‌شدهٔ ولایت كورسك، ۱۰٬۰۰۰ Партнёрство Schrödinger';
		expect(searchKey(searchKey(text))).toBe(searchKey(text));
	});
});

describe('normalizeForSearch offsets', () => {
	it.each([
		['Dari with ZWNJ and diacritics', 'مناطق اشغال‌شدهٔ ولایت کورسک', 'اشغال شده', 'اشغال‌شدهٔ'],
		['a Dari match keeps the hamza on its last letter', 'مناطق اشغال‌شدهٔ ولایت', 'شده', 'شدهٔ'],
		['Russian with ё', 'о всеобъемлющем стратегическом партнёрстве', 'партнерстве', 'партнёрстве'],
		[
			'Latin with accent',
			'The status of "Schrödinger\'s North Koreans"',
			'schrodinger',
			'Schrödinger'
		],
		['text after an astral character', 'a 𝐀 KCNA', 'kcna', 'KCNA']
	])('%s', (_case, text, query, surface) => {
		const normalized = normalizeForSearch(text);
		const start = normalized.key.indexOf(query);
		expect(start).toBeGreaterThanOrEqual(0);
		const [from, to] = originalRange(normalized, start, start + query.length, text);
		expect(text.slice(from, to)).toBe(surface);
	});

	it('maps every key character to a character of the original', () => {
		const text = 'رئیس‌جمهور  ولادیمیر پوتین، ۲۸ اپریل';
		const { key, offsets } = normalizeForSearch(text);
		expect(offsets).toHaveLength(key.length + 1);
		expect(offsets.at(-1)).toBe(text.length);
		expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
	});
});
