import { TERM_LINK } from '../glossary/term-link.ts';

const ROW = '.segment-row';

/** Where an arrow key goes among the terms of a passage, in a cell written in `dir`. */
export function termStep(key: string, dir: 'ltr' | 'rtl'): -1 | 0 | 1 {
	if (key === 'ArrowDown') return 1;
	if (key === 'ArrowUp') return -1;
	if (key === 'ArrowRight') return dir === 'rtl' ? -1 : 1;
	if (key === 'ArrowLeft') return dir === 'rtl' ? 1 : -1;
	return 0;
}

/**
 * Attachment for the reader: one Tab stop per passage for its glossary terms instead of one per
 * term (an article has hundreds). Tab reaches a passage's first term (or the one last visited);
 * the arrow keys move between the terms of that passage, in reading order (← and → follow the
 * direction of the text), Home and End to its first and last. Terms re-rendered (languages or
 * term links changed) are set up again.
 */
export function termNavigation(root: HTMLElement): () => void {
	const setUp = () => {
		for (const row of root.querySelectorAll<HTMLElement>(ROW)) {
			const terms = [...row.querySelectorAll<HTMLElement>(TERM_LINK)];
			const current = terms.find((term) => term.tabIndex === 0 && term.hasAttribute('tabindex'));
			terms.forEach((term, index) => {
				const stop = current ? term === current : index === 0;
				const value = stop ? '0' : '-1';
				if (term.getAttribute('tabindex') !== value) term.setAttribute('tabindex', value);
			});
		}
	};
	const onKeyDown = (event: KeyboardEvent) => {
		if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		const term =
			event.target instanceof Element ? event.target.closest<HTMLElement>(TERM_LINK) : null;
		const row = term?.closest(ROW);
		if (!term || !row) return;
		const terms = [...row.querySelectorAll<HTMLElement>(TERM_LINK)];
		const index = terms.indexOf(term);
		const dir = term.closest('[dir]')?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
		const step = termStep(event.key, dir);
		const target =
			event.key === 'Home'
				? terms[0]
				: event.key === 'End'
					? terms.at(-1)
					: step
						? terms[Math.min(terms.length - 1, Math.max(0, index + step))]
						: undefined;
		if (!target) return;
		event.preventDefault();
		term.setAttribute('tabindex', '-1');
		target.setAttribute('tabindex', '0');
		target.focus();
	};
	setUp();
	// Only new rows or cells matter; the tabindex changes made here are attributes, not children.
	const observer = new MutationObserver(setUp);
	observer.observe(root, { childList: true, subtree: true });
	root.addEventListener('keydown', onKeyDown);
	return () => {
		observer.disconnect();
		root.removeEventListener('keydown', onKeyDown);
	};
}
