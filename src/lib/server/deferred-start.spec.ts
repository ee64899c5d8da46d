import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferStart, type DeferredStart } from './deferred-start';

// The shape of a page SvelteKit 2 prerenders: its start script, module preloads and the policy
// that allows the script by its hash.
const startScript = (data: string, form = 'null') => `
				{
					__sveltekit_abc123 = {
						base: "/reader"
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/reader/_app/immutable/entry/start.A1.js"),
						import("/reader/_app/immutable/entry/app.B2.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2, 8],
							data: ${data},
							form: ${form},
							error: null
						});
					});

					if ('serviceWorker' in navigator) {
						const script_url = '/reader/service-worker.js';
						addEventListener('load', function () {
							navigator.serviceWorker.register(script_url);
						});
					}
				}
			`;
const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const page = (script: string) => `<!doctype html><html><head>
		<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-PREFS=' '${hash(script)}'; style-src 'self'">
		<link href="/reader/_app/immutable/entry/start.A1.js" rel="modulepreload">
		<link href="/reader/_app/immutable/chunks/C3.js" rel="modulepreload">
		<link rel="preload" href="/reader/_app/immutable/assets/font.woff2" as="font">
		<style>main{margin:0}</style>
		<link href="/reader/_app/immutable/assets/0.E5.css" rel="stylesheet" disabled media="(max-width: 0)">
	</head><body><div><main>text</main>
			<script>${script}</script>
		</div></body></html>`;

const SCRIPT = startScript('[null,{type:"data",data:{title:"x"},uses:{}}]');
const blockOf = (html: string) =>
	JSON.parse(
		/<script type="application\/json" id="deferred-start">(.*?)<\/script>/.exec(html)![1]!
	) as DeferredStart;

describe('deferStart', () => {
	const html = deferStart(page(SCRIPT), '/reader/en/articles/x/', {
		appStyles: ['/reader/_app/immutable/assets/reader-app.D4.css']
	});

	it('replaces the start script with the addresses the starter needs, in place', () => {
		expect(html).not.toContain('kit.start');
		expect(html).toMatch(
			/<main>text<\/main>\s*<script type="application\/json" id="deferred-start">.*<\/script><script type="module" src="[^"]*start-on-use[^"]*\.js"><\/script>\s*<\/div>/
		);
		expect(blockOf(html)).toEqual({
			global: '__sveltekit_abc123',
			base: '/reader',
			start: '/reader/_app/immutable/entry/start.A1.js',
			app: '/reader/_app/immutable/entry/app.B2.js',
			startApp: expect.stringMatching(/start-app[^/]*\.js$/),
			nodes: [0, 2, 8],
			data: '/reader/en/articles/x/__data.json',
			styles: ['/reader/_app/immutable/assets/reader-app.D4.css'],
			serviceWorker: '/reader/service-worker.js'
		} satisfies DeferredStart);
	});

	it('drops the module preloads and the policy hash of the removed script, nothing else', () => {
		expect(html).not.toContain('modulepreload');
		// SvelteKit's marks of the styles it inlined stay: the app would load them again without.
		expect(html).toContain('0.E5.css" rel="stylesheet" disabled');
		expect(html).toContain('<style>main{margin:0}</style>');
		expect(html).toContain('rel="preload" href="/reader/_app/immutable/assets/font.woff2"');
		expect(html).toContain(`content="script-src 'self' 'sha256-PREFS='; style-src 'self'"`);
	});

	it('escapes < in the block, so no address can end it early', () => {
		const odd = deferStart(page(SCRIPT), '/reader/en/articles/</script>/');
		expect(odd).not.toContain('</script>/__data.json');
		expect(blockOf(odd).data).toBe('/reader/en/articles/</script>/__data.json');
	});

	it('refuses a page that needs more than its data file to start, naming it', () => {
		const withForm = page(startScript('[null]', '{message:"sent"}'));
		expect(() => deferStart(withForm, '/en/articles/y/')).toThrow(
			"/en/articles/y/: SvelteKit's start script has no `form: null, error: null`"
		);
	});

	it('refuses a page whose start script it does not recognise', () => {
		expect(() => deferStart('<html><script>start()</script></html>', '/en/articles/z/')).toThrow(
			"/en/articles/z/: SvelteKit's start script has no inline start script"
		);
	});
});
