// Measures, on every aligned segment of content/articles/*, how long a translation is for each
// pair of our languages in both directions, in the terms of Gale & Church (1993): `ratio` is the
// expected target length per source character (Σ target / Σ source) and `variance` the variance
// of `target − ratio × source` per character, which the aligner turns into a normal model of the
// length difference. Lengths are `textLength` (characters without spaces). Prints a table and the
// object literal that src/lib/import/length-ratios.ts holds.
// Usage: npx tsx scripts/measure-length-ratios.ts
import { LANGUAGE_CODES, type LanguageCode } from '../src/lib/languages.ts';
import { loadArticles } from '../src/lib/server/content.ts';
import { textLength } from '../src/lib/text/length.ts';

interface PairMeasure {
	source: LanguageCode;
	target: LanguageCode;
	segments: number;
	sourceCharacters: number;
	targetCharacters: number;
	ratio: number;
	variance: number;
	/** Mean and standard deviation of the per-segment ratio, for a reader's sense of the spread. */
	segmentRatioMean: number;
	segmentRatioDeviation: number;
}

function measure(
	pairs: { source: number; target: number }[],
	source: LanguageCode,
	target: LanguageCode
): PairMeasure {
	const sourceCharacters = pairs.reduce((sum, p) => sum + p.source, 0);
	const targetCharacters = pairs.reduce((sum, p) => sum + p.target, 0);
	const ratio = targetCharacters / sourceCharacters;
	// The aligner scales the variance by the mean of both lengths in source characters, as Gale and
	// Church's program does, so that the model is the same whichever side is empty or short.
	const squares = pairs.reduce((sum, p) => sum + (p.target - ratio * p.source) ** 2, 0);
	const scale = pairs.reduce((sum, p) => sum + (p.source + p.target / ratio) / 2, 0);
	const ratios = pairs.map((p) => p.target / p.source);
	const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
	const deviation = Math.sqrt(
		ratios.reduce((sum, r) => sum + (r - mean) ** 2, 0) / Math.max(1, ratios.length - 1)
	);
	return {
		source,
		target,
		segments: pairs.length,
		sourceCharacters,
		targetCharacters,
		ratio,
		variance: squares / scale,
		segmentRatioMean: mean,
		segmentRatioDeviation: deviation
	};
}

const articles = loadArticles();
const measures: PairMeasure[] = [];
for (const source of LANGUAGE_CODES) {
	for (const target of LANGUAGE_CODES) {
		if (source === target) continue;
		const pairs = articles.flatMap((article) =>
			article.segmentIds.flatMap((id) => {
				const s = article.text[id]?.[source];
				const t = article.text[id]?.[target];
				return s && t ? [{ source: textLength(s), target: textLength(t) }] : [];
			})
		);
		measures.push(measure(pairs, source, target));
	}
}

console.log(`Articles: ${articles.map((a) => a.slug).join(', ')}`);
console.table(
	measures.map((m) => ({
		pair: `${m.source} → ${m.target}`,
		segments: m.segments,
		'source chars': m.sourceCharacters,
		'target chars': m.targetCharacters,
		ratio: m.ratio.toFixed(3),
		'variance/char': m.variance.toFixed(3),
		'segment ratio mean ± sd': `${m.segmentRatioMean.toFixed(3)} ± ${m.segmentRatioDeviation.toFixed(3)}`
	}))
);
console.log('\nFor src/lib/import/length-ratios.ts:\n');
for (const m of measures) {
	console.log(
		`\t'${m.source}>${m.target}': { ratio: ${m.ratio.toFixed(4)}, variance: ${m.variance.toFixed(4)}, segments: ${m.segments} },`
	);
}
