// Alignment benchmark: how often `align` gives back the hand alignment of the shipped article when
// a translation's sentence boundaries differ from the English ones. For each target language and
// each seed, the target sentences (segments) of the article's paragraphs are perturbed: in about a
// third of the paragraphs two adjacent sentences are joined into one, in another third one
// sentence is split in two at the comma (, ، ؛ ;) nearest its middle. Nothing is re-split: the
// English segments are aligned with the perturbed target sentences, per paragraph and (harder)
// for all paragraphs of the article at once, each without and with the glossary terms found in
// every unit as anchors (as the importer passes them).
//
// A hand segment "comes back exactly" when the aligner returns the group the hand alignment
// implies for it: a 1:1 group of its English sentence with exactly its original target text; where
// two target sentences were joined, one 2:1 group of both English sentences with the joined text
// (both segments count); where one was split, one 1:2 group of its English sentence with both
// halves. Every other group is wrong. A script that prints a table, not a test.
// Usage: npm run bench:align [-- --seeds 20]
import { Random } from '../src/lib/generate/random.ts';
import { findTerms, prepareMatchers } from '../src/lib/content/terms.ts';
import {
	align,
	LOW_CONFIDENCE,
	type AlignmentGroup,
	type AlignOptions
} from '../src/lib/import/align.ts';
import type { LanguageCode } from '../src/lib/languages.ts';
import { findArticle, loadLibrary } from '../src/lib/server/content.ts';

/** The same seed changes the same places on every run. */
const seeded = (seed: number) => {
	const random = new Random(seed);
	return () => random.next();
};

const SLUG = 'kpa-kursk';
const JOIN_SHARE = 1 / 3;
const SPLIT_SHARE = 1 / 3;
const seedsArgument = process.argv.indexOf('--seeds');
const SEEDS = seedsArgument > 0 ? Number(process.argv[seedsArgument + 1]) : 20;
const TARGETS: LanguageCode[] = ['fa-AF', 'ru'];

/** Where to split a sentence: after the comma nearest its middle, within its middle half. */
function splitPoint(text: string): number | undefined {
	let best: number | undefined;
	for (const match of text.matchAll(/[,،؛;] /gu)) {
		const at = (match.index ?? 0) + 1;
		if (at < text.length / 4 || at > (text.length * 3) / 4) continue;
		if (best === undefined || Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2))
			best = at;
	}
	return best;
}

/** What the hand alignment says one group must be: segments (English units) and target units. */
interface Expected {
	source: number[];
	target: number[];
	change: 'none' | 'join' | 'split';
}

interface Perturbed {
	/** The segment IDs of the English sentences. */
	ids: string[];
	english: string[];
	target: string[];
	expected: Expected[];
}

function perturbParagraph(
	ids: string[],
	english: string[],
	target: string[],
	next: () => number
): Perturbed {
	const roll = next();
	const splittable = target.flatMap((text, k) => (splitPoint(text) === undefined ? [] : [k]));
	let join = -1;
	let split = -1;
	if (roll < JOIN_SHARE && target.length >= 2) join = Math.floor(next() * (target.length - 1));
	else if (roll >= JOIN_SHARE && roll < JOIN_SHARE + SPLIT_SHARE && splittable.length)
		split = splittable[Math.floor(next() * splittable.length)] ?? -1;
	const units: string[] = [];
	const expected: Expected[] = [];
	for (let k = 0; k < target.length; k++) {
		const text = target[k] as string;
		if (k === join) {
			expected.push({ source: [k, k + 1], target: [units.length], change: 'join' });
			units.push(`${text} ${target[k + 1]}`);
			k++;
		} else if (k === split) {
			const at = splitPoint(text) as number;
			expected.push({ source: [k], target: [units.length, units.length + 1], change: 'split' });
			units.push(text.slice(0, at).trim(), text.slice(at).trim());
		} else {
			expected.push({ source: [k], target: [units.length], change: 'none' });
			units.push(text);
		}
	}
	return { ids, english, target: units, expected };
}

/** Several paragraphs read as one: indices shifted past the paragraphs before. */
function concatenate(paragraphs: Perturbed[]): Perturbed {
	const whole: Perturbed = { ids: [], english: [], target: [], expected: [] };
	for (const paragraph of paragraphs) {
		const s = whole.english.length;
		const t = whole.target.length;
		whole.expected.push(
			...paragraph.expected.map((e) => ({
				source: e.source.map((k) => k + s),
				target: e.target.map((k) => k + t),
				change: e.change
			}))
		);
		whole.ids.push(...paragraph.ids);
		whole.english.push(...paragraph.english);
		whole.target.push(...paragraph.target);
	}
	return whole;
}

interface Tally {
	segments: number;
	exact: number;
	joins: number;
	splits: number;
	groups: number;
	nonOneToOne: number;
	wrong: number;
	low: number;
	wrongAndLow: number;
	misses: string[];
}

const key = (g: { source: number[]; target: number[] }) => `${g.source}|${g.target}`;

function score(tally: Tally, perturbed: Perturbed, groups: AlignmentGroup[], where: string) {
	const found = new Set(groups.map(key));
	const right = new Set(perturbed.expected.map(key));
	for (const e of perturbed.expected) {
		tally.segments += e.source.length;
		if (e.change === 'join') tally.joins++;
		if (e.change === 'split') tally.splits++;
		if (found.has(key(e))) tally.exact += e.source.length;
		else if (tally.misses.length < 8)
			tally.misses.push(
				`${where}: ${e.source.map((k) => perturbed.ids[k]).join(' + ')} (${e.change}) not aligned as the hand did`
			);
	}
	for (const g of groups) {
		const wrong = !right.has(key(g));
		const low = g.confidence < LOW_CONFIDENCE;
		tally.groups++;
		if (g.source.length !== 1 || g.target.length !== 1) tally.nonOneToOne++;
		if (wrong) tally.wrong++;
		if (low) tally.low++;
		if (wrong && low) tally.wrongAndLow++;
	}
}

const emptyTally = (): Tally => ({
	segments: 0,
	exact: 0,
	joins: 0,
	splits: 0,
	groups: 0,
	nonOneToOne: 0,
	wrong: 0,
	low: 0,
	wrongAndLow: 0,
	misses: []
});

const matchers = new Map(
	(['en', ...TARGETS] as LanguageCode[]).map((l) => [l, prepareMatchers(loadLibrary().terms, l)])
);
const termsIn = (text: string, language: LanguageCode) =>
	findTerms(text, language, matchers.get(language) ?? []).map((found) => found.term);
const termAnchors = (p: Perturbed, language: LanguageCode): AlignOptions => ({
	anchors: {
		source: p.english.map((text) => termsIn(text, 'en')),
		target: p.target.map((text) => termsIn(text, language))
	}
});

const article = findArticle(SLUG);
if (!article) throw new Error(`content/articles/${SLUG}: article not found`);
const paragraphs = article.blocks.flatMap((block) =>
	block.type === 'paragraph' ? [block.segments] : []
);
const textOf = (id: string, language: LanguageCode) => article.text[id]?.[language] ?? '';

console.log(
	`Alignment benchmark: ${SLUG}, ${paragraphs.length} paragraphs, ${paragraphs.flat().length} segments, ${SEEDS} seeds; join in ~${Math.round(JOIN_SHARE * 100)}% of paragraphs, split in ~${Math.round(SPLIT_SHARE * 100)}%; low confidence < ${LOW_CONFIDENCE}`
);
const rows: Record<string, string | number>[] = [];
const misses: string[] = [];
for (const language of TARGETS) {
	// Without anchors beyond the aligner's own, and with the glossary terms of each unit, as the
	// importer passes them.
	const anchorings = [false, true].map(
		(anchors) => [anchors, { byParagraph: emptyTally(), whole: emptyTally() }] as const
	);
	for (let seed = 1; seed <= SEEDS; seed++) {
		const next = seeded(seed * 7919 + language.length);
		const perturbed = paragraphs.map((ids) =>
			perturbParagraph(
				ids,
				ids.map((id) => textOf(id, 'en')),
				ids.map((id) => textOf(id, language)),
				next
			)
		);
		for (const [anchors, tallies] of anchorings) {
			const options = (p: Perturbed) => (anchors ? termAnchors(p, language) : {});
			perturbed.forEach((p, k) =>
				score(
					tallies.byParagraph,
					p,
					align(p.english, p.target, 'en', language, options(p)),
					`seed ${seed} ${language} ${anchors ? 'with' : 'without'} terms, paragraph ${k + 1}`
				)
			);
			const all = concatenate(perturbed);
			score(
				tallies.whole,
				all,
				align(all.english, all.target, 'en', language, options(all)),
				`seed ${seed} ${language} ${anchors ? 'with' : 'without'} terms, whole article`
			);
		}
	}
	for (const [anchors, { byParagraph, whole }] of anchorings)
		for (const [variant, tally] of [
			['per paragraph', byParagraph],
			['whole article', whole]
		] as const) {
			rows.push({
				language,
				'term anchors': anchors ? 'yes' : 'no',
				variant,
				segments: tally.segments,
				'joined/split places': `${tally.joins}/${tally.splits}`,
				'exact segments': tally.exact,
				'exact %': ((100 * tally.exact) / tally.segments).toFixed(1),
				groups: tally.groups,
				'non-1:1 groups': tally.nonOneToOne,
				'wrong groups': tally.wrong,
				'low-confidence groups': tally.low,
				'wrong among low': tally.wrongAndLow
			});
			misses.push(...tally.misses);
		}
}
console.table(rows);
if (misses.length) console.log(`\nFirst misses:\n${misses.join('\n')}`);
