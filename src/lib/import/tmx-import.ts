import { readTmx } from '../exchange/tmx.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import type { ImportedArticle } from './article.ts';
import type { ExistingArticle } from './existing.ts';
import { ImportError } from './source.ts';
import { formatSegmentId, localOf } from '../content/segment-id.ts';

/**
 * Takes back a TMX file exported from an article and edited in a translation tool: every
 * segment's text in every language it gives, with the statuses its properties carry. TMX holds
 * no structure and no metadata, so it updates an article that exists (`--force`); its segment IDs
 * must be that article's, under the same or another slug. Segments the file leaves out keep their
 * text, and the report says how many, so nothing is lost without a word.
 */
export function importTmx(
	xml: string,
	file: string,
	slug: string,
	existing: ExistingArticle | undefined
): ImportedArticle {
	let tmx: ReturnType<typeof readTmx>;
	try {
		tmx = readTmx(xml);
	} catch (error) {
		throw new ImportError(`${file}: ${(error as Error).message}`);
	}
	if (!existing)
		throw new ImportError(
			`${file}: a TMX file carries segments but no structure or metadata: it updates an existing article (import the article from its sources first, then --tmx with --force)`
		);
	const ids = existing.structure.blocks.flatMap((b) => (b.type === 'break' ? [] : b.segments));
	const known = new Set(ids);
	const oldSlug = existing.meta.slug;
	const text: ImportedArticle['text'] = Object.fromEntries(
		Object.entries(existing.text).map(([language, map]) => [language, { ...map }])
	);
	const languages = new Set<LanguageCode>(existing.meta.languages);
	let changed = 0;
	for (const unit of tmx.units) {
		const local = localOf(unit.id);
		const id = formatSegmentId(oldSlug, local);
		if (!known.has(id))
			throw new ImportError(
				`${file}: <tu tuid="${unit.id}">: no segment ${local} in content/articles/${oldSlug}`
			);
		for (const [language, segment] of Object.entries(unit.text) as [LanguageCode, string][]) {
			const map = (text[language] ??= {});
			if (map[id] !== segment) changed++;
			map[id] = segment;
			languages.add(language);
		}
	}
	const given = new Set(tmx.units.map((u) => formatSegmentId(oldSlug, localOf(u.id))));
	const translations = { ...existing.meta.translations };
	for (const [language, status] of Object.entries(tmx.statuses) as [LanguageCode, string][]) {
		const translation = translations[language];
		if (translation)
			translations[language] = {
				...translation,
				status: status as NonNullable<typeof translation>['status']
			};
	}
	// Segment IDs follow the slug: an article imported under a new slug gets new prefixes.
	const rename = (id: string) => formatSegmentId(slug, localOf(id));
	const renameKeys = (map: Record<string, string>) =>
		Object.fromEntries(ids.filter((id) => id in map).map((id) => [rename(id), map[id] as string]));
	const ordered = LANGUAGE_CODES.filter((l) => languages.has(l));
	return {
		meta: {
			...existing.meta,
			slug,
			languages: ordered,
			translations,
			lostLinks: existing.meta.lostLinks.map((l) => ({ ...l, segment: rename(l.segment) })),
			segmentNotes: existing.meta.segmentNotes.map((n) => ({ ...n, segment: rename(n.segment) })),
			numberExceptions: existing.meta.numberExceptions.map((e) => ({
				...e,
				segment: rename(e.segment)
			}))
		},
		structure: {
			blocks: existing.structure.blocks.map((b) =>
				b.type === 'break'
					? b
					: b.type === 'pullquote'
						? { ...b, segments: b.segments.map(rename), excerptOf: rename(b.excerptOf) }
						: { ...b, segments: b.segments.map(rename) }
			)
		},
		text: Object.fromEntries(ordered.map((l) => [l, renameKeys(text[l] ?? {})])),
		report: {
			segments: Object.fromEntries(ordered.map((l) => [l, Object.keys(text[l] ?? {}).length])),
			sentences: {},
			merges: [],
			lowConfidence: [],
			removals: {},
			changes: {},
			keptIds: ids.length,
			tmx: {
				units: tmx.units.length,
				changed,
				untouched: ids.filter((id) => !given.has(id)).length
			}
		}
	};
}
