import type { LanguageCode } from '../languages.ts';

/**
 * How long a translation runs for a pair of languages, as Gale and Church's length model needs it:
 * `ratio` is the expected target length per source character, `variance` the variance of
 * `target − ratio × source` per character (lengths by `textLength`, so without spaces).
 */
export interface LengthRatio {
	ratio: number;
	variance: number;
	/** How many aligned segments the numbers were measured on. */
	segments: number;
}

export type LanguagePair = `${LanguageCode}>${LanguageCode}`;

/**
 * Measured on 29 November 2026 with `npx tsx scripts/measure-length-ratios.ts` on every aligned
 * segment of content/articles/* (then only kpa-kursk, 45 segments per pair). Rerun the script and
 * update these when the library has grown: one article's careful translation gives a narrow
 * variance.
 */
export const LENGTH_RATIOS: Partial<Record<LanguagePair, LengthRatio>> = {
	'en>fa-AF': { ratio: 0.8362, variance: 2.1964, segments: 45 },
	'en>ru': { ratio: 0.9873, variance: 1.1725, segments: 45 },
	'fa-AF>en': { ratio: 1.196, variance: 3.7571, segments: 45 },
	'fa-AF>ru': { ratio: 1.1808, variance: 3.4047, segments: 45 },
	'ru>en': { ratio: 1.0129, variance: 1.2183, segments: 45 },
	'ru>fa-AF': { ratio: 0.8469, variance: 2.0681, segments: 45 }
};

// Two texts in one language (two editions of a translation) run about as long as each other; the
// variance is the widest of the measured pairs, as nothing was measured for this case.
const SAME_LANGUAGE: LengthRatio = {
	ratio: 1,
	variance: Math.max(...Object.values(LENGTH_RATIOS).map((r) => r.variance)),
	segments: 0
};

/** The length model of a language pair, in that direction. */
export function lengthRatio(source: LanguageCode, target: LanguageCode): LengthRatio {
	return LENGTH_RATIOS[`${source}>${target}`] ?? SAME_LANGUAGE;
}
