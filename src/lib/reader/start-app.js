// Starts the app of a page read before it is used. src/lib/reader/start-on-use.js, which every such
// page loads, holds what the reader does until the app is ready and loads this module when the
// reader first reaches for the page: what follows is then not in every page's weight before any
// interaction (issue 11).
//
// Plain JavaScript, loaded as it is: its types are checked (JSDoc, tsconfig's checkJs).

/** @typedef {import('../server/deferred-start').DeferredStart} DeferredStart */
/** @typedef {{ event: Event, element: HTMLElement }} HeldEvent */

/**
 * Revives a node of a `__data.json` (devalue's flattened form: an array of values whose objects
 * and arrays refer to other values by index). An article page sends plain values and the types of
 * src/hooks.ts, whose decoders the app exports; anything else is refused by name.
 * @param {unknown[]} values
 * @param {Record<string, (value: unknown) => unknown>} decoders
 * @param {string} file the data's address, for the error
 * @returns {unknown}
 */
export function revive(values, decoders, file) {
	/** @type {unknown[]} */
	const revived = [];
	/** @param {number} index @returns {unknown} */
	const value = (index) => {
		if (index === -1) return undefined;
		if (!Number.isInteger(index) || index < 0 || index >= values.length) {
			throw new Error(`${file}: a value this page cannot revive (${index})`);
		}
		if (index in revived) return revived[index];
		const raw = values[index];
		if (raw === null || typeof raw !== 'object') return (revived[index] = raw);
		if (Array.isArray(raw)) {
			if (typeof raw[0] === 'string') {
				const decode = Object.hasOwn(decoders, raw[0]) ? decoders[raw[0]] : undefined;
				if (!decode) throw new Error(`${file}: no decoder for a ${raw[0]}`);
				return (revived[index] = decode(value(raw[1])));
			}
			/** @type {unknown[]} */
			const list = (revived[index] = []);
			raw.forEach((item, i) => (list[i] = value(item)));
			return list;
		}
		/** @type {Record<string, unknown>} */
		const object = (revived[index] = {});
		for (const [key, item] of Object.entries(raw)) object[key] = value(item);
		return object;
	};
	return value(0);
}

/**
 * Replays, once the app is ready, the clicks and keys that waited for it.
 * @param {HeldEvent[]} held
 */
function replay(held) {
	for (const { event, element } of held) {
		if (!element.isConnected) continue;
		if (!(event instanceof KeyboardEvent)) element.click();
		else {
			const { key, code, shiftKey } = event;
			element.dispatchEvent(
				new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true })
			);
		}
	}
	// A term the mouse rests on opens as if the mouse had just arrived.
	document
		.querySelector('.term:hover')
		?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
}

/**
 * Loads the app's styles, data and modules, starts it on the page as SvelteKit rendered it, and
 * replays what the reader did meanwhile.
 * @param {DeferredStart} boot the page's JSON block
 * @param {HTMLElement} target the element SvelteKit hydrates
 * @param {HeldEvent[]} held clicks and keys that wait for the app, in order
 * @param {() => void} stopHolding ends the waiting, before they are replayed
 */
export async function startApp(boot, target, held, stopHolding) {
	// The app's own styles (the popover's), loaded or failed before it shows anything.
	const styles = boot.styles.map(
		(href) =>
			new Promise((resolve) => {
				const link = document.createElement('link');
				link.rel = 'stylesheet';
				link.href = href;
				link.addEventListener('load', resolve, { once: true });
				link.addEventListener('error', resolve, { once: true });
				document.head.append(link);
			})
	);
	Object.assign(window, { [boot.global]: { base: boot.base } });
	const data = fetch(boot.data).then((response) => {
		if (!response.ok) throw new Error(`${boot.data}: ${response.status}`);
		return response.json();
	});
	const app = await import(/* @vite-ignore */ boot.app);
	// The page's nodes at once: each brings its modules side by side (Vite's map of their
	// dependencies), while the data and the styles are on their way. SvelteKit reuses them.
	const [kit, { nodes }] = await Promise.all([
		import(/* @vite-ignore */ boot.start),
		data,
		...styles,
		...boot.nodes.map((id) => app.nodes[id]())
	]);
	await kit.start(app, target, {
		node_ids: boot.nodes,
		data: nodes.map((/** @type {{ type: string, data: unknown[], uses: unknown }} */ node) =>
			node?.type === 'data'
				? { type: 'data', data: revive(node.data, app.decoders, boot.data), uses: node.uses }
				: null
		),
		form: null,
		error: null
	});
	stopHolding();
	replay(held);
}
