// Starts the app of a page that is read before it is used (an article, the library's list) when
// the reader first reaches for it (issue 11). The page arrives as HTML alone
// (src/lib/server/deferred-start.ts): reading needs no script, and a reader who only reads
// downloads the text, not the app. The app starts at the first touch, key, wheel or pointer
// movement, or at once when the address or this device asks for a view other than the one the
// server wrote. A click or key that needs the app meanwhile waits, and is replayed once it is ready.
// What it takes to start it is in src/lib/reader/start-app.js, loaded then.
//
// Plain JavaScript, loaded as it is by a <script type="module"> the transform adds: it runs before
// any of the app's own code exists. Its types are checked (JSDoc, tsconfig's checkJs).

/** @typedef {import('../server/deferred-start').DeferredStart} DeferredStart */

/** The id of the JSON block the transform writes (DEFERRED_START_ID there). */
const BLOCK_ID = 'deferred-start';
/** Storage keys of src/lib/reader/preferences.ts (PREFERENCES_KEY, VIEW_KEY): the spec compares. */
export const PREFERENCES_KEY = 'parallel-reader:preferences';
export const VIEW_KEY = 'parallel-reader:view';
/** …and of src/lib/i18n/negotiate.ts (UI_LANGUAGE_KEY): the interface language last read in. */
export const UI_LANGUAGE_KEY = 'parallel-reader:ui-language';

const TRIGGERS = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'];
// Controls that do nothing without the app. Plain links and <summary> work as they are.
const HELD_CLICKS =
	'a.term, button, label, input[type="checkbox"], input[type="radio"], .segment-row';
// Keys the app answers anywhere (the shortcuts, by key or by physical key)…
const SHORTCUT_KEYS = ['?', '؟', '/', 'KeyJ', 'KeyK'];
// …and on a glossary term (its popover, the arrows between terms).
const TERM_KEYS = [' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * Whether the address or this device asks for a view the server did not write (other languages,
 * their order, the line view, fewer term links): then the app starts at once to show it.
 * @param {string} search the address's query
 * @param {Pick<Storage, 'getItem'> | null} storage
 */
export function asksForOtherView(search, storage) {
	if (search !== '') return true;
	try {
		if (storage?.getItem(VIEW_KEY) != null) return true;
		/** @type {{ termLinks?: unknown, showTerms?: unknown }} */
		const saved = JSON.parse(storage?.getItem(PREFERENCES_KEY) ?? '{}');
		return (
			(saved.termLinks !== undefined && saved.termLinks !== 'all') || saved.showTerms === false
		);
	} catch {
		return false;
	}
}

/**
 * What a click or key before the app is ready should wait for: the element to replay it on, or
 * null when the browser's own handling is what the reader wants.
 * @param {Event} event
 * @returns {HTMLElement | null}
 */
export function heldBy(event) {
	const target = event.target instanceof Element ? event.target : null;
	if (!target) return null;
	if (event instanceof MouseEvent) {
		if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return null;
		const link = target.closest('a[href]');
		if (link && !link.classList.contains('term')) return null;
		return target.closest(HELD_CLICKS);
	}
	if (!(event instanceof KeyboardEvent) || event.ctrlKey || event.metaKey || event.altKey) {
		return null;
	}
	if (target.closest('input, textarea, select, [contenteditable]')) return null;
	const key = event.code === 'KeyJ' || event.code === 'KeyK' ? event.code : event.key;
	const onTerm = target.closest('.term') !== null && TERM_KEYS.includes(key);
	return onTerm || SHORTCUT_KEYS.includes(key) ? /** @type {HTMLElement} */ (target) : null;
}

/** Wires the page whose JSON block is `block`. */
function startOnUse(/** @type {HTMLElement} */ block) {
	/** @type {DeferredStart} */
	const boot = JSON.parse(block.textContent ?? '');
	const root = document.documentElement;
	/** @type {{ event: Event, element: HTMLElement }[]} */
	const held = [];
	let started = false;

	/** @param {Event} event */
	const hold = (event) => {
		const element = heldBy(event);
		if (!element) return;
		event.preventDefault();
		held.push({ event, element });
		start();
	};

	const stopHolding = () => {
		delete root.dataset.starting;
		removeEventListener('click', hold, true);
		removeEventListener('keydown', hold, true);
	};

	// Without the app the page stays plain HTML: a term clicked meanwhile leads to its entry.
	/** @param {unknown} error */
	const giveUp = (error) => {
		stopHolding();
		console.error(error);
		const link = held[0]?.element.closest('a[href]');
		if (link instanceof HTMLAnchorElement) location.assign(link.href);
	};

	const start = () => {
		if (started) return;
		started = true;
		for (const type of TRIGGERS) removeEventListener(type, start, true);
		root.dataset.starting = '';
		// The app's two entry modules, side by side with the module that starts it.
		for (const href of [boot.start, boot.app]) {
			const link = document.createElement('link');
			link.rel = 'modulepreload';
			link.href = href;
			document.head.append(link);
		}
		import(/* @vite-ignore */ boot.startApp)
			.then((/** @type {typeof import('./start-app.js')} */ module) =>
				module.startApp(boot, /** @type {HTMLElement} */ (block.parentElement), held, stopHolding)
			)
			.catch(giveUp);
	};

	if (boot.serviceWorker && 'serviceWorker' in navigator) {
		const serviceWorker = boot.serviceWorker;
		addEventListener('load', () => void navigator.serviceWorker.register(serviceWorker));
	}
	addEventListener('click', hold, true);
	addEventListener('keydown', hold, true);
	let storage = null;
	try {
		storage = localStorage;
		// The root address opens the interface language last read in, app or no app.
		storage.setItem(UI_LANGUAGE_KEY, root.lang);
	} catch {
		// Storage may be disabled: only the address can ask for another view.
	}
	if (asksForOtherView(location.search, storage)) start();
	else for (const type of TRIGGERS) addEventListener(type, start, { capture: true, passive: true });
}

const block = typeof document === 'undefined' ? null : document.getElementById(BLOCK_ID);
if (block) startOnUse(block);
