// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { resultKeys } from './result-keys';

describe('resultKeys', () => {
	document.body.innerHTML = `<input id="box" />
		<ol id="list"><li><a class="result-link" href="#1">1</a></li><li><a class="result-link" href="#2">2</a></li></ol>
		<ol id="empty"></ol>`;
	const box = document.querySelector<HTMLInputElement>('#box')!;
	const press = (key: string, list = '#list') => {
		const event = new KeyboardEvent('keydown', { key, cancelable: true });
		resultKeys({
			list: () => document.querySelector<HTMLElement>(list) ?? undefined,
			box: () => box
		})(event);
		return event.defaultPrevented;
	};
	const focused = () => document.activeElement?.textContent ?? document.activeElement?.id;

	it('goes down from the box into the results and back up to the box', () => {
		box.focus();
		expect(press('ArrowDown')).toBe(true);
		expect(focused()).toBe('1');
		press('ArrowDown');
		expect(focused()).toBe('2');
		// At the last result, down is left to the browser (it scrolls the page).
		expect(press('ArrowDown')).toBe(false);
		expect(focused()).toBe('2');
		press('ArrowUp');
		press('ArrowUp');
		expect(document.activeElement).toBe(box);
	});

	it('leaves other keys, and arrows with no results, to the browser', () => {
		box.focus();
		expect(press('Enter')).toBe(false);
		expect(press('ArrowDown', '#empty')).toBe(false);
		expect(document.activeElement).toBe(box);
	});
});
