import fc from 'fast-check';

/**
 * How the fuzzing properties (every `*.fuzz.*spec.ts`) run: at a fixed seed, so a failure in CI
 * is the same failure on a laptop, and 1,000 runs each in `npm test`; `npm run fuzz` runs the
 * same properties with FUZZ_RUNS=100000.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
export const FUZZ: fc.Parameters<unknown> = { seed: 13, numRuns: FUZZ_RUNS };
/** A test's time limit: generous, and growing with the runs asked for. */
export const FUZZ_TIMEOUT = Math.max(60_000, FUZZ_RUNS * 30);

/** Bidi controls and marks, the byte order mark and the soft hyphen: invisible, and ignored by search. */
export const INVISIBLE_TO_SEARCH = [
	'\u202A',
	'\u202B',
	'\u202C',
	'\u202D',
	'\u202E',
	'\u2066',
	'\u2067',
	'\u2068',
	'\u2069',
	'\u200E',
	'\u200F',
	'\u061C',
	'\uFEFF',
	'\u00AD'
];

/**
 * Pieces of hostile and malformed text: bidi controls and marks, invisible format characters,
 * C0/C1 controls, lone surrogates, decomposed letters, Arabic forms Dari does not use, quotation
 * marks and brackets, markup and script URLs.
 */
export const HOSTILE_PIECES = [
	...INVISIBLE_TO_SEARCH,
	'\u200B',
	'\u200C',
	'\u200D',
	'\u2060',
	'\u0000',
	'\u0007',
	'\u001B',
	'\u0085',
	'\u2028',
	'\n',
	'\r\n',
	'\t',
	'\uD800',
	'\uDFFF',
	'\u0301',
	'\u0306',
	'\u0653',
	'\u0654',
	'\u0640',
	'ي',
	'ك',
	'٢',
	'۲',
	'«',
	'»',
	'“',
	'”',
	'„',
	'"',
	"'",
	'(',
	')',
	'[',
	']',
	':',
	'&amp;',
	'<',
	'>',
	'<img src=x onerror=alert(1)>',
	'<a href="javascript:alert(1)">x</a>',
	'javascript:alert(1)',
	'<script>alert(1)</script>',
	']]>',
	'😀',
	'🇦🇫',
	' ',
	'  '
];

/** Any text, weighted towards the hostile pieces and the words given (real words find hits). */
export function hostileText(words: readonly string[] = [], maxLength = 40): fc.Arbitrary<string> {
	const pieces: fc.Arbitrary<string>[] = [
		fc.constantFrom(...HOSTILE_PIECES),
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 2 })
	];
	if (words.length) pieces.push(fc.constantFrom(...words));
	return fc.array(fc.oneof(...pieces), { maxLength }).map((parts) => parts.join(''));
}
