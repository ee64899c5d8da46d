import { TERM_LINK, termOfLink } from './term-link';
import type { TermPopoverController } from './term-popover.svelte';

const COUNTERPART = 'term-counterpart';

/** Marks the same term in the other languages of the segment, or clears the marks. */
function markCounterparts(term: HTMLElement, on: boolean) {
	const row = term.closest('.segment-row');
	const id = termOfLink(term);
	if (!row || !id) return;
	for (const other of row.querySelectorAll<HTMLElement>(TERM_LINK)) {
		if (termOfLink(other) === id) other.classList.toggle(COUNTERPART, on && other !== term);
	}
}

const termOf = (target: EventTarget | null) =>
	target instanceof Element ? target.closest<HTMLElement>(TERM_LINK) : null;

/**
 * Wires every glossary term inside `root` to the popover and to its counterparts in the other
 * columns, by delegation (one set of listeners however many terms). Returns the clean-up.
 */
export function watchTerms(root: HTMLElement, popover: TermPopoverController): () => void {
	const onPointerOver = (event: PointerEvent) => {
		const term = termOf(event.target);
		if (!term || term.contains(event.relatedTarget as Node | null)) return;
		markCounterparts(term, true);
		if (event.pointerType === 'mouse') popover.hoverStart(term);
	};
	const onPointerOut = (event: PointerEvent) => {
		const term = termOf(event.target);
		if (!term || term.contains(event.relatedTarget as Node | null)) return;
		markCounterparts(term, false);
		if (event.pointerType === 'mouse') popover.hoverEnd();
	};
	const onFocusIn = (event: FocusEvent) => {
		const term = termOf(event.target);
		if (term) markCounterparts(term, true);
	};
	const onFocusOut = (event: FocusEvent) => {
		const term = termOf(event.target);
		if (term) markCounterparts(term, false);
	};
	// Terms are links to their glossary entries; with script they open the popover instead
	// (Enter and click alike), and Space opens it too, as it would a button.
	const onClick = (event: MouseEvent) => {
		const term = termOf(event.target);
		if (!term || event.ctrlKey || event.metaKey || event.shiftKey) return;
		event.preventDefault();
		popover.toggle(term);
	};
	const onKeyDown = (event: KeyboardEvent) => {
		const term = termOf(event.target);
		if (!term || event.key !== ' ') return;
		event.preventDefault();
		popover.toggle(term);
	};
	// A tap or click anywhere else closes a pinned popover.
	const onDocumentPointerDown = (event: PointerEvent) => {
		const target = event.target as Element | null;
		if (!popover.isOpen || termOf(target) || target?.closest('.term-popover')) return;
		popover.close();
	};
	const onDocumentKeyDown = (event: KeyboardEvent) => {
		if (event.key === 'Escape' && popover.isOpen) popover.close(true);
	};

	const listeners: [EventTarget, string, (event: never) => void][] = [
		[root, 'pointerover', onPointerOver],
		[root, 'pointerout', onPointerOut],
		[root, 'focusin', onFocusIn],
		[root, 'focusout', onFocusOut],
		[root, 'click', onClick],
		[root, 'keydown', onKeyDown],
		[document, 'pointerdown', onDocumentPointerDown],
		[document, 'keydown', onDocumentKeyDown]
	];
	for (const [target, type, listener] of listeners) {
		target.addEventListener(type, listener as EventListener);
	}
	return () => {
		for (const [target, type, listener] of listeners) {
			target.removeEventListener(type, listener as EventListener);
		}
	};
}
