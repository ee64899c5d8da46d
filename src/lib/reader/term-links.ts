import { withoutTermLinks } from '../content/segment-markup.ts';
import { TERM_LINK_MARKUP, termIdOf } from '../glossary/term-link.ts';
import type { TermLinks } from './preferences.ts';

/**
 * One cell's markup with the term links the reader asked for: all of them, only the first link
 * to each term (the later ones become plain text), or none.
 */
export function limitTermLinks(markup: string, mode: TermLinks): string {
	if (mode === 'all') return markup;
	if (mode === 'off') return withoutTermLinks(markup);
	const seen = new Set<string>();
	return markup.replace(TERM_LINK_MARKUP, (link, href: string, inner: string) => {
		const term = termIdOf(href) ?? href;
		if (seen.has(term)) return inner;
		seen.add(term);
		return link;
	});
}
