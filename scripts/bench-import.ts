// Import accuracy benchmark: the shipped article goes through the whole importer (sentence
// splitting, paragraph and sentence alignment, the three-language combination) with one
// translation's sentence boundaries changed as a translator might: in about a third of the
// paragraphs two adjacent sentences are joined into one (the stop between them becomes a
// semicolon), in another third one sentence is split in two at the comma nearest its middle (the
// comma becomes a stop). The other two languages are as published.
//
// A hand segment "comes back exactly" when the import gives the segment the hand alignment implies:
// its English and its translation as published; where the translator joined two sentences, one
// segment holding both English sentences and the joined translation (both hand segments count);
// where one was split, its English with both halves. A script that prints a table, not a test.
// Usage: npm run bench:import [-- --seeds 20]
import { Random } from '../src/lib/generate/random.ts';
import { findTerms, prepareMatchers } from '../src/lib/content/terms.ts';
import { importArticle } from '../src/lib/import/article.ts';
import { readSourceText } from '../src/lib/import/source.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../src/lib/languages.ts';
import { findArticle, loadLibrary } from '../src/lib/server/content.ts';

/** The same seed changes the same places on every run. */
const seeded = (seed: number) => {
	const random = new Random(seed);
	return () => random.next();
};

const SLUG = 'kpa-kursk';
const seedsArgument = process.argv.indexOf('--seeds');
const SEEDS = seedsArgument > 0 ? Number(process.argv[seedsArgument + 1]) : 20;
const TARGETS: LanguageCode[] = ['fa-AF', 'ru'];
const STOP: Record<LanguageCode, string> = { en: '.', 'fa-AF': '.', ru: '.' };
const SEMICOLON: Record<LanguageCode, string> = { en: ';', 'fa-AF': '؛', ru: ';' };

const article = findArticle(SLUG);
if (!article) throw new Error(`no article ${SLUG}`);
const { terms } = loadLibrary();
const matchers = Object.fromEntries(LANGUAGE_CODES.map((l) => [l, prepareMatchers(terms, l)]));
const termsIn = (text: string, language: LanguageCode) => [
	...new Set(findTerms(text, language, matchers[language] ?? []).map((t) => t.term))
];
// Pull quotes repeat body text and are laid out by hand: they are not part of an import.
const blocks = article.blocks.filter((b) => b.type !== 'break' && b.type !== 'pullquote');

/** What one hand segment should come back as: its English and its (changed) translation. */
interface Expected {
	ids: string[];
	en: string;
	target: string;
}

function perturb(language: LanguageCode, next: () => number) {
	const paragraphs: string[][] = [];
	const expected: Expected[] = [];
	let changes = 0;
	for (const block of blocks) {
		const en = block.segments.map((id) => article!.text[id]!.en);
		const target = block.segments.map((id) => article!.text[id]![language]);
		const roll = next();
		const out: string[] = [];
		for (let i = 0; i < target.length; i++) {
			const sentence = target[i] as string;
			const id = block.segments[i] as string;
			if (
				block.type === 'paragraph' &&
				roll < 1 / 3 &&
				i === 0 &&
				target.length > 1 &&
				sentence.endsWith(STOP[language])
			) {
				// Joined: this sentence and the next become one.
				const joined = `${sentence.slice(0, -1)}${SEMICOLON[language]} ${target[1]}`;
				out.push(joined);
				expected.push({
					ids: [id, block.segments[1] as string],
					en: `${en[0]} ${en[1]}`,
					target: joined
				});
				i++;
				changes++;
				continue;
			}
			const comma = sentence.search(/[,،] (?=\p{L})/u);
			if (
				block.type === 'paragraph' &&
				roll >= 1 / 3 &&
				roll < 2 / 3 &&
				i === 0 &&
				comma > sentence.length / 4 &&
				comma < (sentence.length * 3) / 4
			) {
				// Split: the comma becomes a stop, and Russian starts the new sentence with a capital.
				const rest = sentence.slice(comma + 2);
				const second = language === 'ru' ? rest[0]!.toLocaleUpperCase('ru') + rest.slice(1) : rest;
				const halves = `${sentence.slice(0, comma)}${STOP[language]} ${second}`;
				out.push(halves);
				expected.push({ ids: [id], en: en[i] as string, target: halves });
				changes++;
				continue;
			}
			out.push(sentence);
			expected.push({ ids: [id], en: en[i] as string, target: sentence });
		}
		paragraphs.push(out);
	}
	return { paragraphs, expected, changes };
}

function markdown(language: LanguageCode, paragraphs: string[][]): string {
	const front =
		language === 'en'
			? `---\nauthor: A\npublished: 2025-04-30\ntranslations: {en: {by: a}, fa-AF: {by: b}, ru: {by: c}}\nsource: {publisher: P, section: S, url: null, format: PDF}\n---\n`
			: '';
	return (
		front +
		paragraphs
			.map((sentences, index) => {
				const block = blocks[index]!;
				const text = sentences.join(' ');
				if (block.type === 'heading') return `${'#'.repeat(block.level)} ${text}`;
				return text;
			})
			.join('\n\n')
	);
}

const asPublished = (language: LanguageCode) =>
	blocks.map((b) => b.segments.map((id) => article!.text[id]![language]));

const rows = [];
for (const language of TARGETS) {
	let total = 0;
	let exact = 0;
	let changes = 0;
	let merges = 0;
	let low = 0;
	const misses: string[] = [];
	for (let seed = 1; seed <= SEEDS; seed++) {
		const { paragraphs, expected, changes: changed } = perturb(language, seeded(seed * 7919));
		changes += changed;
		const documents = LANGUAGE_CODES.map((l) =>
			readSourceText(markdown(l, l === language ? paragraphs : asPublished(l)), `${l}.md`, l)
		);
		const imported = importArticle({ slug: SLUG, sourceLanguage: 'en', documents, termsIn });
		merges += imported.report.merges.length;
		low += imported.report.lowConfidence.length;
		const segments = Object.keys(imported.text.en ?? {}).map((id) => ({
			en: imported.text.en?.[id],
			target: imported.text[language]?.[id]
		}));
		for (const want of expected) {
			total += want.ids.length;
			const found = segments.some(
				(s) => sameText(s.en, want.en, 'en') && sameText(s.target, want.target, language)
			);
			if (found) exact += want.ids.length;
			else if (misses.length < 5) misses.push(`seed ${seed}: ${want.ids.join('+')}`);
		}
	}
	rows.push({
		language,
		seeds: SEEDS,
		'hand segments': total,
		'joined/split places': changes,
		'exact segments': exact,
		'exact %': ((exact / total) * 100).toFixed(1),
		'merge notes': merges,
		'low-confidence groups': low
	});
	if (misses.length) console.log(`${language}, first misses: ${misses.join('; ')}`);
}

/** Texts compared as the import writes them: its typography step typesets English quotes. */
function sameText(actual: string | undefined, wanted: string, language: LanguageCode): boolean {
	if (actual === undefined) return false;
	const typeset = readSourceText(`# ${wanted}`, 'x.md', language).blocks[0];
	return actual === wanted || (typeset?.type === 'title' && actual === typeset.text);
}

console.table(rows);
