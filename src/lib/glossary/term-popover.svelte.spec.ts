// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TermSummary } from '../content/glossary';
import { TermPopoverController } from './term-popover.svelte';

const KCNA = { id: 'kcna' } as unknown as TermSummary;

function page() {
	document.body.innerHTML = `<article>
		<p class="segment-row" id="s:1"><a class="term" href="/en/glossary/kcna/">KCNA</a></p>
	</article>`;
	return {
		root: document.querySelector('article')!,
		term: document.querySelector<HTMLAnchorElement>('a.term')!
	};
}

describe('TermPopoverController', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('fetches the definitions when a term opens without them, once they are here no more', async () => {
		const load = vi.fn(() => Promise.resolve({ kcna: KCNA }));
		const popover = new TermPopoverController({ load });
		const { term } = page();
		popover.toggle(term);
		expect(popover.termId).toBe('kcna');
		await vi.waitFor(() => expect(popover.terms).toEqual({ kcna: KCNA }));
		popover.close();
		popover.toggle(term);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('follows the link of a term clicked when its definitions cannot be had', async () => {
		const follow = vi.fn();
		const popover = new TermPopoverController({
			load: () => Promise.reject(new Error('offline')),
			follow
		});
		const { term } = page();
		popover.toggle(term);
		await vi.waitFor(() => expect(follow).toHaveBeenCalledWith(term.href));
		expect(popover.isOpen).toBe(false);
	});

	it('does not leave the page for a term only hovered, and tries again at the next', async () => {
		const follow = vi.fn();
		const load = vi
			.fn<() => Promise<Record<string, TermSummary>>>()
			.mockRejectedValueOnce(new Error('offline'))
			.mockResolvedValue({ kcna: KCNA });
		const popover = new TermPopoverController({ load, follow, openDelay: 10 });
		const { term } = page();
		popover.hoverStart(term);
		await vi.advanceTimersByTimeAsync(10);
		expect(load).toHaveBeenCalledTimes(1);
		expect(follow).not.toHaveBeenCalled();
		popover.toggle(term);
		await vi.waitFor(() => expect(popover.terms).toEqual({ kcna: KCNA }));
		expect(load).toHaveBeenCalledTimes(2);
	});

	it('attached, marks the terms as its triggers and fetches at the first pointer inside', async () => {
		const load = vi.fn(() => Promise.resolve({ kcna: KCNA }));
		const popover = new TermPopoverController({ load, prefetchDelay: 60_000 });
		const { root, term } = page();
		expect(term.hasAttribute('aria-haspopup')).toBe(false);
		const detach = popover.attach(root);
		expect(term.getAttribute('aria-haspopup')).toBe('dialog');
		expect(term.getAttribute('aria-controls')).toBe(popover.popoverId);
		expect(term.getAttribute('aria-expanded')).toBe('false');
		root.dispatchEvent(new Event('pointerover', { bubbles: true }));
		root.dispatchEvent(new Event('pointerover', { bubbles: true }));
		expect(load).toHaveBeenCalledTimes(1);
		detach();
	});

	it('attached, fetches unasked after its delay, and not once detached', async () => {
		const load = vi.fn(() => Promise.resolve({ kcna: KCNA }));
		const popover = new TermPopoverController({ load, prefetchDelay: 4000 });
		const { root } = page();
		const detach = popover.attach(root);
		await vi.advanceTimersByTimeAsync(3999);
		expect(load).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
		detach();

		const later = vi.fn(() => Promise.resolve({}));
		const detached = new TermPopoverController({ load: later, prefetchDelay: 4000 });
		detached.attach(page().root)();
		await vi.advanceTimersByTimeAsync(5000);
		expect(later).not.toHaveBeenCalled();
	});
});
