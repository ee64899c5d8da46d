import { parse as parseYaml } from 'yaml';
import type { LanguageCode } from '../languages.ts';
import { normalizeTypography, type TypographyChange } from '../text/typography.ts';

/** A block of a source document as a reader sees it, its text cleaned and normalized. */
export type SourceBlock =
	| { type: 'title'; text: string }
	| { type: 'heading'; level: 2 | 3; text: string }
	| { type: 'paragraph'; text: string }
	/** A list item or an enumerated paragraph: its number is structure, not text. */
	| { type: 'item'; number: number | null; style: ListStyle; text: string }
	| { type: 'break' };

export type ListStyle = 'bullet' | 'decimal' | 'lower-alpha';

/** Something the import took out of a file, reported so a person can check it. */
export interface Removal {
	what: string;
	/** 1-based line in the file, or 0 where the removal is not tied to one line. */
	line: number;
	text: string;
}

/** A language version of an article as read from one file. */
export interface SourceDocument {
	file: string;
	language: LanguageCode;
	frontMatter: Record<string, unknown>;
	blocks: SourceBlock[];
	removals: Removal[];
	changes: Record<TypographyChange, number>;
	/** Phrases that were underlined (`<u>…</u>`): links whose targets the source lost. */
	underlined: string[];
}

/** A file that cannot be imported, with a message naming the file and what is wrong. */
export class ImportError extends Error {
	override name = 'ImportError';
}

interface Line {
	number: number;
	text: string;
}

// A line that is only a page number, in any digit set, perhaps dashed or with "page".
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page\s+|стр\.?\s+|صفحه\s+)?\p{Nd}{1,4}(?:\s*[-–—])?\s*$/iu;
// Mastheads of publishers we import from; repeated lines are caught whatever they say.
const KNOWN_MASTHEADS = [/afgazad/i, /افغانستان آزاد/, /زبانهای اروپائ/, /^AA-AA/, /چو کشور نباشد/];
const SECTION_BREAK = /^\s*(?:(?:\\?\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})\s*$/;
const UNDERLINE = /<u>([\s\S]*?)<\/u>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;
const HEADING = /^(#{1,3})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+•]\s+/;
// Enumerators a person reads as a list number: 1. 2) (a) b) ۱ ‐ ۲.
const ENUMERATOR =
	/^\s*(?:\((\p{Nd}{1,3}|[a-zа-я])\)|(\p{Nd}{1,3})(?:[.)]|\s*[‐‑–—-])|([a-zа-я])\))\s+/u;
const SENTENCE_END = /[.!?؟…»”"]\s*$/u;

/** Reads a number written in any digit set. */
function digitValue(digits: string): number {
	let value = 0;
	for (const char of digits) {
		const code = char.codePointAt(0) ?? 0;
		const zero = [0x30, 0x660, 0x6f0].find((z) => code >= z && code <= z + 9) ?? 0x30;
		value = value * 10 + (code - zero);
	}
	return value;
}

function enumeratorOf(text: string): { number: number; style: ListStyle; rest: string } | null {
	const match = text.match(ENUMERATOR);
	if (!match) return null;
	const token = match[1] ?? match[2] ?? match[3] ?? '';
	const rest = text.slice(match[0].length);
	if (!rest.trim()) return null;
	if (/\p{Nd}/u.test(token)) return { number: digitValue(token), style: 'decimal', rest };
	// Latin and Cyrillic letters both count a, b, c: а is 1 in either alphabet.
	const alphabet = /[a-z]/.test(token)
		? 'abcdefghijklmnopqrstuvwxyz'
		: 'абвгдежзиклмнопрстуфхцчшщэюя';
	return { number: alphabet.indexOf(token) + 1, style: 'lower-alpha', rest };
}

function splitFrontMatter(text: string, file: string): [Record<string, unknown>, string, number] {
	if (!text.startsWith('---\n')) return [{}, text, 0];
	const end = text.indexOf('\n---\n', 3);
	if (end < 0) throw new ImportError(`${file}: front matter opened with --- is never closed`);
	let data: unknown;
	try {
		data = parseYaml(text.slice(4, end));
	} catch (error) {
		throw new ImportError(`${file}: front matter is not valid YAML: ${(error as Error).message}`);
	}
	if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
		throw new ImportError(`${file}: front matter must be a map of fields`);
	const body = text.slice(end + 5);
	const skipped = text.slice(0, end + 5).split('\n').length - 1;
	return [(data ?? {}) as Record<string, unknown>, body, skipped];
}

/** Markdown's inline marks and escapes, which our plain-text segments do not keep. */
function plainInline(text: string): string {
	return text
		.replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2')
		.replace(/(^|[^\p{L}\p{N}*])\*(?!\s)(.+?)\*(?![\p{L}\p{N}])/gu, '$1$2')
		.replace(/\\([\\`*_{}[\]()#+\-.!<>"'])/g, '$1');
}

/**
 * Reads one language version of an article from Markdown or plain text: front matter, a `#`
 * title (or the first heading, or in plain text the first paragraph), `##` headings, paragraphs,
 * lists and enumerated paragraphs, section breaks. Removes the publisher's noise it recognizes
 * (page numbers in any digit set, repeated or known mastheads, text before the title, soft
 * hyphens, underline and other tags, hard line breaks inside paragraphs) and reports each
 * removal; normalizes typography (see `normalizeTypography`) and counts each kind of change.
 */
export function readSourceText(raw: string, file: string, language: LanguageCode): SourceDocument {
	if (raw.includes('\u0000') || raw.includes('\uFFFD'))
		throw new ImportError(`${file}: not a UTF-8 text file (it holds binary data)`);
	const unix = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const [frontMatter, body, offset] = splitFrontMatter(unix, file);
	const removals: Removal[] = [];
	const underlined: string[] = [];

	const lines: Line[] = body.split('\n').map((text, i) => ({ number: offset + i + 1, text }));

	// A line met more than once that is not a paragraph of text is a running head or masthead.
	const counts = new Map<string, number>();
	for (const { text } of lines) {
		const key = text.trim();
		if (key && key.length <= 120 && !SENTENCE_END.test(key))
			counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const kept: Line[] = [];
	for (const line of lines) {
		const key = line.text.trim();
		if (!key) {
			kept.push(line);
			continue;
		}
		if (PAGE_NUMBER.test(key)) removals.push({ what: 'page number', line: line.number, text: key });
		else if (KNOWN_MASTHEADS.some((p) => p.test(key)))
			removals.push({ what: 'masthead', line: line.number, text: key });
		else if ((counts.get(key) ?? 0) > 1 && !HEADING.test(key) && !BULLET.test(key))
			removals.push({ what: 'repeated line', line: line.number, text: key });
		else {
			kept.push(line);
			continue;
		}
		// A removed line leaves a mark, so that text broken around it can be joined again.
		kept.push({ number: line.number, text: '\u0000' });
	}

	// Paragraphs: runs of non-blank lines. A page break (a removed line) inside a sentence is not
	// a paragraph break: a run that does not start with a capital continues a paragraph that
	// stopped short of a sentence's end.
	const runs: { line: number; lines: string[]; afterRemoval: boolean }[] = [];
	let current: (typeof runs)[number] | null = null;
	let removedSince = false;
	for (const line of kept) {
		if (line.text === '\u0000') {
			removedSince = true;
			current = null;
			continue;
		}
		if (!line.text.trim()) {
			current = null;
			continue;
		}
		if (!current) {
			current = { line: line.number, lines: [], afterRemoval: removedSince };
			runs.push(current);
			removedSince = false;
		}
		current.lines.push(line.text);
	}

	const blocks: SourceBlock[] = [];
	const changes: Record<TypographyChange, number> = {
		'unicode-nfc': 0,
		'arabic-letters': 0,
		'stray-spaces': 0,
		quotes: 0
	};
	let joinedLines = 0;
	const clean = (text: string, line: number): string => {
		let out = text.replace(UNDERLINE, (_, inner: string) => {
			underlined.push(inner.replace(/\s+/g, ' ').trim());
			return inner;
		});
		const softHyphens = out.split('\u00AD').length - 1;
		if (softHyphens) {
			removals.push({ what: 'soft hyphens', line, text: String(softHyphens) });
			out = out.replaceAll('\u00AD', '');
		}
		out = out.replace(TAG, (tag) => {
			removals.push({ what: 'markup tag', line, text: tag });
			return '';
		});
		const normalized = normalizeTypography(plainInline(out), language);
		for (const [kind, count] of Object.entries(normalized.changes))
			changes[kind as TypographyChange] += count;
		return normalized.text;
	};

	const hasTitleHeading = runs.some((r) => /^#\s/.test(r.lines[0] ?? ''));
	const hasHeadings = runs.some((r) => HEADING.test(r.lines[0] ?? ''));
	let titled = false;
	for (const run of runs) {
		const first = run.lines[0] as string;
		const heading = run.lines.length === 1 ? first.match(HEADING) : null;
		if (!titled) {
			const isTitle = heading ? !hasTitleHeading || heading[1] === '#' : !hasHeadings;
			if (!isTitle) {
				removals.push({
					what: 'text before the title',
					line: run.line,
					text: run.lines.join(' ').trim()
				});
				continue;
			}
			const text = clean(heading ? (heading[2] as string) : run.lines.join(' '), run.line);
			blocks.push({ type: 'title', text });
			titled = true;
			continue;
		}
		if (heading) {
			const level = Math.min(Math.max(heading[1]!.length, 2), 3) as 2 | 3;
			blocks.push({ type: 'heading', level, text: clean(heading[2] as string, run.line) });
			continue;
		}
		if (run.lines.length === 1 && SECTION_BREAK.test(first)) {
			blocks.push({ type: 'break' });
			continue;
		}
		if (
			BULLET.test(first) ||
			(run.lines.length > 1 &&
				run.lines.every((l) => BULLET.test(l) || enumeratorOf(l) || /^\s+/.test(l)) &&
				enumeratorOf(first))
		) {
			// A Markdown list: a marker starts an item, an indented line continues it.
			let item: string[] = [];
			const items: string[][] = [];
			for (const l of run.lines) {
				if ((BULLET.test(l) || enumeratorOf(l)) && item.length) {
					items.push(item);
					item = [];
				}
				item.push(l);
			}
			items.push(item);
			for (const lines of items) {
				const text = lines.join(' ');
				const enumerated = BULLET.test(text) ? null : enumeratorOf(text);
				blocks.push({
					type: 'item',
					number: enumerated?.number ?? null,
					style: enumerated?.style ?? 'bullet',
					text: clean(enumerated ? enumerated.rest : text.replace(BULLET, ''), run.line)
				});
			}
			continue;
		}
		joinedLines += run.lines.length - 1;
		const text = run.lines.map((l) => l.trim()).join(' ');
		const previous = blocks.at(-1);
		if (
			run.afterRemoval &&
			previous?.type === 'paragraph' &&
			!/^\p{Lu}/u.test(text) &&
			!SENTENCE_END.test(previous.text)
		) {
			removals.push({
				what: 'paragraph broken by a page break, joined',
				line: run.line,
				text: text.slice(0, 40)
			});
			previous.text = `${previous.text} ${clean(text, run.line)}`;
			continue;
		}
		const enumerated = enumeratorOf(text);
		blocks.push(
			enumerated
				? {
						type: 'item',
						number: enumerated.number,
						style: enumerated.style,
						text: clean(enumerated.rest, run.line)
					}
				: { type: 'paragraph', text: clean(text, run.line) }
		);
	}
	if (joinedLines)
		removals.push({
			what: 'hard line breaks inside paragraphs',
			line: 0,
			text: String(joinedLines)
		});

	const texts = blocks.filter((b) => b.type !== 'break');
	if (!texts.length || texts.every((b) => !b.text.trim()))
		throw new ImportError(
			`${file}: empty file (no text${removals.length ? ' once the noise is removed' : ''})`
		);
	return { file, language, frontMatter, blocks, removals, changes, underlined };
}
