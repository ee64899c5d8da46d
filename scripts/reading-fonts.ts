// The reading fonts, cut down at build time to the characters our readers can meet.
//
// Fontsource ships each family as per-script files holding every glyph of the script and the
// whole weight axis (100–900): 142 KB for the four files an article page needs. A page only ever
// shows the characters of content/ and locales/, in weights 400–700, so each file is subset to
// those characters plus the alphabets a reader may type into the search box, and its weight axis
// is cut to 400–700. The subsets are regenerated on every build, so new content is always covered.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

/** Where the subset fonts and their stylesheet are written; `$fonts` in the app points here. */
const READING_FONTS_DIR = 'node_modules/.cache/reading-fonts';

/** The weights the stylesheet uses; `font-weight` outside this range would be synthesized. */
const WEIGHT_RANGE = { min: 400, max: 700 } as const;

interface FontFamily {
	/** The CSS family name the stylesheet asks for. */
	family: string;
	/** The Fontsource package; its `unicode.json` says which characters each file covers. */
	package: string;
	/** Fontsource's font id, the prefix of its file names. */
	id: string;
	/** Subsets in order of preference: a character two subsets declare goes to the first. */
	subsets: string[];
}

const READING_FONT_FAMILIES: FontFamily[] = [
	{
		family: 'Noto Serif Variable',
		package: '@fontsource-variable/noto-serif',
		id: 'noto-serif',
		subsets: ['latin', 'cyrillic', 'latin-ext', 'cyrillic-ext', 'greek', 'greek-ext']
	},
	{
		family: 'Vazirmatn Variable',
		package: '@fontsource-variable/vazirmatn',
		id: 'vazirmatn',
		subsets: ['arabic', 'latin', 'latin-ext']
	}
];

const codeRange = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/**
 * Characters kept even when no text uses them yet, so that what a reader types in the search box
 * stays in one typeface: printable ASCII, the Russian alphabet, and the letters, digits and marks
 * of Dari and Pashto with the zero-width joiners and direction marks.
 */
export const BASE_CHARACTERS =
	codeRange(0x20, 0x7e) +
	codeRange(0x410, 0x44f) +
	'Ёё«»–—№' +
	'،؛؟٪٫٬' +
	codeRange(0x621, 0x63a) +
	codeRange(0x640, 0x655) +
	'\u0670پچژکگیۀ' +
	'ټځڅډړږښګڼۍې' +
	codeRange(0x660, 0x669) +
	codeRange(0x6f0, 0x6f9) +
	codeRange(0x200c, 0x200f);

/** Parses a CSS `unicode-range` value ("U+0000-00FF,U+0131") into inclusive ranges. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
	return value.split(',').map((part) => {
		const match = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
		if (!match?.[1]) throw new Error(`not a unicode-range: ${JSON.stringify(part)}`);
		const from = parseInt(match[1], 16);
		return [from, match[2] ? parseInt(match[2], 16) : from];
	});
}

/** Writes inclusive ranges as a CSS `unicode-range` value. */
export function formatUnicodeRange(ranges: Array<[number, number]>): string {
	const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
	return ranges
		.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
		.join(',');
}

/**
 * The ranges each face of a family announces: from each of its characters to the next of
 * another face, across the gaps. A face's list of single characters would be the longest part
 * of the stylesheet every page inlines (issue 11); the spans are a few ranges, and still send
 * each character to its own face. A character no face has, inside a span, costs nothing more than
 * that face, which its neighbours need anyway, and is drawn by the next font of the stack.
 */
export function faceSpans(assigned: Map<string, number[]>): Map<string, Array<[number, number]>> {
	const owners = [...assigned]
		.flatMap(([face, codePoints]) => codePoints.map((codePoint) => ({ face, codePoint })))
		.sort((a, b) => a.codePoint - b.codePoint);
	const spans = new Map<string, Array<[number, number]>>();
	owners.forEach(({ face, codePoint }, index) => {
		const list = spans.get(face) ?? [];
		const last = list.at(-1);
		if (last && owners[index - 1]?.face === face) last[1] = codePoint;
		else list.push([codePoint, codePoint]);
		spans.set(face, list);
	});
	return spans;
}

/**
 * Gives each character to the first subset whose range declares it, so that no two faces of a
 * family claim the same character. Subsets that get nothing are left out.
 */
export function assignToSubsets(
	characters: Iterable<string>,
	subsets: Array<{ name: string; ranges: Array<[number, number]> }>
): Map<string, number[]> {
	const assigned = new Map<string, number[]>();
	const codePoints = [...new Set([...characters].map((c) => c.codePointAt(0)!))].sort(
		(a, b) => a - b
	);
	for (const codePoint of codePoints) {
		const subset = subsets.find(({ ranges }) =>
			ranges.some(([from, to]) => codePoint >= from && codePoint <= to)
		);
		if (!subset) continue;
		const list = assigned.get(subset.name) ?? [];
		list.push(codePoint);
		assigned.set(subset.name, list);
	}
	return assigned;
}

/** The file name of a generated subset, e.g. `vazirmatn-arabic.woff2`. */
const subsetFileName = (family: FontFamily, subset: string) => `${family.id}-${subset}.woff2`;

/** One `@font-face` rule for a generated subset. */
function fontFaceRule(family: string, file: string, ranges: Array<[number, number]>): string {
	return [
		'@font-face {',
		`\tfont-family: '${family}';`,
		'\tfont-style: normal;',
		'\tfont-display: swap;',
		`\tfont-weight: ${WEIGHT_RANGE.min} ${WEIGHT_RANGE.max};`,
		`\tsrc: url(./${file}) format('woff2');`,
		`\tunicode-range: ${formatUnicodeRange(ranges)};`,
		'}'
	].join('\n');
}

/** Every character the site can display: the content tree, the UI strings, the base alphabets. */
export function displayedCharacters(root: string = process.cwd()): Set<string> {
	const characters = new Set<string>();
	const add = (text: string) => {
		for (const c of text) if (c >= ' ') characters.add(c);
	};
	add(BASE_CHARACTERS);
	// One file at a time: the content of a thousand articles is hundreds of megabytes, and holding
	// it whole (or as an array of its characters) is what made the build run out of memory.
	const sources = [
		{ dir: path.join(root, 'content'), wanted: () => true },
		{ dir: path.join(root, 'locales'), wanted: (file: string) => file.endsWith('.json') }
	];
	for (const { dir, wanted } of sources) {
		for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
			if (entry.isFile() && wanted(entry.name))
				add(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
		}
	}
	return characters;
}

/**
 * Writes the subset fonts and `reading-fonts.css` into `outDir`. Skips the work when the
 * characters and the source fonts are those of the last run.
 */
export async function writeReadingFonts(
	root: string = process.cwd(),
	outDir: string = path.join(root, READING_FONTS_DIR)
): Promise<void> {
	const require = createRequire(path.join(root, 'package.json'));
	const characters = [...displayedCharacters(root)].sort().join('');
	const families = READING_FONT_FAMILIES.map((family) => {
		const packageDir = path.dirname(require.resolve(`${family.package}/package.json`));
		const declared: Record<string, string> = JSON.parse(
			fs.readFileSync(path.join(packageDir, 'unicode.json'), 'utf8')
		);
		const subsets = family.subsets.map((name) => {
			const range = declared[name];
			if (!range) throw new Error(`${family.package} has no subset "${name}"`);
			return {
				name,
				ranges: parseUnicodeRange(range),
				source: path.join(packageDir, 'files', `${family.id}-${name}-wght-normal.woff2`)
			};
		});
		return { family, subsets, assigned: assignToSubsets(characters, subsets) };
	});

	const hash = createHash('sha256').update(fs.readFileSync(new URL(import.meta.url)));
	hash.update(characters);
	for (const { subsets } of families)
		for (const s of subsets) hash.update(fs.readFileSync(s.source));
	const stamp = hash.digest('hex');
	const stampFile = path.join(outDir, 'stamp');
	if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;

	fs.rmSync(outDir, { recursive: true, force: true });
	fs.mkdirSync(outDir, { recursive: true });
	const rules: string[] = [];
	for (const { family, subsets, assigned } of families) {
		const spans = faceSpans(assigned);
		for (const subset of subsets) {
			const codePoints = assigned.get(subset.name);
			if (!codePoints) continue;
			const file = subsetFileName(family, subset.name);
			const font = await subsetFont(
				fs.readFileSync(subset.source),
				String.fromCodePoint(...codePoints),
				{ targetFormat: 'woff2', variationAxes: { wght: WEIGHT_RANGE } }
			);
			fs.writeFileSync(path.join(outDir, file), font);
			rules.push(fontFaceRule(family.family, file, spans.get(subset.name) ?? []));
		}
	}
	fs.writeFileSync(
		path.join(outDir, 'reading-fonts.css'),
		`/* Generated by scripts/reading-fonts.ts; do not edit. */\n${rules.join('\n\n')}\n`
	);
	fs.writeFileSync(stampFile, stamp);
}

/**
 * Generates the reading fonts before Vite resolves any module, in dev and in builds, and points
 * the `$fonts` alias at them.
 */
export function readingFontsPlugin(): Plugin {
	return {
		name: 'reading-fonts',
		config: () => ({ resolve: { alias: { $fonts: path.resolve(READING_FONTS_DIR) } } }),
		async buildStart() {
			await writeReadingFonts();
		}
	};
}
