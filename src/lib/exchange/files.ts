import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';

/** XLIFF pairs every other language with English, the language translators here work from. */
export const XLIFF_SOURCE: LanguageCode = 'en';

/** One file that the site and `content:export` publish for translation tools. */
export type ExportFile = {
	/** The file's name, also its address under /exports/: `<slug>.tmx`, `<slug>.en-ru.xlf`. */
	name: string;
	/** The Content-Type the endpoint answers with: the type of the extension, and the charset. */
	mediaType: string;
} & ({ format: 'tmx' | 'csv' } | { format: 'xliff'; target: LanguageCode });

/**
 * The files exported for an article in `languages`: one TMX, one XLIFF per language paired with
 * English, one CSV. Knows names only, so the reader's page can link them without the XML library.
 */
export function exportFiles(slug: string, languages: readonly LanguageCode[]): ExportFile[] {
	const targets = languages.includes(XLIFF_SOURCE)
		? LANGUAGE_CODES.filter((code) => code !== XLIFF_SOURCE && languages.includes(code))
		: [];
	return [
		{ name: `${slug}.tmx`, format: 'tmx', mediaType: 'application/xml; charset=utf-8' },
		...targets.map((target): ExportFile => ({
			name: `${slug}.${XLIFF_SOURCE}-${target}.xlf`,
			format: 'xliff',
			target,
			mediaType: 'application/xliff+xml; charset=utf-8'
		})),
		{ name: `${slug}.csv`, format: 'csv', mediaType: 'text/csv; charset=utf-8' }
	];
}
