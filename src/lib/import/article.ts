import type { ArticleMeta, Block } from '../content/schema.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { isInScriptOf, letterCounts, scriptOf } from '../text/script.ts';
import { splitSentences } from '../text/sentences.ts';
import type { TypographyChange } from '../text/typography.ts';
import { align, LOW_CONFIDENCE, type AlignmentGroup } from './align.ts';
import {
	ImportError,
	type ListStyle,
	type Removal,
	type SourceBlock,
	type SourceDocument
} from './source.ts';
import { formatSegmentId, parseSegmentId } from '../content/segment-id.ts';

/** An article as the import writes it: the three kinds of file of content/articles/<slug>/. */
export interface ImportedArticle {
	meta: ArticleMeta;
	structure: { blocks: Block[] };
	text: Partial<Record<LanguageCode, Record<string, string>>>;
	report: ImportReport;
}

/** A segment that is not one sentence for one sentence, or that the aligner is unsure of. */
export interface AlignmentNote {
	segment: string;
	note: string;
	confidence: number;
}

export interface ImportReport {
	segments: Partial<Record<LanguageCode, number>>;
	sentences: Partial<Record<LanguageCode, number>>;
	merges: AlignmentNote[];
	lowConfidence: AlignmentNote[];
	removals: Partial<Record<LanguageCode, Removal[]>>;
	changes: Partial<Record<LanguageCode, Record<TypographyChange, number>>>;
	/** IDs kept from the article this import replaces, because their text did not change. */
	keptIds: number;
	/** A TMX import: units read, texts that changed, segments the file left as they were. */
	tmx?: { units: number; changed: number; untouched: number };
}

/** What an import starts from: the documents, source language first, and what it replaces. */
export interface ImportInput {
	slug: string;
	sourceLanguage: LanguageCode;
	documents: SourceDocument[];
	/** The article this import replaces (`--force`), whose IDs and metadata it keeps. */
	existing?: {
		meta: ArticleMeta;
		structure: { blocks: Block[] };
		text: Partial<Record<LanguageCode, Record<string, string>>>;
	};
	/** Glossary term IDs found in a text of a language, used as alignment anchors. */
	termsIn?: (text: string, language: LanguageCode) => string[];
}

type TextBlock = Exclude<SourceBlock, { type: 'break' | 'title' }>;

const snippet = (text: string, length = 60) =>
	text.length > length ? `${text.slice(0, length - 1)}…` : text;

function refuseWrongScript(doc: SourceDocument) {
	const text = doc.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
	if (isInScriptOf(text, doc.language)) return;
	const counts = letterCounts(text);
	const found = (Object.keys(counts) as (keyof typeof counts)[]).sort(
		(a, b) => counts[b] - counts[a]
	)[0];
	throw new ImportError(
		`${doc.file}: given as ${doc.language}, but its text is in ${found} script, not ${scriptOf(doc.language)}: «${snippet(text)}»`
	);
}

/** A document's sections: the blocks under the title, then under each heading in turn. */
interface Section {
	heading: Extract<SourceBlock, { type: 'heading' }> | null;
	/** Paragraphs and items, with the section breaks that come before each. */
	blocks: { block: TextBlock; breakBefore: boolean }[];
	breakAfter: boolean;
}

function sectionsOf(doc: SourceDocument): Section[] {
	const sections: Section[] = [{ heading: null, blocks: [], breakAfter: false }];
	let pendingBreak = false;
	for (const block of doc.blocks) {
		const section = sections.at(-1) as Section;
		if (block.type === 'title') continue;
		if (block.type === 'break') {
			pendingBreak = true;
		} else if (block.type === 'heading') {
			section.breakAfter = pendingBreak;
			pendingBreak = false;
			sections.push({ heading: block, blocks: [], breakAfter: false });
		} else {
			section.blocks.push({ block, breakBefore: pendingBreak });
			pendingBreak = false;
		}
	}
	return sections;
}

function titleOf(doc: SourceDocument): string {
	const title = doc.blocks.find((b) => b.type === 'title');
	if (!title) throw new ImportError(`${doc.file}: no title (a first line "# Title")`);
	return title.text;
}

/** Pairs each target group's spans with the source, folding 1:0 and 0:1 groups into a neighbour. */
function fold(groups: AlignmentGroup[]): AlignmentGroup[] {
	const folded: AlignmentGroup[] = [];
	for (const group of groups) {
		const previous = folded.at(-1);
		if (
			previous &&
			(group.source.length === 0 ||
				group.target.length === 0 ||
				previous.source.length === 0 ||
				previous.target.length === 0)
		) {
			previous.source.push(...group.source);
			previous.target.push(...group.target);
			previous.confidence = Math.min(previous.confidence, group.confidence);
		} else folded.push({ ...group, source: [...group.source], target: [...group.target] });
	}
	return folded;
}

/** A run of source units with, per target language, the target units aligned to it. */
interface Bead {
	source: number[];
	targets: Partial<Record<LanguageCode, number[]>>;
	confidence: number;
}

/**
 * Joins the pairwise alignments of every target language with the source into one: a bead ends
 * only where every language's alignment has a boundary, so each bead is a segment that every
 * language can fill.
 */
function combine(sourceCount: number, pairs: [LanguageCode, AlignmentGroup[]][]): Bead[] {
	const boundaries = new Set<number>(Array.from({ length: sourceCount }, (_, i) => i));
	for (const [, groups] of pairs) {
		const ends = new Set(groups.map((g) => g.source.at(-1) as number));
		for (const b of [...boundaries]) if (!ends.has(b)) boundaries.delete(b);
	}
	const beads: Bead[] = [];
	let start = 0;
	for (let i = 0; i < sourceCount; i++) {
		if (!boundaries.has(i)) continue;
		const source = Array.from({ length: i - start + 1 }, (_, k) => start + k);
		const bead: Bead = { source, targets: {}, confidence: 1 };
		for (const [language, groups] of pairs) {
			const inBead = groups.filter(
				(g) => (g.source[0] as number) >= start && (g.source[0] as number) <= i
			);
			bead.targets[language] = inBead.flatMap((g) => g.target);
			bead.confidence = Math.min(bead.confidence, ...inBead.map((g) => g.confidence));
		}
		beads.push(bead);
		start = i + 1;
	}
	return beads;
}

function alignUnits(
	source: string[],
	target: string[],
	sourceLanguage: LanguageCode,
	targetLanguage: LanguageCode,
	termsIn: ImportInput['termsIn']
): AlignmentGroup[] {
	const anchors = termsIn
		? {
				source: source.map((s) => termsIn(s, sourceLanguage)),
				target: target.map((t) => termsIn(t, targetLanguage))
			}
		: undefined;
	return align(source, target, sourceLanguage, targetLanguage, anchors ? { anchors } : undefined);
}

function describeBead(bead: Bead, sourceLanguage: LanguageCode): string {
	const parts = [`${sourceLanguage} ${bead.source.length}`];
	for (const [language, units] of Object.entries(bead.targets))
		parts.push(`${language} ${units.length}`);
	return parts.join(' : ');
}

const isOneToOne = (bead: Bead) =>
	bead.source.length === 1 && Object.values(bead.targets).every((t) => t.length === 1);

interface Assembled {
	blocks: Block[];
	text: Partial<Record<LanguageCode, Record<string, string>>>;
	merges: AlignmentNote[];
	lowConfidence: AlignmentNote[];
}

function fieldIn(doc: SourceDocument, path: string[]): unknown {
	let value: unknown = doc.frontMatter;
	for (const key of path)
		value =
			value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	return value;
}

function stringField(doc: SourceDocument, path: string[]): string | undefined {
	const value = fieldIn(doc, path);
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string' && typeof value !== 'number')
		throw new ImportError(`${doc.file}: front matter ${path.join('.')} must be text`);
	return String(value).trim() || undefined;
}

/** One value that every file may give, and where more than one does, all must agree. */
function sharedField(documents: SourceDocument[], path: string[]): string | null | undefined {
	let found: { value: string | null; file: string } | undefined;
	for (const doc of documents) {
		const raw = fieldIn(doc, path);
		if (raw === undefined) continue;
		const value =
			raw === null ? null : String(raw instanceof Date ? raw.toISOString().slice(0, 10) : raw);
		if (found && found.value !== value)
			throw new ImportError(
				`${doc.file}: front matter ${path.join('.')} is "${value}" but ${found.file} says "${found.value}"`
			);
		found ??= { value, file: doc.file };
	}
	return found?.value;
}

function localized(
	documents: SourceDocument[],
	path: string[]
): Partial<Record<LanguageCode, string>> | undefined {
	const values: Partial<Record<LanguageCode, string>> = {};
	for (const doc of documents) {
		const value = stringField(doc, path);
		if (value !== undefined) values[doc.language] = value;
	}
	return Object.keys(values).length ? values : undefined;
}

function buildMeta(
	input: ImportInput,
	languages: LanguageCode[],
	segmentNotes: AlignmentNote[],
	lostLinks: ArticleMeta['lostLinks']
): ArticleMeta {
	const { documents, existing, slug, sourceLanguage } = input;
	const source = documents[0] as SourceDocument;
	const title = Object.fromEntries(documents.map((d) => [d.language, titleOf(d)])) as Partial<
		Record<LanguageCode, string>
	>;
	const published = sharedField(documents, ['published']) ?? existing?.meta.published;
	if (!published)
		throw new ImportError(
			`${source.file}: front matter has no published date (published: YYYY-MM-DD)`
		);
	const authorName = localized(documents, ['author']) ?? existing?.meta.author.name;
	if (!authorName)
		throw new ImportError(`${source.file}: front matter names no author (author: …)`);
	const affiliation = localized(documents, ['affiliation']) ?? existing?.meta.author.affiliation;
	const sourceNote = localized(documents, ['sourceNote']) ?? existing?.meta.source?.note;
	const dateNote = localized(documents, ['dateNote']) ?? existing?.meta.dateNote;

	const translations: ArticleMeta['translations'] = {};
	for (const language of languages) {
		const doc = documents.find((d) => d.language === language);
		const status =
			(doc && stringField(doc, ['status'])) ??
			existing?.meta.translations[language]?.status ??
			(language === sourceLanguage ? 'source' : 'draft');
		const by =
			localized(documents, ['translations', language, 'by']) ??
			existing?.meta.translations[language]?.by;
		if (!by)
			throw new ImportError(
				`${source.file}: front matter does not say who wrote the ${language} version (translations.${language}.by)`
			);
		const note =
			localized(documents, ['translations', language, 'note']) ??
			existing?.meta.translations[language]?.note;
		translations[language] = { status, by, ...(note ? { note } : {}) } as NonNullable<
			ArticleMeta['translations'][LanguageCode]
		>;
	}

	const sourceField = (key: string) => sharedField(documents, ['source', key]);
	const url = sourceField('url');
	// `source: null` in the front matter: the text is first published here, by our own editors.
	const publishedHere = documents.some((doc) => fieldIn(doc, ['source']) === null);
	const meta = {
		slug,
		title,
		author: { name: authorName, ...(affiliation ? { affiliation } : {}) },
		published,
		...(dateNote ? { dateNote } : {}),
		source: publishedHere
			? null
			: {
					publisher: sourceField('publisher') ?? existing?.meta.source?.publisher,
					section: sourceField('section') ?? existing?.meta.source?.section,
					url: url === undefined ? (existing?.meta.source?.url ?? null) : url,
					format: sourceField('format') ?? existing?.meta.source?.format,
					...(sourceNote ? { note: sourceNote } : {})
				},
		sourceLanguage,
		languages,
		translations,
		lostLinks,
		segmentNotes: segmentNotes.map(({ segment, note }) => ({ segment, note })),
		numberExceptions: existing?.meta.numberExceptions ?? []
	};
	for (const key of ['publisher', 'section', 'format'] as const) {
		if (meta.source && !meta.source[key])
			throw new ImportError(
				`${source.file}: front matter has no source.${key} (or source: null, for a text first published here)`
			);
	}
	return meta as ArticleMeta;
}

/**
 * Aligns the language versions of an article and assembles its content files: structure first
 * (title, headings), then the paragraphs of each section, then the sentences of each paragraph,
 * each target language against the source. Groups that are not one sentence for one sentence
 * become one segment with a note. Refuses, naming the file, the heading or paragraph and a
 * snippet of each language, where the versions differ in structure.
 */
export function importArticle(input: ImportInput): ImportedArticle {
	const { documents, sourceLanguage, slug } = input;
	const source = documents[0];
	if (!source || source.language !== sourceLanguage)
		throw new ImportError(
			`the source language ${sourceLanguage} has no file: give --${sourceLanguage}`
		);
	for (const doc of documents) refuseWrongScript(doc);
	const targets = documents.slice(1);
	const languages = LANGUAGE_CODES.filter((l) => documents.some((d) => d.language === l));

	// Structure: the same headings, in the same order, in every language.
	const sourceSections = sectionsOf(source);
	const targetSections = new Map(targets.map((d) => [d.language, sectionsOf(d)]));
	for (const doc of targets) {
		const theirs = targetSections.get(doc.language) as Section[];
		if (theirs.length === sourceSections.length) continue;
		const headings = (sections: Section[]) => sections.slice(1).map((s) => s.heading?.text ?? '');
		const groups = align(headings(sourceSections), headings(theirs), sourceLanguage, doc.language);
		const lonely = groups.find((g) => g.source.length === 0 || g.target.length === 0);
		const missingInTarget = !lonely || lonely.target.length === 0;
		const [present, other, index, file, presentFile] = missingInTarget
			? [headings(sourceSections), headings(theirs), lonely?.source[0] ?? 0, doc.file, source.file]
			: [
					headings(theirs),
					headings(sourceSections),
					lonely.target[0] as number,
					source.file,
					doc.file
				];
		const listed = other.map((h) => `«${snippet(h, 30)}»`).join(', ') || 'none';
		throw new ImportError(
			`${file}: heading missing: ${presentFile} heading ${index + 1} «${snippet(present[index] ?? '')}» has no counterpart in ${file}, whose headings are ${listed}`
		);
	}

	const assembled: Assembled = {
		blocks: [],
		text: Object.fromEntries(languages.map((l) => [l, {}])),
		merges: [],
		lowConfidence: []
	};
	let paragraphNumber = 0;
	const sentenceCounts: Partial<Record<LanguageCode, number>> = {};

	/** Adds one aligned paragraph: its sentences aligned in every language, as segments. */
	const addParagraph = (
		texts: Partial<Record<LanguageCode, string>>,
		make: (segments: string[]) => Block,
		where: string
	) => {
		const number = paragraphNumber++;
		const sentences = Object.fromEntries(
			languages.map((l) => [l, splitSentences(texts[l] as string, l)])
		) as Record<LanguageCode, string[]>;
		for (const l of languages) sentenceCounts[l] = (sentenceCounts[l] ?? 0) + sentences[l].length;
		const sourceSentences = sentences[sourceLanguage];
		const pairs = targets.map(
			(doc) =>
				[
					doc.language,
					fold(
						alignUnits(
							sourceSentences,
							sentences[doc.language],
							sourceLanguage,
							doc.language,
							input.termsIn
						)
					)
				] as [LanguageCode, AlignmentGroup[]]
		);
		const beads = combine(sourceSentences.length, pairs);
		const ids: string[] = [];
		beads.forEach((bead, index) => {
			const id = formatSegmentId(slug, `${number}.${index + 1}`);
			ids.push(id);
			(assembled.text[sourceLanguage] as Record<string, string>)[id] = bead.source
				.map((i) => sourceSentences[i])
				.join(' ');
			for (const [language, units] of Object.entries(bead.targets) as [LanguageCode, number[]][])
				(assembled.text[language] as Record<string, string>)[id] = units
					.map((i) => sentences[language][i])
					.join(' ');
			const confidence = Math.round(bead.confidence * 100) / 100;
			if (!isOneToOne(bead)) {
				assembled.merges.push({
					segment: id,
					confidence,
					note: `sentences aligned ${describeBead(bead, sourceLanguage)} (${where})`
				});
			}
			if (bead.confidence < LOW_CONFIDENCE) {
				assembled.lowConfidence.push({
					segment: id,
					confidence,
					note: `low alignment confidence ${confidence} (${where})`
				});
			}
		});
		assembled.blocks.push(make(ids));
		return ids;
	};

	addParagraph(
		Object.fromEntries(documents.map((d) => [d.language, titleOf(d)])),
		(segments) => ({ type: 'heading', level: 1, segments }),
		'title'
	);

	sourceSections.forEach((section, sectionIndex) => {
		const where = section.heading
			? `section «${snippet(section.heading.text, 40)}»`
			: 'opening section';
		if (section.heading) {
			const heading = section.heading;
			addParagraph(
				Object.fromEntries(
					documents.map((d) => [
						d.language,
						(d === source
							? section
							: ((targetSections.get(d.language) as Section[])[sectionIndex] as Section)
						).heading?.text
					])
				),
				(segments) => ({ type: 'heading', level: heading.level, segments }),
				`heading «${snippet(heading.text, 40)}»`
			);
		}
		// Paragraphs of the section, aligned across languages; a paragraph split in two in one
		// language is joined, a paragraph missing in one is refused.
		const sourceBlocks = section.blocks;
		const pairs = targets.map((doc) => {
			const theirs = ((targetSections.get(doc.language) as Section[])[sectionIndex] as Section)
				.blocks;
			const groups = alignUnits(
				sourceBlocks.map((b) => b.block.text),
				theirs.map((b) => b.block.text),
				sourceLanguage,
				doc.language,
				input.termsIn
			);
			for (const group of groups) {
				const lonely = lonelyParagraph(
					group,
					sourceBlocks.map((b) => b.block.text),
					theirs.map((b) => b.block.text),
					sourceLanguage,
					doc.language
				);
				if (!lonely) continue;
				const [missingIn, presentIn, present, other] =
					lonely.side === 'source'
						? [doc.file, source.file, sourceBlocks, theirs]
						: [source.file, doc.file, theirs, sourceBlocks];
				// Where the paragraph would stand in the other file: beside what its neighbour is aligned with.
				const otherSide = lonely.side === 'source' ? 'target' : 'source';
				const groupIndex = groups.indexOf(group);
				const near =
					group[otherSide][0] ??
					groups
						.slice(0, groupIndex)
						.findLast((g) => g[otherSide].length)
						?.[otherSide].at(-1) ??
					0;
				throw new ImportError(
					`${missingIn}: paragraph missing in ${where}: ${presentIn} paragraph ${lonely.index + 1} «${snippet(present[lonely.index]?.block.text ?? '')}» has no counterpart in ${missingIn}, near its paragraph ${near + 1} «${snippet(other[near]?.block.text ?? '')}»`
				);
			}
			return [doc.language, { theirs, groups }] as const;
		});
		const beads = combine(
			sourceBlocks.length,
			pairs.map(([l, p]) => [l, p.groups])
		);
		for (const bead of beads) {
			const first = sourceBlocks[bead.source[0] as number] as Section['blocks'][number];
			if (first.breakBefore) assembled.blocks.push({ type: 'break' });
			const texts: Partial<Record<LanguageCode, string>> = {
				[sourceLanguage]: bead.source.map((i) => sourceBlocks[i]?.block.text).join(' ')
			};
			const all = [...bead.source.map((i) => sourceBlocks[i]?.block as TextBlock)];
			for (const [language, { theirs }] of pairs) {
				const units = bead.targets[language] as number[];
				texts[language] = units.map((i) => theirs[i]?.block.text).join(' ');
				all.push(...units.map((i) => theirs[i]?.block as TextBlock));
			}
			// A number that one language gives is structure for all: it is not a difference in content.
			const item = all.find((b): b is Extract<TextBlock, { type: 'item' }> => b.type === 'item');
			const place = `paragraph ${paragraphNumber} in ${where}`;
			const ids = addParagraph(
				texts,
				(segments) =>
					item ? itemBlock(item.style, item.number, segments) : { type: 'paragraph', segments },
				place
			);
			if (!isOneToOne(bead)) {
				assembled.merges.push({
					segment: ids[0] as string,
					confidence: Math.round(bead.confidence * 100) / 100,
					note: `paragraphs aligned ${describeBead(bead, sourceLanguage)}, joined into one (${place})`
				});
			}
		}
		if (section.breakAfter) assembled.blocks.push({ type: 'break' });
	});

	const idsFromExisting = keepIds(input, assembled, languages);
	const lostLinks = lostLinksOf(source, assembled.text[sourceLanguage] as Record<string, string>);
	const meta = buildMeta(input, languages, assembled.merges, lostLinks);
	return {
		meta,
		structure: { blocks: assembled.blocks },
		text: assembled.text,
		report: {
			segments: Object.fromEntries(
				languages.map((l) => [l, Object.keys(assembled.text[l] ?? {}).length])
			),
			sentences: sentenceCounts,
			merges: assembled.merges,
			lowConfidence: assembled.lowConfidence,
			removals: Object.fromEntries(documents.map((d) => [d.language, d.removals])),
			changes: Object.fromEntries(documents.map((d) => [d.language, d.changes])),
			keptIds: idsFromExisting
		}
	};
}

/**
 * The paragraph of a group that has no counterpart, if any: the lonely side of a 1:0 or 0:1
 * group, or, in a joined group the aligner is unsure of, the paragraph whose length least fits
 * the other side (a paragraph left out looks to a length model much like two paragraphs joined).
 */
function lonelyParagraph(
	group: AlignmentGroup,
	source: string[],
	target: string[],
	sourceLanguage: LanguageCode,
	targetLanguage: LanguageCode
): { side: 'source' | 'target'; index: number } | null {
	if (!group.target.length) return { side: 'source', index: group.source[0] as number };
	if (!group.source.length) return { side: 'target', index: group.target[0] as number };
	if (group.confidence >= LOW_CONFIDENCE) return null;
	if (group.source.length === group.target.length) return null;
	const [many, one, side, manyLanguage, oneLanguage] =
		group.source.length > 1
			? [
					group.source.map((i) => source[i] as string),
					target[group.target[0] as number] as string,
					'source' as const,
					sourceLanguage,
					targetLanguage
				]
			: [
					group.target.map((i) => target[i] as string),
					source[group.source[0] as number] as string,
					'target' as const,
					targetLanguage,
					sourceLanguage
				];
	// Which one paragraph of the many, aligned alone with the other side, fits best: the rest are lonely.
	const fits = many.map(
		(text) => align([text], [one], manyLanguage, oneLanguage)[0]?.confidence ?? 0
	);
	const best = fits.indexOf(Math.max(...fits));
	const lonelyAt = many.findIndex((_, i) => i !== best);
	const indices = side === 'source' ? group.source : group.target;
	return { side, index: indices[lonelyAt] as number };
}

function itemBlock(style: ListStyle, number: number | null, segments: string[]): Block {
	return { type: 'item', style, ...(number ? { number } : {}), segments };
}

/** The underlined phrases of the source, each with the segment it is in. */
function lostLinksOf(
	source: SourceDocument,
	text: Record<string, string>
): ArticleMeta['lostLinks'] {
	const links: ArticleMeta['lostLinks'] = [];
	for (const phrase of source.underlined) {
		const segment = Object.keys(text).find((id) => text[id]?.includes(phrase));
		if (segment) links.push({ segment, text: phrase });
	}
	return links;
}

/**
 * On `--force`, a segment whose text did not change keeps the ID it was published under: links
 * and translations hang on it. New IDs never take one that is kept. Returns how many were kept.
 */
function keepIds(input: ImportInput, assembled: Assembled, languages: LanguageCode[]): number {
	const { existing, sourceLanguage } = input;
	if (!existing) return 0;
	const oldText = existing.text[sourceLanguage] ?? {};
	const byText = new Map<string, string>();
	for (const [id, text] of Object.entries(oldText)) if (!byText.has(text)) byText.set(text, id);
	const newText = assembled.text[sourceLanguage] as Record<string, string>;
	const renames = new Map<string, string>();
	const taken = new Set<string>();
	for (const [id, text] of Object.entries(newText)) {
		const old = byText.get(text);
		if (old && !taken.has(old)) {
			renames.set(id, old);
			taken.add(old);
		}
	}
	// Positional IDs that clash with a kept one move to a fresh number in the same paragraph.
	const used = new Set([...taken]);
	for (const id of Object.keys(newText)) {
		if (renames.has(id)) continue;
		let candidate = id;
		const { slug: prefix, local } = parseSegmentId(id);
		const [paragraph] = local.split('.') as [string];
		let sentence = Number(local.split('.')[1]);
		while (used.has(candidate)) candidate = formatSegmentId(prefix, `${paragraph}.${++sentence}`);
		used.add(candidate);
		if (candidate !== id) renames.set(id, candidate);
	}
	const rename = (id: string) => renames.get(id) ?? id;
	for (const block of assembled.blocks)
		if (block.type !== 'break') block.segments = block.segments.map(rename);
	for (const language of languages) {
		const map = assembled.text[language] as Record<string, string>;
		assembled.text[language] = Object.fromEntries(
			Object.entries(map).map(([id, t]) => [rename(id), t])
		);
	}
	for (const note of [...assembled.merges, ...assembled.lowConfidence])
		note.segment = rename(note.segment);
	return [...renames.values()].filter((id) => taken.has(id)).length;
}
