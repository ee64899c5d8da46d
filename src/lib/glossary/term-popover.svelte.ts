/**
 * Opening and closing of the one term popover of a page, by pointer, keyboard and touch.
 * Pointer: opens after a short delay and stays while the pointer moves into it (WCAG 1.4.13);
 * click, Enter, Space and tap open it pinned, with focus inside, until Escape, a click outside or
 * another term; Escape returns focus to the term.
 */
export class TermPopoverController {
	/** The term shown, or null when closed. */
	termId = $state<string | null>(null);
	/** The term element the popover points at. */
	anchor = $state<HTMLElement | null>(null);
	/** Opened on purpose (click, key, tap) rather than by hovering. */
	pinned = $state(false);

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
		this.termId = null;
		this.pinned = false;
		this.anchor = null;
		if (returnFocus) anchor?.focus();
	}

	#show(anchor: HTMLElement, pinned: boolean) {
		this.anchor = anchor;
		this.termId = anchor.dataset.term ?? null;
		this.pinned = pinned;
	}
}
