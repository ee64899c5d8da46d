// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { copyPassageLink, foldOnTap } from './passage-actions';
import { readerShortcuts } from './keyboard';

function passages() {
	document.body.innerHTML = `<main>
		<div class="segment-row" id="a:1" tabindex="-1"><p>One <a class="term" href="/t/">term</a></p><button>copy</button></div>
		<div class="segment-row" id="a:2" tabindex="-1"><p>Two</p></div>
		<input id="field" />
	</main>`;
	Element.prototype.scrollIntoView = () => undefined;
	return document.querySelector('main')!;
}
const click = (element: Element) =>
	element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
const pointerDown = (element: Element) =>
	element.dispatchEvent(new Event('pointerdown', { bubbles: true }));

describe('foldOnTap', () => {
	const setup = (options: { isPhone?: boolean; popoverOpen?: boolean } = {}) => {
		const toggle = vi.fn();
		const root = passages();
		const detach = foldOnTap({
			isPhone: () => options.isPhone ?? true,
			popoverOpen: () => options.popoverOpen ?? false,
			toggle
		})(root);
		return { root, toggle, detach };
	};

	it('folds the passage tapped on a phone', () => {
		const { root, toggle } = setup();
		const text = root.querySelector('[id="a:2"] p')!;
		pointerDown(text);
		click(text);
		expect(toggle).toHaveBeenCalledWith('a:2');
	});

	it('leaves links and buttons to themselves, and wide screens alone', () => {
		const { root, toggle } = setup();
		for (const control of root.querySelectorAll('a, button')) {
			pointerDown(control);
			click(control);
		}
		expect(toggle).not.toHaveBeenCalled();
		const wide = setup({ isPhone: false });
		click(wide.root.querySelector('[id="a:2"] p')!);
		expect(wide.toggle).not.toHaveBeenCalled();
	});

	it('does only close a popover open when the tap began', () => {
		const { root, toggle } = setup({ popoverOpen: true });
		const text = root.querySelector('[id="a:2"] p')!;
		pointerDown(text);
		click(text);
		expect(toggle).not.toHaveBeenCalled();
	});

	it('stops listening once detached', () => {
		const { root, toggle, detach } = setup();
		detach?.();
		click(root.querySelector('[id="a:2"] p')!);
		expect(toggle).not.toHaveBeenCalled();
	});
});

describe('copyPassageLink', () => {
	it('copies the page address with the passage as its fragment and makes it the page address', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		const page = new URL('/en/articles/a/?langs=en', location.href);
		const href = await copyPassageLink('a:2', page, { writeText });
		expect(href).toBe(`${location.origin}/en/articles/a/?langs=en#a:2`);
		expect(writeText).toHaveBeenCalledWith(href);
		expect(location.href).toBe(href);
	});

	it('still changes the address when the clipboard is refused or absent', async () => {
		const page = new URL('/en/articles/a/', location.href);
		await copyPassageLink('a:1', page, { writeText: () => Promise.reject(new Error('denied')) });
		expect(location.hash).toBe('#a:1');
		await copyPassageLink('a:2', page, undefined);
		expect(location.hash).toBe('#a:2');
	});
});

describe('readerShortcuts', () => {
	const press = (target: EventTarget, init: KeyboardEventInit) => {
		const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
		target.dispatchEvent(event);
		return event;
	};
	const setup = (enabled = true) => {
		const root = passages();
		const showList = vi.fn();
		const handler = readerShortcuts({
			segmentIds: ['a:1', 'a:2'],
			enabled: () => enabled,
			showList
		});
		document.addEventListener('keydown', handler);
		return { root, showList, detach: () => document.removeEventListener('keydown', handler) };
	};

	it('j and k move between passages by the key, whatever the layout; ? and ؟ show the list', () => {
		const { showList, detach } = setup();
		expect(press(document.body, { key: 'ت', code: 'KeyJ' }).defaultPrevented).toBe(true);
		expect(document.activeElement?.id).toBe('a:1');
		press(document.body, { key: 'j', code: 'KeyJ' });
		expect(document.activeElement?.id).toBe('a:2');
		press(document.body, { key: 'j', code: 'KeyJ' });
		expect(document.activeElement?.id).toBe('a:2');
		press(document.body, { key: 'k', code: 'KeyK' });
		expect(document.activeElement?.id).toBe('a:1');
		press(document.body, { key: '?' });
		press(document.body, { key: '؟' });
		expect(showList).toHaveBeenCalledTimes(2);
		detach();
	});

	it('does nothing while typing, with a modifier, or when the reader turned them off', () => {
		const { root, showList, detach } = setup();
		const field = root.querySelector('#field')!;
		expect(press(field, { key: '?' }).defaultPrevented).toBe(false);
		expect(press(document.body, { key: 'j', code: 'KeyJ', ctrlKey: true }).defaultPrevented).toBe(
			false
		);
		detach();
		const off = setup(false);
		expect(press(document.body, { key: '?' }).defaultPrevented).toBe(false);
		expect(showList).not.toHaveBeenCalled();
		expect(off.showList).not.toHaveBeenCalled();
		off.detach();
	});
});
