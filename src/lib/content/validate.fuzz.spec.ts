import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import { characterFaults } from '../text/characters';
import { FUZZ, FUZZ_TIMEOUT, hostileText } from '../testing/fuzz';
import type { RawFile } from './article-types';
import { validateLibrary } from './validate';

// The small article every malformed fixture is made from: the c0-control fixture without its NUL.
const SLUG = 'c0-control';
const DIR = `content/articles/${SLUG}`;
const FIXTURE = path.join('src/lib/content/fixtures/malformed', SLUG, DIR);
const base: RawFile[] = fs.readdirSync(FIXTURE).map((name) => ({
	path: `${DIR}/${name}`,
	text: fs.readFileSync(path.join(FIXTURE, name), 'utf8').replace('\\u0000', '')
}));
const segmentMap = (language: LanguageCode) =>
	JSON.parse(base.find((f) => f.path === `${DIR}/${language}.json`)?.text ?? '{}') as Record<
		string,
		string
	>;
const ids = Object.keys(segmentMap('en'));

/** The base article with one language's segment map replaced. */
function withSegments(language: LanguageCode, map: Record<string, string>): RawFile[] {
	return base.map((file) =>
		file.path === `${DIR}/${language}.json` ? { ...file, text: JSON.stringify(map) } : file
	);
}

function expectWellFormed(problems: { file: string; where: string; message: string }[]) {
	for (const problem of problems) {
		expect(problem.file.startsWith(`${DIR}/`)).toBe(true);
		expect(problem.where).not.toBe('');
		expect(problem.message).not.toBe('');
	}
}

describe('validateLibrary, fuzzed', () => {
	it('accepts the base article', () => {
		expect(validateLibrary(base).problems).toEqual([]);
	});

	it(
		'takes any segment text without throwing, and reports a hostile character at its segment',
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(...LANGUAGE_CODES),
					fc.constantFrom(...ids),
					hostileText(['Notes', 'یادداشت', 'Заметки']),
					(language, id, text) => {
						const { problems, articles } = validateLibrary(
							withSegments(language, { ...segmentMap(language), [id]: text })
						);
						expectWellFormed(problems);
						const here = problems.filter(
							(p) => p.file === `${DIR}/${language}.json` && p.where === id
						);
						if (text.trim() !== '' && characterFaults(text, language).length)
							expect(here.length).toBeGreaterThan(0);
						if (problems.length === 0) expect(articles[0]?.text[id]?.[language]).toBe(text);
						else expect(articles).toEqual([]);
					}
				),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'takes any file text without throwing',
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(...base.map((f) => f.path)),
					fc.oneof(
						hostileText(['{', '}', '"', ':', ',', '[', ']', '\\', '{"": ""}']),
						fc.json(),
						fc.dictionary(fc.string(), fc.string()).map((map) => JSON.stringify(map))
					),
					(file, text) => {
						const { problems } = validateLibrary(
							base.map((f) => (f.path === file ? { ...f, text } : f))
						);
						expectWellFormed(problems);
						expect(problems.length).toBeGreaterThan(0);
					}
				),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'publishes an article only with the same segment IDs in every language',
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(...LANGUAGE_CODES),
					fc.subarray(ids),
					fc.array(fc.stringMatching(/^c0-control:[0-9]\.[0-9]$/), { maxLength: 2 }),
					(language, kept, added) => {
						const original = segmentMap(language);
						const map = Object.fromEntries([
							...kept.map((id) => [id, original[id] as string]),
							...added.map((id) => [id, original[id] ?? (original[ids[0] as string] as string)])
						]);
						const { articles } = validateLibrary(withSegments(language, map));
						const same = [...Object.keys(map)].sort().join() === [...ids].sort().join();
						expect(articles.length).toBe(same ? 1 : 0);
						for (const article of articles) {
							for (const id of article.segmentIds)
								expect(Object.keys(article.text[id] ?? {}).sort()).toEqual(
									[...article.meta.languages].sort()
								);
						}
					}
				),
				FUZZ
			);
		},
		FUZZ_TIMEOUT
	);
});
