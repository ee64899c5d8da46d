import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ, FUZZ_TIMEOUT, hostileText } from '../testing/fuzz';
import { isBidiControl } from './characters';
import { normalizeForSearch, originalRange, searchKey } from './normalize';

describe('normalizeForSearch, fuzzed', () => {
	it('maps a word after a character beyond the BMP back to that word (found by fuzzing)', () => {
		const text = '😀 𝔸 Kursk';
		const normalized = normalizeForSearch(text);
		const start = normalized.key.indexOf('kursk');
		const [from, to] = originalRange(normalized, start, start + 5, text);
		expect(text.slice(from, to)).toBe('Kursk');
	});

	it(
		'maps every key position back into the text, in order, for any text',
		() => {
			fc.assert(
				fc.property(hostileText(['Курск', 'کورسک', 'Kursk', 'می‌شود']), (text) => {
					const { key, offsets } = normalizeForSearch(text);
					expect(offsets).toHaveLength(key.length + 1);
					expect(offsets.at(-1)).toBe(text.length);
					for (let i = 0; i < key.length; i++) {
						const offset = offsets[i] as number;
						expect(offset).toBeGreaterThanOrEqual(i > 0 ? (offsets[i - 1] as number) : 0);
						expect(offset).toBeLessThan(text.length);
					}
				}),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'gives highlight ranges inside the text that never split a surrogate pair',
		() => {
			fc.assert(
				fc.property(hostileText(['Курск', 'کورسک']), fc.nat(), fc.nat(), (text, a, b) => {
					const normalized = normalizeForSearch(text);
					fc.pre(normalized.key.length > 0);
					const start = a % normalized.key.length;
					const end = start + 1 + (b % (normalized.key.length - start));
					const [from, to] = originalRange(normalized, start, end, text);
					expect(0 <= from && from < to && to <= text.length).toBe(true);
					const low = (i: number) => /[\uDC00-\uDFFF]/.test(text[i] ?? '');
					const high = (i: number) => /[\uD800-\uDBFF]/.test(text[i] ?? '');
					expect(low(from) && high(from - 1)).toBe(false);
					expect(low(to) && high(to - 1)).toBe(false);
				}),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'strips bidi controls from every key, so they can neither hide nor reorder a query',
		() => {
			fc.assert(
				fc.property(hostileText(), (text) => {
					const key = searchKey(text);
					expect([...key].some((c) => isBidiControl(c.codePointAt(0) ?? 0))).toBe(false);
				}),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);
});
