import { SEGMENT_ID } from '../content/segment-id.ts';
import type { Article, SegmentId } from '../content/article-types.ts';
import type { LanguageCode } from '../languages.ts';
import {
	articleLanguages,
	isTranslationStatus,
	languageOfTag,
	statusOf,
	translationUnits,
	type TranslationStatus,
	type TranslationUnit
} from './units.ts';
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

/** Names the tool in the TMX header, as translation memories record where a file came from. */
export const CREATION_TOOL = 'Parallel Reader';
const CREATION_TOOL_VERSION = '1';
const STATUS_PROP = 'x-status';

/**
 * The article as a TMX 1.4b document: one `<tu>` per segment (tuid = segment ID), one `<tuv>` per
 * language with the status of that language's version as `<prop type="x-status">`, and the
 * segment's notes as `<note>`s.
 */
export function writeTmx(article: Article): string {
	const languages = articleLanguages(article.meta);
	const statuses = new Map(languages.map((language) => [language, statusOf(article, language)]));
	const tu = translationUnits(article).map((unit) => ({
		[`${ATTR}tuid`]: unit.id,
		note: unit.notes.map((note) => {
			assertXmlText(note, `${article.slug}: ${unit.id}: note`);
			return note;
		}),
		tuv: languages.flatMap((language) => {
			const text = unit.text[language];
			if (text === undefined) return [];
			assertXmlText(text, `${article.slug}: ${unit.id}: ${language}`);
			return [
				{
					[`${ATTR}xml:lang`]: language,
					prop: [{ [`${ATTR}type`]: STATUS_PROP, '#text': statuses.get(language) }],
					seg: text
				}
			];
		})
	}));
	return buildXml({
		tmx: {
			[`${ATTR}version`]: '1.4',
			header: {
				[`${ATTR}creationtool`]: CREATION_TOOL,
				[`${ATTR}creationtoolversion`]: CREATION_TOOL_VERSION,
				[`${ATTR}segtype`]: 'sentence',
				[`${ATTR}o-tmf`]: CREATION_TOOL,
				[`${ATTR}adminlang`]: 'en',
				[`${ATTR}srclang`]: article.meta.sourceLanguage,
				[`${ATTR}datatype`]: 'plaintext'
			},
			body: { tu }
		}
	});
}

/** What a TMX file holds of an article: its segments in order, source language and statuses. */
export interface TmxArticle {
	sourceLanguage: LanguageCode;
	/** The status of each language's version, from the `x-status` properties. */
	statuses: Partial<Record<LanguageCode, TranslationStatus>>;
	units: TranslationUnit[];
}

/**
 * Reads a TMX file written by `writeTmx` or by a translation tool from it. Throws, naming the
 * `<tu>` and what is wrong, on anything it cannot take back exactly: a segment ID that is not one,
 * an unknown language, inline markup in a `<seg>`, statuses that differ between segments.
 */
export function readTmx(xml: string): TmxArticle {
	const root = child(parseXml(xml, 'TMX', ['tu', 'tuv', 'prop', 'note']), 'tmx', 'TMX');
	if (attribute(root, 'version') !== '1.4') {
		throw new Error(`TMX: <tmx version="${attribute(root, 'version') ?? ''}">: expected 1.4`);
	}
	const srclang = attribute(child(root, 'header', 'TMX: <tmx>'), 'srclang') ?? '';
	const sourceLanguage = languageOfTag(srclang);
	if (!sourceLanguage) {
		throw new Error(`TMX: <header srclang="${srclang}">: not one of our languages`);
	}

	const statuses: Partial<Record<LanguageCode, TranslationStatus>> = {};
	const seen = new Set<SegmentId>();
	const units = children(child(root, 'body', 'TMX: <tmx>'), 'tu').map((tu, index) => {
		const id = attribute(tu, 'tuid') ?? '';
		const where = `TMX: <tu> ${index + 1} (tuid "${id}")`;
		if (!SEGMENT_ID.test(id)) throw new Error(`${where}: tuid is not a segment ID like "slug:3.1"`);
		if (seen.has(id)) throw new Error(`${where}: tuid appears more than once`);
		seen.add(id);

		const text: Partial<Record<LanguageCode, string>> = {};
		for (const tuv of children(tu, 'tuv')) {
			const tag = attribute(tuv, 'xml:lang') ?? attribute(tuv, 'lang') ?? '';
			const language = languageOfTag(tag);
			if (!language) throw new Error(`${where}: <tuv xml:lang="${tag}">: not one of our languages`);
			if (text[language] !== undefined) throw new Error(`${where}: ${language} appears twice`);
			text[language] = textOf(child(tuv, 'seg', `${where}: ${language}`), `${where}: ${language}`);
			for (const prop of children(tuv, 'prop')) {
				if (attribute(prop, 'type') !== STATUS_PROP) continue;
				const status = textOf(prop, `${where}: ${language}: status`);
				if (!isTranslationStatus(status)) {
					throw new Error(
						`${where}: ${language}: status "${status}" is not source, draft or reviewed`
					);
				}
				const earlier = statuses[language];
				if (earlier && earlier !== status) {
					throw new Error(
						`${where}: ${language}: status "${status}", but earlier segments say "${earlier}"`
					);
				}
				statuses[language] = status;
			}
		}
		const notes = children(tu, 'note').map((note) => textOf(note, `${where}: note`));
		return { id, text, notes };
	});
	return { sourceLanguage, statuses, units };
}
