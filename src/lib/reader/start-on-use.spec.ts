// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY as PREFERENCES, VIEW_KEY as VIEW } from './preferences';
import { UI_LANGUAGE_KEY as UI_LANGUAGE } from '../i18n/negotiate';
import {
	asksForOtherView,
	heldBy,
	PREFERENCES_KEY,
	UI_LANGUAGE_KEY,
	VIEW_KEY
} from './start-on-use.js';

describe('asksForOtherView', () => {
	const storage = (items: Record<string, string>) => ({
		getItem: (key: string) => items[key] ?? null
	});

	it('uses the same storage keys as the app', () => {
		expect(PREFERENCES_KEY).toBe(PREFERENCES);
		expect(VIEW_KEY).toBe(VIEW);
		expect(UI_LANGUAGE_KEY).toBe(UI_LANGUAGE);
	});

	it.each([
		['a query in the address', '?langs=en', {}, true],
		['a remembered view', '', { [VIEW]: 'langs=ru,en&view=columns' }, true],
		['fewer term links', '', { [PREFERENCES]: '{"termLinks":"first"}' }, true],
		[
			'term links off, as an earlier version stored it',
			'',
			{ [PREFERENCES]: '{"showTerms":false}' },
			true
		],
		[
			'only a theme and a font size (applied before paint)',
			'',
			{ [PREFERENCES]: '{"theme":"dark","fontScale":1.25}' },
			false
		],
		['every term link, as by default', '', { [PREFERENCES]: '{"termLinks":"all"}' }, false],
		['malformed preferences', '', { [PREFERENCES]: '{' }, false],
		['nothing', '', {}, false]
	] as const)('%s → %s', (_, search, items, expected) => {
		expect(asksForOtherView(search, storage(items))).toBe(expected);
	});

	it('with storage disabled, only the address counts', () => {
		expect(asksForOtherView('', null)).toBe(false);
		expect(asksForOtherView('?view=lines', null)).toBe(true);
	});
});

describe('heldBy', () => {
	document.body.innerHTML = `
		<div class="segment-row" id="s"><p><a class="term" href="/en/glossary/kcna/">KCNA</a> text</p></div>
		<a id="plain" href="/en/glossary/">Glossary</a>
		<details><summary id="summary">Settings</summary>
			<label id="label"><input id="box" type="checkbox" /> Russian</label>
			<button id="button"><svg><path id="icon" /></svg></button>
		</details>
		<input id="search" type="search" />`;
	const element = (id: string) => document.getElementById(id)!;
	const click = (target: Element, init: MouseEventInit = {}) => {
		let held: HTMLElement | null = null;
		target.addEventListener(
			'click',
			(event) => {
				held = heldBy(event);
				// jsdom cannot follow a link.
				event.preventDefault();
			},
			{ once: true }
		);
		target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
		return held;
	};
	const key = (target: Element, init: KeyboardEventInit) => {
		let held: HTMLElement | null = null;
		target.addEventListener('keydown', (event) => (held = heldBy(event)), { once: true });
		target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
		return held;
	};
	const term = () => document.querySelector('a.term')!;

	it('holds a click on a term, a control or a passage, on the element to replay it on', () => {
		expect(click(term())).toBe(term());
		expect(click(element('box'))).toBe(element('box'));
		expect(click(element('icon'))).toBe(element('button'));
		expect(click(document.querySelector('#s p')!)).toBe(element('s'));
	});

	it('lets the browser follow a plain link, open a <summary> and open a term in a new tab', () => {
		expect(click(element('plain'))).toBeNull();
		expect(click(element('summary'))).toBeNull();
		expect(click(term(), { ctrlKey: true })).toBeNull();
		expect(click(term(), { shiftKey: true })).toBeNull();
	});

	it('holds the shortcuts anywhere and the term keys on a term, never while typing', () => {
		expect(key(document.body, { key: '?' })).toBe(document.body);
		expect(key(document.body, { key: '؟' })).toBe(document.body);
		expect(key(document.body, { key: 'ت', code: 'KeyJ' })).toBe(document.body);
		expect(key(term(), { key: ' ' })).toBe(term());
		expect(key(term(), { key: 'ArrowRight' })).toBe(term());
		expect(key(document.body, { key: 'ArrowDown' })).toBeNull();
		expect(key(document.body, { key: 'Tab' })).toBeNull();
		expect(key(element('search'), { key: '/' })).toBeNull();
		expect(key(document.body, { key: 'k', code: 'KeyK', ctrlKey: true })).toBeNull();
	});
});
