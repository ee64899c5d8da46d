/**
 * Opening and closing of the one term popover of a page, by pointer, keyboard and touch.
 * Pointer: opens after a short delay and stays while the pointer moves into it (WCAG 1.4.13);
 * click, Enter, Space and tap open it pinned, with focus inside, until Escape, a click outside,
 * focus moving out or another term; Escape returns focus to the term. Each term says whether the
 * popover is open for it (`aria-expanded`) and which element it opens (`aria-controls`).
 */
export class TermPopoverController {
	/** The term shown, or null when closed. */
	termId = $state<string | null>(null);
	/** The term element the popover points at. */
	anchor = $state<HTMLElement | null>(null);
	/** Opened on purpose (click, key, tap) rather than by hovering. */
	pinned = $state(false);
	/** The id of the popover element, which every term controls. */
	readonly popoverId = 'term-popover';

	readonly openDelay: number;
	readonly closeDelay: number;
	#openTimer: ReturnType<typeof setTimeout> | undefined;
	#closeTimer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * @param openDelay ms of hovering before the popover opens; @defaultValue 150 (as Wikipedia's previews)
	 * @param closeDelay ms of grace after the pointer leaves; @defaultValue 300
	 */
	constructor(openDelay = 150, closeDelay = 300) {
		this.openDelay = openDelay;
		this.closeDelay = closeDelay;
	}

	get isOpen(): boolean {
		return this.termId !== null;
	}

	hoverStart(anchor: HTMLElement) {
		clearTimeout(this.#closeTimer);
		if (this.pinned) return;
		clearTimeout(this.#openTimer);
		this.#openTimer = setTimeout(() => this.#show(anchor, false), this.openDelay);
	}

	hoverEnd() {
		clearTimeout(this.#openTimer);
		if (this.pinned || !this.isOpen) return;
		this.#closeTimer = setTimeout(() => this.close(), this.closeDelay);
	}

	/** The pointer entered the popover itself: keep it. */
	hold() {
		clearTimeout(this.#closeTimer);
	}

	/** Click, Enter, Space or tap on a term. */
	toggle(anchor: HTMLElement) {
		clearTimeout(this.#openTimer);
		clearTimeout(this.#closeTimer);
		if (this.pinned && this.anchor === anchor) this.close();
		else this.#show(anchor, true);
	}

	/** Closes; with `returnFocus`, focus goes back to the term that opened it. */
	close(returnFocus = false) {
		clearTimeout(this.#openTimer);
		clearTimeout(this.#closeTimer);
		const anchor = this.anchor;
		anchor?.setAttribute('aria-expanded', 'false');
		this.termId = null;
		this.pinned = false;
		this.anchor = null;
		if (returnFocus) anchor?.focus();
	}

	/**
	 * Attachment for the element holding the terms: marks each term, now and as the text is
	 * re-rendered (languages or term links changed), as a closed trigger of the popover. Only with
	 * script is a term more than a link to its glossary entry, so the markup built on the server
	 * does not say so.
	 */
	triggers = (root: HTMLElement) => {
		const mark = () => {
			for (const term of root.querySelectorAll('.term[data-term]:not([aria-controls])')) {
				term.setAttribute('aria-controls', this.popoverId);
				term.setAttribute('aria-expanded', String(term === this.anchor));
			}
		};
		mark();
		const observer = new MutationObserver(mark);
		observer.observe(root, { childList: true, subtree: true });
		return () => observer.disconnect();
	};

	#show(anchor: HTMLElement, pinned: boolean) {
		if (this.anchor !== anchor) this.anchor?.setAttribute('aria-expanded', 'false');
		anchor.setAttribute('aria-controls', this.popoverId);
		anchor.setAttribute('aria-expanded', 'true');
		this.anchor = anchor;
		this.termId = anchor.dataset.term ?? null;
		this.pinned = pinned;
	}
}
