import { SEGMENT_ID } from '../content/segment-id.ts';
import type { Article, SegmentId } from '../content/article-types.ts';
import type { LanguageCode } from '../languages.ts';
import { XLIFF_SOURCE } from './files.ts';
import { languageOfTag, statusOf, translationUnits, type TranslationStatus } from './units.ts';
import {
	ATTR,
	assertXmlText,
	attribute,
	buildXml,
	child,
	children,
	parseXml,
	textOf
} from './xml.ts';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

const XLIFF_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type XliffState = (typeof XLIFF_STATES)[number];

function isXliffState(value: string): value is XliffState {
	return (XLIFF_STATES as readonly string[]).includes(value);
}

/** The state of a target segment for the status of its language's version. */
const STATE_OF: Record<TranslationStatus, XliffState> = {
	// The target is the article's original: nothing is left to do on it.
	source: 'final',
	draft: 'translated',
	reviewed: 'reviewed'
};

/**
 * The unit id for a segment ID. A colon is legal in an NMTOKEN, but tools that read ids as XML
 * names take what stands before it for a namespace prefix; `_` never occurs in a segment ID, so
 * the change can be undone. The unit's `name` keeps the segment ID as it is.
 */
export function unitIdOf(segment: SegmentId): string {
	return segment.replace(':', '_');
}

/**
 * One XLIFF 2.1 document for translating the article from English into `target`: one `<file>`
 * (id = slug), one `<unit>` per segment with its notes and one `<segment>`, whose state follows
 * the status of the target language's version.
 */
export function writeXliff(article: Article, target: LanguageCode): string {
	const state = STATE_OF[statusOf(article, target)];
	const unit = translationUnits(article).map(({ id, text, notes }) => {
		const source = text[XLIFF_SOURCE];
		if (source === undefined) throw new Error(`${article.slug}: ${id}: no ${XLIFF_SOURCE} text`);
		const translation = text[target];
		for (const [value, where] of [
			[source, XLIFF_SOURCE],
			[translation ?? '', target],
			...notes.map((note) => [note, 'note'])
		] as const) {
			assertXmlText(value, `${article.slug}: ${id}: ${where}`);
		}
		return {
			[`${ATTR}id`]: unitIdOf(id),
			[`${ATTR}name`]: id,
			...(notes.length ? { notes: { note: notes } } : {}),
			segment: {
				[`${ATTR}state`]: translation === undefined ? 'initial' : state,
				source,
				...(translation === undefined ? {} : { target: translation })
			}
		};
	});
	return buildXml({
		xliff: {
			[`${ATTR}version`]: '2.1',
			[`${ATTR}xmlns`]: XLIFF_NAMESPACE,
			[`${ATTR}srcLang`]: XLIFF_SOURCE,
			[`${ATTR}trgLang`]: target,
			file: { [`${ATTR}id`]: article.slug, unit }
		}
	});
}

/** One unit of an XLIFF file, by the segment ID it was written for. */
export interface XliffUnit {
	id: SegmentId;
	source: string;
	target?: string;
	state: XliffState;
	notes: string[];
}

/** What an XLIFF file holds of an article. */
export interface XliffArticle {
	slug: string;
	sourceLanguage: LanguageCode;
	targetLanguage: LanguageCode;
	units: XliffUnit[];
}

/**
 * Reads an XLIFF 2 file written by `writeXliff` or by a translation tool from it. Throws, naming
 * the unit and what is wrong, on a unit whose segment ID cannot be recovered, an unknown language,
 * inline markup, or a unit split into several segments.
 */
export function readXliff(xml: string): XliffArticle {
	const root = child(parseXml(xml, 'XLIFF', ['file', 'unit', 'segment', 'note']), 'xliff', 'XLIFF');
	if (attribute(root, 'xmlns') !== XLIFF_NAMESPACE) {
		throw new Error(`XLIFF: <xliff>: namespace is not ${XLIFF_NAMESPACE} (XLIFF 2)`);
	}
	const language = (name: 'srcLang' | 'trgLang') => {
		const tag = attribute(root, name) ?? '';
		const code = languageOfTag(tag);
		if (!code) throw new Error(`XLIFF: <xliff ${name}="${tag}">: not one of our languages`);
		return code;
	};
	const sourceLanguage = language('srcLang');
	const targetLanguage = language('trgLang');
	const files = children(root, 'file');
	const file = files[0];
	if (files.length !== 1 || !file) {
		throw new Error(`XLIFF: expected one <file>, found ${files.length}`);
	}

	const seen = new Set<SegmentId>();
	const units = children(file, 'unit').map((unit, index): XliffUnit => {
		const unitId = attribute(unit, 'id') ?? '';
		const where = `XLIFF: <unit> ${index + 1} (id "${unitId}")`;
		const id = attribute(unit, 'name') ?? unitId.replace('_', ':');
		if (!SEGMENT_ID.test(id))
			throw new Error(`${where}: "${id}" is not a segment ID like "slug:3.1"`);
		if (seen.has(id)) throw new Error(`${where}: segment ${id} appears more than once`);
		seen.add(id);
		const segments = children(unit, 'segment');
		const segment = segments[0];
		if (segments.length !== 1 || !segment) {
			throw new Error(`${where}: expected one <segment>, found ${segments.length}`);
		}
		const state = attribute(segment, 'state') ?? 'initial';
		if (!isXliffState(state)) throw new Error(`${where}: unknown state "${state}"`);
		const notes =
			'notes' in unit
				? children(child(unit, 'notes', where), 'note').map((n) => textOf(n, where))
				: [];
		return {
			id,
			source: textOf(child(segment, 'source', where), `${where}: source`),
			...('target' in segment
				? { target: textOf(child(segment, 'target', where), `${where}: target`) }
				: {}),
			state,
			notes
		};
	});
	return { slug: attribute(file, 'id') ?? '', sourceLanguage, targetLanguage, units };
}
