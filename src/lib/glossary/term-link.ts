/**
 * A glossary term in segment markup is a plain link to its entry,
 * `<a href="/<lang>/glossary/<term-id>/" class="term">`: its address names the term, so the markup
 * carries no second copy of the ID (issue 11: a page carries its text, not its bookkeeping), and
 * the popover's ARIA is added by the app, which is what makes a term more than a link.
 */
export const TERM_LINK = 'a.term';

const TERM_ADDRESS = /\/glossary\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/** The term a term link leads to, from its address (`href`), or null for any other address. */
export function termIdOf(href: string | null | undefined): string | null {
	return TERM_ADDRESS.exec(href ?? '')?.[1] ?? null;
}

/** The term of a term link element, or null. */
export const termOfLink = (link: Element): string | null => termIdOf(link.getAttribute('href'));

/**
 * Every term link in a piece of markup as segment-markup.ts builds it (links never nest, and the
 * text inside holds at most <bdi> runs): group 1 the address, group 2 the link text.
 */
export const TERM_LINK_MARKUP = /<a\s[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g;
