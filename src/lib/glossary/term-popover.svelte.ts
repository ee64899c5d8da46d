import type { TermSummary } from '../content/glossary';
import { watchTerms } from './term-events';
import { TERM_LINK, termOfLink } from './term-link';

/** How long after the page the definitions are fetched unasked, when the browser is idle. */
const PREFETCH_DELAY_MS = 4000;

export interface TermPopoverOptions {
	/** Every term's names and definitions (lib/glossary/term-summaries.ts in the app). */
	load: () => Promise<Record<string, TermSummary>>;
	/** Follows a term's link when its definitions cannot be had. @defaultValue location.assign */
	follow?: (href: string) => void;
	/** ms of hovering before the popover opens. @defaultValue 150 (as Wikipedia's previews) */
	openDelay?: number;
	/** ms of grace after the pointer leaves. @defaultValue 300 */
	closeDelay?: number;
	/** ms after the page before the definitions are fetched unasked. @defaultValue 4000 */
	prefetchDelay?: number;
}

/**
 * The one term popover of a page: its terms' definitions, and its opening and closing by pointer,
 * keyboard and touch.
 * Definitions: fetched at the first term the reader reaches for, or some seconds after the page
 * when the browser is idle, never with the page itself (on a slow connection they would compete
 * with the text and its fonts). A term opened before they arrived asks again (an earlier fetch
 * may have failed); if they cannot be had, a term the reader clicked leads where its link goes.
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
	/** Every term's names and definitions, once they have arrived. */
	terms = $state<Record<string, TermSummary>>({});
	/** The id of the popover element, which every term controls. */
	readonly popoverId = 'term-popover';

	readonly openDelay: number;
	readonly closeDelay: number;
	readonly prefetchDelay: number;
	readonly #load: () => Promise<Record<string, TermSummary>>;
	readonly #follow: (href: string) => void;
	#openTimer: ReturnType<typeof setTimeout> | undefined;
	#closeTimer: ReturnType<typeof setTimeout> | undefined;

	constructor({
		load,
		follow = (href) => location.assign(href),
		openDelay = 150,
		closeDelay = 300,
		prefetchDelay = PREFETCH_DELAY_MS
	}: TermPopoverOptions) {
		this.#load = load;
		this.#follow = follow;
		this.openDelay = openDelay;
		this.closeDelay = closeDelay;
		this.prefetchDelay = prefetchDelay;
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

	/** Fetches the definitions, unless they are here; a failure is left to the next attempt. */
	fetchTerms(): Promise<void> {
		if (Object.keys(this.terms).length > 0) return Promise.resolve();
		return this.#load().then((terms) => {
			this.terms = terms;
		});
	}

	/**
	 * Attachment for the element holding the terms: wires them to this popover (lib/glossary/
	 * term-events.ts), marks each, now and as the text is re-rendered (languages or term links
	 * changed), as a closed trigger of it (only with script is a term more than a link to its
	 * glossary entry, so the markup built on the server does not say so), and fetches the
	 * definitions at the first pointer or focus inside, or when the browser is idle after
	 * `prefetchDelay`.
	 */
	attach = (root: HTMLElement) => {
		const mark = () => {
			for (const term of root.querySelectorAll(`${TERM_LINK}:not([aria-controls])`)) {
				term.setAttribute('aria-haspopup', 'dialog');
				term.setAttribute('aria-controls', this.popoverId);
				term.setAttribute('aria-expanded', String(term === this.anchor));
			}
		};
		mark();
		const observer = new MutationObserver(mark);
		observer.observe(root, { childList: true, subtree: true });
		const stopWatching = watchTerms(root, this);
		const prefetch = () => void this.fetchTerms().catch(() => undefined);
		const timer = setTimeout(
			() => ('requestIdleCallback' in window ? requestIdleCallback(prefetch) : prefetch()),
			this.prefetchDelay
		);
		root.addEventListener('pointerover', prefetch, { once: true });
		root.addEventListener('focusin', prefetch, { once: true });
		return () => {
			observer.disconnect();
			stopWatching();
			clearTimeout(timer);
			root.removeEventListener('pointerover', prefetch);
			root.removeEventListener('focusin', prefetch);
		};
	};

	#show(anchor: HTMLElement, pinned: boolean) {
		if (this.anchor !== anchor) this.anchor?.setAttribute('aria-expanded', 'false');
		anchor.setAttribute('aria-controls', this.popoverId);
		anchor.setAttribute('aria-expanded', 'true');
		this.anchor = anchor;
		this.termId = termOfLink(anchor);
		this.pinned = pinned;
		if (this.termId && !this.terms[this.termId]) {
			this.fetchTerms().catch(() => {
				if (this.pinned && this.anchor === anchor && anchor instanceof HTMLAnchorElement) {
					this.close();
					this.#follow(anchor.href);
				}
			});
		}
	}
}
