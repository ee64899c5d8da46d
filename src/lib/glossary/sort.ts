import type { LanguageCode } from '../languages';
import { searchKey } from '../text/normalize';
import type { TermSummary } from '../content/glossary';

/** Terms in the dictionary order of the UI language (Dari: پ after ب, گ after ک). */
export function sortTerms(terms: readonly TermSummary[], lang: LanguageCode): TermSummary[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	return [...terms].sort((a, b) => collator.compare(a.labels[lang], b.labels[lang]));
}

/**
 * Terms whose type matches (or any, with null) and whose name in any language, or abbreviation,
 * contains the typed text, folded as search folds it (Arabic ي/ك, ZWNJ, ё, case, accents).
 */
export function filterTerms(
	terms: readonly TermSummary[],
	query: string,
	type: string | null
): TermSummary[] {
	const key = searchKey(query);
	return terms.filter((term) => {
		if (type && term.type !== type) return false;
		if (!key) return true;
		const names = [
			...Object.values(term.labels),
			...Object.values(term.otherNames).flatMap((names) => names.map((n) => n.name))
		];
		return names.some((name) => searchKey(name).includes(key));
	});
}
