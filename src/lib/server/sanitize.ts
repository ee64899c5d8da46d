import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { SegmentMarkup } from '../content/segment-markup.ts';

const purify = createDOMPurify(new JSDOM('').window);

/**
 * Keeps only what segment markup may hold: term links to their glossary entries and isolated
 * left-to-right runs. Everything the reader renders with {@html} passes through here first, at
 * build time, so a slip in content or in the markup builder cannot reach a page as live HTML.
 */
export function sanitizeSegmentMarkup(html: string): string {
	return purify.sanitize(html, {
		ALLOWED_TAGS: ['a', 'bdi'],
		ALLOWED_ATTR: ['href', 'class', 'dir'],
		ALLOW_DATA_ATTR: false,
		ALLOW_ARIA_ATTR: false,
		// Only links within the site: a glossary entry is a path, never another scheme or host.
		// DOMPurify holds every other attribute's value to the same test unless it is marked safe.
		ALLOWED_URI_REGEXP: /^\/(?!\/)/,
		ADD_URI_SAFE_ATTR: ['dir']
	});
}

/** Every cell of an article's markup, sanitized. */
export function sanitizeArticleMarkup(markup: SegmentMarkup): SegmentMarkup {
	return Object.fromEntries(
		Object.entries(markup).map(([id, cells]) => [
			id,
			Object.fromEntries(
				Object.entries(cells).map(([language, html]) => [language, sanitizeSegmentMarkup(html)])
			)
		])
	);
}
