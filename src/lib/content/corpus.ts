import { isLanguageCode } from '../languages.ts';
import type { Term } from './glossary-schema.ts';
import { findTerms, prepareMatchers } from './terms.ts';
import type { ContentProblem, RawFile } from './article-types.ts';

/** Where the false-match corpus lives: ordinary news sentences, one per line, per language. */
export const CORPUS_DIR = 'src/lib/content/fixtures/corpus';
const CORPUS_FILE = /(?:^|\/)general\.([A-Za-z-]+)\.txt$/;

const ABOUT = /\s+# about: ([a-z0-9, -]+)$/;

/**
 * The sentences of a corpus file, with their line numbers: every line but blank ones and `#`
 * comments. A sentence that rightly names a term (the Security Council beside another country's
 * resolutions) ends with `# about: term-id, …`; those terms are not false matches there.
 */
export function corpusLines(text: string): { line: number; sentence: string; about: string[] }[] {
	return text
		.split('\n')
		.map((raw, index) => {
			const about = raw.match(ABOUT);
			return {
				line: index + 1,
				sentence: raw.replace(ABOUT, '').trim(),
				about: about ? (about[1] as string).split(',').map((id) => id.trim()) : []
			};
		})
		.filter(({ sentence }) => sentence && !sentence.startsWith('#'));
}

/**
 * Runs every entry's names and forms over sentences that are about none of the glossary's
 * concepts, as an article outside the library would (forms limited to an article do not apply),
 * and reports each term found as `file: line: term: surface form`.
 */
export function findFalseMatches(
	files: readonly RawFile[],
	terms: readonly Term[]
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const file of files) {
		const language = file.path.match(CORPUS_FILE)?.[1] ?? '';
		if (!isLanguageCode(language)) {
			problems.push({
				file: file.path,
				where: '-',
				message: 'not a corpus file named general.<en|fa-AF|ru>.txt'
			});
			continue;
		}
		const matchers = prepareMatchers(terms, language);
		for (const { line, sentence, about } of corpusLines(file.text)) {
			for (const found of findTerms(sentence, language, matchers)) {
				if (about.includes(found.term)) continue;
				problems.push({
					file: file.path,
					where: String(line),
					message: `${found.term}: ${sentence.slice(found.start, found.end)}`
				});
			}
		}
	}
	return problems;
}
