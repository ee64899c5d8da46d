import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { checkContent } from '../server/content';
import { FUZZ, FUZZ_TIMEOUT, hostileText } from '../testing/fuzz';
import { findTerms, prepareMatchers, splitByTerms, surfaceForms } from './terms';

const { terms } = checkContent();
const matchers = Object.fromEntries(
	LANGUAGE_CODES.map((language) => [language, prepareMatchers(terms, language)])
);
// The glossary's own names and forms, so fuzzed texts hold terms to find.
const forms = [...new Set(LANGUAGE_CODES.flatMap((l) => terms.flatMap((t) => surfaceForms(t, l))))];

describe('term matching, fuzzed', () => {
	it(
		'finds occurrences inside the text, and splitting by them keeps the text as it is',
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(...LANGUAGE_CODES),
					hostileText(forms, 16),
					(language, text) => {
						const found = findTerms(text, language, matchers[language] ?? []);
						for (const { start, end } of found) {
							expect(0 <= start && start < end && end <= text.length).toBe(true);
						}
						const pieces = splitByTerms(text, found);
						expect(pieces.map((p) => p.text).join('')).toBe(text);
						expect(pieces.every((p) => p.text !== '')).toBe(true);
					}
				),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);
});
