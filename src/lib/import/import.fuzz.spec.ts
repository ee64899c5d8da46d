import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTmx, writeTmx } from '../exchange/tmx';
import { articleWithTexts } from '../exchange/fixtures';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import { FUZZ, FUZZ_TIMEOUT, hostileText } from '../testing/fuzz';
import { importArticle } from './article';
import { ImportError, readSourceText } from './source';
import { importTmx } from './tmx-import';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'equal-counts');
const sources = Object.fromEntries(
	LANGUAGE_CODES.map((language) => [
		language,
		fs.readFileSync(path.join(FIXTURE, `${language}.md`), 'utf8')
	])
) as Record<LanguageCode, string>;

/** Runs `read`; an ImportError (a refusal that names the file) is an answer, any other throw is not. */
function refusedOrRead<T>(read: () => T): T | null {
	try {
		return read();
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return null;
	}
}

describe('the importer, fuzzed', () => {
	it(
		'reads any text as a source, or refuses it with an ImportError',
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(...LANGUAGE_CODES),
					hostileText(['# ', '## ', '\n\n', '---\n', '1. ', '- ', '*', '<u>', '</u>', 'Kursk.']),
					(language, raw) => {
						refusedOrRead(() => readSourceText(raw, `${language}.md`, language));
					}
				),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'gives every language the same segment IDs, whatever is slipped into the sources',
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(...LANGUAGE_CODES),
					fc.nat(),
					hostileText([' ', '. ', '\n\n'], 8),
					(language, at, inserted) => {
						const raw = sources[language];
						// After the front matter, so the metadata stays readable.
						const body = raw.indexOf('\n# ');
						const i = body + 1 + (at % (raw.length - body));
						const documents = refusedOrRead(() =>
							LANGUAGE_CODES.map((l) =>
								readSourceText(
									l === language ? raw.slice(0, i) + inserted + raw.slice(i) : sources[l],
									`${l}.md`,
									l
								)
							)
						);
						if (!documents) return;
						const article = refusedOrRead(() =>
							importArticle({ slug: 'bridge', sourceLanguage: 'en', documents })
						);
						if (!article) return;
						const ids = article.structure.blocks
							.flatMap((b) => (b.type === 'break' ? [] : b.segments))
							.sort();
						for (const l of LANGUAGE_CODES)
							expect(Object.keys(article.text[l] ?? {}).sort()).toEqual(ids);
					}
				),
				{ ...FUZZ, numRuns: Math.ceil((FUZZ.numRuns ?? 1000) / 4) }
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'takes back exactly what it exported as TMX, or refuses to write what XML cannot hold',
		() => {
			fc.assert(
				fc.property(
					fc.array(fc.record({ en: hostileText(), 'fa-AF': hostileText(), ru: hostileText() }), {
						minLength: 1,
						maxLength: 3
					}),
					(texts) => {
						const article = articleWithTexts(texts);
						let xml: string;
						try {
							xml = writeTmx(article);
						} catch (error) {
							expect((error as Error).message).toMatch(/cannot be written to XML$/);
							return;
						}
						expect(readTmx(xml).units.map((u) => u.text)).toEqual(texts);
						const existing = {
							meta: article.meta,
							structure: { blocks: article.blocks },
							text: Object.fromEntries(
								LANGUAGE_CODES.map((l) => [
									l,
									Object.fromEntries(article.segmentIds.map((id) => [id, 'old']))
								])
							)
						};
						const imported = importTmx(xml, 'edge.tmx', 'edge', existing);
						for (const l of LANGUAGE_CODES)
							expect(article.segmentIds.map((id) => imported.text[l]?.[id])).toEqual(
								texts.map((t) => t[l])
							);
					}
				),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);
});
