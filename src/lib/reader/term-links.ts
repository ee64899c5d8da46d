import { withoutTermLinks } from '../content/segment-markup.ts';
import type { TermLinks } from './preferences.ts';

// A term link as segment-markup.ts builds it (and the sanitizer keeps it): links never nest, and
// the text inside holds at most <bdi> runs.
const TERM_LINK = /<a\s[^>]*\bdata-term="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g;

/**
 * One cell's markup with the term links the reader asked for: all of them, only the first link
 * to each term (the later ones become plain text), or none.
 */
export function limitTermLinks(markup: string, mode: TermLinks): string {
	if (mode === 'all') return markup;
	if (mode === 'off') return withoutTermLinks(markup);
	const seen = new Set<string>();
	return markup.replace(TERM_LINK, (link, term: string, inner: string) => {
		if (seen.has(term)) return inner;
		seen.add(term);
		return link;
	});
}
