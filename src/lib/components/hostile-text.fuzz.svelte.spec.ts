import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { segmentMarkup } from '$lib/content/segment-markup';
import { sanitizeSegmentMarkup } from '$lib/server/sanitize';
import { FUZZ, FUZZ_TIMEOUT, hostileText } from '$lib/testing/fuzz';
import HighlightedText from './HighlightedText.svelte';
import SegmentText from './SegmentText.svelte';

// Component level, not in the shipped content: content:check refuses bidi controls, so no real
// article can carry them to the pages, and putting hostile text into an article would publish it.
const HOSTILE = [
	'<img src=x onerror=alert(1)>',
	'<a href="javascript:alert(1)">click</a>',
	'javascript:alert(1)',
	'<script>alert(1)</script>',
	// Built from code points: Svelte warns of a bidi control written in a string literal.
	`${String.fromCodePoint(0x202e)}evil${String.fromCodePoint(0x202c)}`,
	`${String.fromCodePoint(0x2067)}isolated${String.fromCodePoint(0x2069)}`,
	'&lt;b&gt; & <b>bold</b>'
];
const TEXT = `Kursk ${HOSTILE.join(' Курск ')} کورسک`;

const { document } = new JSDOM('').window;

/** The HTML as a browser would parse it: its elements and its text. */
function parse(html: string) {
	const template = document.createElement('template');
	template.innerHTML = html.replace(/<!--.*?-->/g, '');
	const elements = [...template.content.querySelectorAll('*')];
	return {
		tags: [...new Set(elements.map((e) => e.tagName.toLowerCase()))].sort(),
		attributes: elements.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`)),
		text: template.content.textContent
	};
}

// The HTML parser turns NUL into U+FFFD and CR LF into LF: text the page could not show as it is,
// and that content:check refuses. Everything else must come back character for character.
const displayable = (text: string) => !text.includes('\u0000') && !text.includes('\r');

const paths = {
	'the reader (segment markup, sanitized)': (text: string, dir: 'ltr' | 'rtl') =>
		sanitizeSegmentMarkup(
			segmentMarkup(
				text,
				text.length > 5 ? [{ term: 'kursk-oblast', start: 0, end: 5 }] : [],
				dir,
				(term) => `/en/glossary/${term}`
			)
		),
	'the term page (SegmentText)': (text: string, dir: 'ltr' | 'rtl') =>
		render(SegmentText, {
			props: {
				text,
				dir,
				terms: text.length > 5 ? [{ term: 'kursk-oblast', start: 0, end: 5 }] : [],
				highlight: 'kursk-oblast'
			}
		}).body,
	'a search result (HighlightedText)': (text: string, dir: 'ltr' | 'rtl') =>
		render(HighlightedText, {
			props: { text, dir, ranges: text.length > 5 ? [[0, 5]] : [] }
		}).body
};
const ALLOWED_TAGS = ['a', 'bdi', 'mark'];

describe.each(Object.entries(paths))('hostile text through %s', (_path, show) => {
	it.each(['ltr', 'rtl'] as const)('is shown as text, nothing more (%s)', (dir) => {
		const { tags, attributes, text } = parse(show(TEXT, dir));
		expect(tags.filter((t) => !ALLOWED_TAGS.includes(t))).toEqual([]);
		expect(attributes.filter((a) => /javascript:|^on|^src=/i.test(a))).toEqual([]);
		// Every character, bidi controls included, is text in its place: none became markup.
		expect(text).toBe(TEXT);
	});

	it(
		'shows any text exactly and adds only its own elements',
		() => {
			fc.assert(
				fc.property(hostileText(), fc.constantFrom('ltr' as const, 'rtl' as const), (raw, dir) => {
					const { tags, attributes, text } = parse(show(raw, dir));
					expect(tags.filter((t) => !ALLOWED_TAGS.includes(t))).toEqual([]);
					expect(attributes.filter((a) => /javascript:|^on|^src=/i.test(a))).toEqual([]);
					if (displayable(raw)) expect(text).toBe(raw);
				}),
				{ ...FUZZ, numRuns: Math.ceil((FUZZ.numRuns ?? 1000) / 2) }
			);
		},
		FUZZ_TIMEOUT
	);
});
