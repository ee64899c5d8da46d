import { describe, expect, it } from 'vitest';
import { readContentTree } from '../server/content';
import type { RawFile } from './article-types';
import { validateGlossary } from './glossary';
import { formatProblem, validateLibrary } from './validate';

// The fixture of the hostile-text browser test (scripts/hostile-test.ts): one article and one
// term, Kabul, whose definitions, notes and a name hold tags as text. Tags are text a glossary may
// show; the characters content:check refuses in a segment it refuses in the glossary too.
const ROOT = 'e2e-hostile';
const FILE = 'content/glossary/kabul.json';
const files = readContentTree(ROOT);
interface Json {
	[key: string]: Json | Json[] | string;
}

function problemsWith(edit: (term: Json) => void): string[] {
	const edited: RawFile[] = files.map((file) => {
		if (file.path !== FILE) return file;
		const term = JSON.parse(file.text) as Json;
		edit(term);
		return { ...file, text: JSON.stringify(term, null, '\t') };
	});
	return checkProblems(edited);
}

function checkProblems(edited: RawFile[]): string[] {
	const library = validateLibrary(edited);
	const glossary = validateGlossary(edited, library.articles);
	return [...library.problems, ...glossary.problems].map(formatProblem);
}

const RLO = String.fromCodePoint(0x202e);
const LRI = String.fromCodePoint(0x2066);
const ZWSP = String.fromCodePoint(0x200b);
const ZWNJ = String.fromCodePoint(0x200c);
const section = (term: Json, key: string) => term[key] as Json;

describe('glossary texts are held to the characters of the segments', () => {
	it('the hostile-text fixture, tags and all, passes', () => {
		expect(checkProblems(files)).toEqual([]);
	});

	it.each([
		{
			what: 'a bidi override in a Dari definition',
			edit: (t: Json) => (section(t, 'fa-AF').definition = `پایتخت ${RLO}افغانستان`),
			expected: `${FILE}: fa-AF.definition: bidi control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 8: it reorders what a reader sees against what the file says`
		},
		{
			what: 'a NUL in a Russian note',
			edit: (t: Json) => (section(t, 'ru').note = 'Тестовая\u0000статья'),
			expected: `${FILE}: ru.note: control character U+0000 (NULL) at character 9: a segment is one run of printable text`
		},
		{
			what: 'an isolate in the title of a name’s source',
			edit: (t: Json) => {
				(section(section(t, 'en'), 'label') as Json).sources = [
					{ publisher: 'Parallel Reader', title: `Test ${LRI}fixture` }
				];
			},
			expected: `${FILE}: en.label.sources.0.title: bidi control U+2066 (LEFT-TO-RIGHT ISOLATE) at character 6: it reorders what a reader sees against what the file says`
		}
	])('refuses $what, naming file, place and reason', ({ edit, expected }) => {
		expect(problemsWith(edit)).toEqual([expected]);
	});

	it('refuses a zero-width space in an English name, and ZWNJ outside a Dari word', () => {
		const problems = problemsWith((t) => {
			(section(section(t, 'en'), 'otherNames') as unknown as Json[])[0]!.name = `Ka${ZWSP}bul`;
			section(t, 'fa-AF').note = `مقالهٔ آزمایشی ${ZWNJ} نقل می‌کند.`;
		});
		expect(problems.map((p) => p.split(': ').slice(0, 3).join(': '))).toEqual([
			`${FILE}: en.otherNames.0.name: invisible format character U+200B (ZERO WIDTH SPACE) at character 3`,
			`${FILE}: fa-AF.note: invisible U+200C (ZERO WIDTH NON-JOINER) at character 16`
		]);
	});
});
