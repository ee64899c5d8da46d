import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { TermSummary } from '$lib/content/glossary';
import { TermPopoverController } from '$lib/glossary/term-popover.svelte';
import { loadTranslator } from '$lib/i18n';
import { LANGUAGE_CODES } from '$lib/languages';
import TermPopover from './TermPopover.svelte';

// The term popover with hostile names and definitions: the glossary may hold a tag as text (the
// browser test, e2e-hostile/, shows it in the built site), and content:check refuses bidi
// controls there, so these are here to show that even a slip past the check stays in its place.
const RLO = String.fromCodePoint(0x202e);
const PDF = String.fromCodePoint(0x202c);
const TAGS =
	'<img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> <script>alert(1)</script>';

const term: TermSummary = {
	id: 'kabul',
	type: 'place',
	labels: { en: `Kabul ${TAGS}`, 'fa-AF': `کابل ${RLO}evil${PDF}`, ru: `Кабул ${TAGS}` },
	otherNames: {
		en: [{ name: `${RLO}<b>Kabol</b>`, status: 'deprecated' }],
		'fa-AF': [],
		ru: [{ name: `${TAGS}${RLO}`, status: 'admitted' }]
	},
	definitions: {
		en: `Capital of Afghanistan. ${TAGS}`,
		'fa-AF': `پایتخت افغانستان. ${RLO}${TAGS}`,
		ru: `Столица Афганистана. &lt;b&gt; ${TAGS}`
	},
	passages: 2
};

const { document } = new JSDOM('').window;

function parse(html: string) {
	const template = document.createElement('template');
	template.innerHTML = html.replace(/<!--.*?-->/g, '');
	return template.content;
}

describe.each(LANGUAGE_CODES)('the term popover in the %s interface', (lang) => {
	it('shows hostile names and definitions as text, each bidi control inside an isolate', async () => {
		const controller = new TermPopoverController({ load: () => Promise.resolve({}) });
		controller.termId = term.id;
		controller.terms = { kabul: term };
		const t = await loadTranslator(lang);
		const popover = parse(render(TermPopover, { props: { controller, lang, t } }).body);
		const elements = [...popover.querySelectorAll('*')];
		const tags = new Set(elements.map((e) => e.tagName.toLowerCase()));
		expect([...tags].filter((tag) => ['img', 'script', 'b'].includes(tag))).toEqual([]);
		expect(
			elements.flatMap((e) =>
				[...e.attributes]
					// A label in aria-label is text; only an address would be followed.
					.filter(
						(a) =>
							a.name.startsWith('on') ||
							(['href', 'src', 'action', 'formaction'].includes(a.name) &&
								/javascript:/i.test(a.value))
					)
					.map((a) => `${e.tagName} ${a.name}=${a.value}`)
			)
		).toEqual([]);
		// The one link is the entry's own page.
		expect(elements.filter((e) => e.tagName === 'A').map((e) => e.getAttribute('href'))).toEqual([
			`/${lang}/glossary/kabul/`
		]);

		const text = popover.textContent ?? '';
		for (const language of LANGUAGE_CODES) {
			expect(text).toContain(term.labels[language]);
			expect(text).toContain(term.definitions[language]);
			for (const { name } of term.otherNames[language]) expect(text).toContain(name);
		}

		// An override reorders up to the end of the element that isolates it (a <bdi>, an element
		// with its own dir, or a paragraph) inside the popover: never the names and labels around it.
		const root = popover.querySelector('.term-popover');
		const walker = document.createTreeWalker(popover, 4 /* NodeFilter.SHOW_TEXT */);
		let overrides = 0;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.textContent?.includes(RLO)) continue;
			overrides++;
			const isolate = node.parentElement?.closest('bdi, [dir], p');
			expect(isolate && isolate !== root, node.textContent).toBe(true);
		}
		expect(overrides).toBe(4);
	});
});
