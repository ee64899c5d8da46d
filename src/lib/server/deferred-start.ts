import { createHash } from 'node:crypto';
import startApp from '$lib/reader/start-app.js?url';
import startOnUse from '$lib/reader/start-on-use.js?url';

/**
 * What src/lib/reader/start-on-use.js needs to start the app of a page read before it is used
 * when the reader first reaches for it (issue 11: the page weighs its text, not its scripts, until then). It stands in
 * the HTML as a JSON block where SvelteKit's inline start script was.
 */
export interface DeferredStart {
	/** The global SvelteKit's client reads its base path from (`__sveltekit_…`). */
	global: string;
	base: string;
	/** The client's two entry modules. */
	start: string;
	app: string;
	/** The module that starts the app (src/lib/reader/start-app.js), loaded with it. */
	startApp: string;
	/** The layout and page nodes to hydrate, as SvelteKit numbered them. */
	nodes: number[];
	/** The page's data, fetched when the app starts instead of travelling inside the HTML. */
	data: string;
	/** Stylesheets only the app needs, loaded before it starts so nothing it shows is unstyled. */
	styles: string[];
	/** The service worker, registered with the page as SvelteKit's own script would. */
	serviceWorker: string | null;
}

/** The id of the JSON block, shared with src/lib/reader/start-on-use.js. */
export const DEFERRED_START_ID = 'deferred-start';

const START_SCRIPT = /<script>(\s*\{\s*__sveltekit_\w+ = \{[\s\S]*?kit\.start\([\s\S]*?)<\/script>/;
const MODULE_PRELOAD = /\s*<link href="[^"]+" rel="modulepreload">/g;

/** The build's error for a start script that is not as expected: SvelteKit changed its output. */
function unexpected(page: string, what: string): Error {
	return new Error(
		`${page}: SvelteKit's start script has no ${what} where src/lib/server/deferred-start.ts ` +
			'expects it; its output changed, so the page cannot start on first use'
	);
}

/** Reads one thing from the start script, or fails the build naming what is missing. */
function read(script: string, pattern: RegExp, what: string, page: string): RegExpExecArray {
	const match = pattern.exec(script);
	if (!match) throw unexpected(page, what);
	return match;
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Takes SvelteKit's start out of a prerendered page (an article, the library's list): its inline
 * script (with the page's data, about a sixth of the page compressed) and its module preloads give
 * way to a JSON block of addresses and the script that turns it into the same start at the
 * reader's first interaction. The preloads are not kept in the block (a few hundred bytes of
 * hashed names in every page): start-app.js asks the app for the page's nodes as soon as it has
 * it, and Vite's map of their dependencies fetches those side by side. The policy's hash for the
 * removed script goes too. `pathname` is
 * the page's address, whose `__data.json` SvelteKit prerenders beside it. Throws if the page does
 * not look as expected: a page that silently kept or lost its start would fail the budget or never
 * become interactive.
 */
export function deferStart(
	html: string,
	pathname: string,
	{ appStyles = [] }: { appStyles?: string[] } = {}
): string {
	const [startTag, script] = read(html, START_SCRIPT, 'inline start script', pathname);
	const body = script ?? '';
	// Only a page that rendered without error or form data starts from its data file alone.
	read(body, /form: null,\s*error: null\s*\}\);/, '`form: null, error: null`', pathname);
	const [, global, base] = read(body, /(__sveltekit_\w+) = \{\s*base: ("[^"]*")/, 'base', pathname);
	const imports = [...body.matchAll(/import\("([^"]+)"\)/g)].map(([, href]) => href!);
	if (imports.length !== 2) throw unexpected(pathname, 'pair of entry imports');
	const [, nodes] = read(body, /node_ids: \[([\d, ]+)\]/, 'node_ids', pathname);
	const serviceWorker = /const script_url = '([^']+)'/.exec(body)?.[1] ?? null;

	const deferred: DeferredStart = {
		global: global!,
		base: JSON.parse(base!) as string,
		start: imports[0]!,
		app: imports[1]!,
		startApp,
		nodes: nodes!.split(',').map(Number),
		data: `${pathname.replace(/\/$/, '')}/__data.json`,
		styles: appStyles,
		serviceWorker
	};
	// `<` escaped, so no text in an address can end the block early.
	const json = JSON.stringify(deferred).replaceAll('<', '\\u003c');
	return html
		.replace(MODULE_PRELOAD, '')
		.replace(` '${sha256(body)}'`, '')
		.replace(
			startTag,
			() =>
				`<script type="application/json" id="${DEFERRED_START_ID}">${json}</script>` +
				`<script type="module" src="${startOnUse}"></script>`
		);
}
