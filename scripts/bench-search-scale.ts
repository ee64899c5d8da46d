// Search at scale: generates libraries of 1, 100 and 1,000 articles in scratch copies of the
// repository, builds each site, and prints per kind of query, for our engine, Pagefind 1.6 run on
// the same built pages, and fuse.js over every segment: what the first query fetches (gzip KiB and
// requests), latency (median and p95, cold and warm) and recall against an exact oracle.
// Our engine's figures come from the search worker itself, run in Node on the built files, and from
// the search page in Chromium (the first query's time, typed to shown); Pagefind runs in Chromium
// against the same build, served with gzip. A script that prints a table.
// Usage: npm run bench:search-scale [-- --sizes 1,100] (Pagefind comes from PAGEFIND, a path to its
// binary, or is installed with npm into a temporary folder, never into this repository).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { chromium, type Browser } from '@playwright/test';
import type { Article } from '../src/lib/content/article-types.ts';
import { LANGUAGE_CODES } from '../src/lib/languages.ts';
import { oracle, pickQueries, type ScaleQuery as Query } from '../src/lib/generate/queries.ts';

import { buildLanguageIndex, buildSearchTerms } from '../src/lib/search/build-index.ts';
import { SearchEngine } from '../src/lib/search/engine.ts';
import type { SearchRequest, SearchResponse } from '../src/lib/search/search.worker.ts';
import { checkContent } from '../src/lib/server/content.ts';
import { searchKey } from '../src/lib/text/normalize.ts';
import { slugOf } from '../src/lib/content/segment-id.ts';

const REPOSITORY = path.resolve(import.meta.dirname, '..');
const sizesArgument = process.argv.indexOf('--sizes');
const SIZES =
	sizesArgument > 0
		? (process.argv[sizesArgument + 1] ?? '1').split(',').map(Number)
		: [1, 100, 1000];
const BUILD_TIMEOUT_MS = 15 * 60_000;
const WARM_RUNS = 20;
const COLD_RUNS = 5;
const PAGE_SIZE = 30;

interface Row {
	size: number;
	kind: string;
	query: string;
	engine: string;
	KiB: string;
	requests: number | string;
	'cold ms (med/p95)': string;
	'warm ms (med/p95)': string;
	recall: string;
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
};
const medianP95 = (values: number[]) =>
	`${percentile(values, 0.5).toFixed(1)}/${percentile(values, 0.95).toFixed(1)}`;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** The library generator (the module behind scripts/generate-library.ts, which is its CLI). */
async function generator(): Promise<(root: string, count: number, seed?: number) => unknown> {
	const file = path.join(REPOSITORY, 'src/lib/generate/library.ts');
	if (!fs.existsSync(file)) throw new Error(`bench-search-scale: ${file} is missing`);
	const module = (await import(pathToFileURL(file).href)) as {
		generateLibrary: (root: string, count: number, seed?: number) => unknown;
	};
	return module.generateLibrary;
}

/** A copy of the repository's committed files (and the generator), sharing node_modules. */
function scratchCopy(size: number): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `scale-search-${size}-`));
	execFileSync('sh', ['-c', `git -C "${REPOSITORY}" archive HEAD | tar -x -C "${dir}"`]);
	fs.symlinkSync(path.join(REPOSITORY, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

function build(dir: string, size: number): number {
	const start = performance.now();
	// Builds of more than ten articles take the machine's scale lock, one at a time.
	const command = size > 10 ? 'flock /tmp/scale.lock npx vite build' : 'npx vite build';
	const result = spawnSync('sh', ['-c', command], {
		cwd: dir,
		timeout: BUILD_TIMEOUT_MS,
		stdio: ['ignore', 'ignore', 'pipe'],
		encoding: 'utf8'
	});
	if (result.status !== 0) {
		throw new Error(`build of ${size} articles in ${dir} failed: ${result.stderr.slice(-2000)}`);
	}
	return (performance.now() - start) / 1000;
}

/** Pagefind's binary: PAGEFIND, or npm's package installed into a temporary folder. */
function pagefindBinary(): string {
	if (process.env.PAGEFIND) return process.env.PAGEFIND;
	const dir = path.join(os.tmpdir(), 'bench-pagefind');
	const binary = path.join(dir, 'node_modules', '.bin', 'pagefind');
	if (!fs.existsSync(binary)) {
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
		execFileSync('npm', ['install', '--no-save', 'pagefind@1.6'], { cwd: dir, stdio: 'ignore' });
	}
	return binary;
}

/** Serves a built site with gzip, as a static host would (Pagefind's files are gzip already). */
function serve(root: string): Promise<{ url: string; close: () => void }> {
	const server = http.createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = path.join(root, pathname);
		if (fs.existsSync(file) && fs.statSync(file).isDirectory())
			file = path.join(file, 'index.html');
		if (!file.startsWith(root) || !fs.existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		const body = fs.readFileSync(file);
		const type =
			{
				'.html': 'text/html',
				'.js': 'text/javascript',
				'.json': 'application/json',
				'.css': 'text/css',
				'.woff2': 'font/woff2',
				'.svg': 'image/svg+xml'
			}[path.extname(file)] ??
			(file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream');
		const compressible = !/\.pf_|\.wasm/.test(file);
		response.writeHead(200, {
			'content-type': type,
			...(compressible ? { 'content-encoding': 'gzip' } : {})
		});
		response.end(compressible ? gzipSync(body) : body);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address() as { port: number };
			resolve({ url: `http://127.0.0.1:${address.port}`, close: () => server.close() });
		})
	);
}

const recallOf = (truth: Set<string>, found: Iterable<string>) => {
	if (!truth.size) return '–';
	const got = new Set(found);
	return `${((100 * [...truth].filter((s) => got.has(s)).length) / truth.size).toFixed(1)}%`;
};

/**
 * Runs the search worker's own code in Node against the built files: what it fetches (gzip bytes,
 * requests) and how long loading and answering take. A fresh module instance is a cold cache.
 */
async function ourWorker(buildDir: string, instance: string) {
	const files: string[] = [];
	const realFetch = globalThis.fetch;
	let answer: (message: SearchResponse) => void = () => {};
	const self = { postMessage: (message: SearchResponse) => answer(message) } as {
		postMessage: (message: SearchResponse) => void;
		onmessage?: (event: { data: SearchRequest }) => Promise<void>;
	};
	(globalThis as unknown as { self: typeof self }).self = self;
	await import(`../src/lib/search/search.worker.ts?${instance}`);
	const send = (data: SearchRequest) =>
		new Promise<SearchResponse>((resolve) => {
			answer = resolve;
			void self.onmessage?.({ data });
		});
	globalThis.fetch = (async (url: string) => {
		const file = path.join(buildDir, new URL(url).pathname);
		files.push(file);
		const body = fs.readFileSync(file, 'utf8');
		return { ok: true, status: 200, json: async () => JSON.parse(body) } as Response;
	}) as typeof fetch;
	try {
		const start = performance.now();
		await send({ type: 'load', id: 0, base: 'http://localhost', languages: [...LANGUAGE_CODES] });
		return {
			loadMs: performance.now() - start,
			files,
			search: async (query: string) => {
				const t = performance.now();
				const response = await send({
					type: 'search',
					id: 1,
					query,
					options: { limit: PAGE_SIZE }
				});
				if (response.type !== 'results') throw new Error(`our worker: ${JSON.stringify(response)}`);
				return { ms: performance.now() - t, results: response.results };
			},
			restore: () => (globalThis.fetch = realFetch)
		};
	} catch (error) {
		globalThis.fetch = realFetch;
		throw error;
	}
}

let instances = 0;

async function measureOurs(buildDir: string, articles: Article[], queries: Query[], size: number) {
	const rows: Row[] = [];
	const { terms, occurrences } = checkContent(path.dirname(buildDir));
	const whole = new SearchEngine(
		LANGUAGE_CODES.map((l) => buildLanguageIndex(articles, l)),
		buildSearchTerms(terms, occurrences).terms
	);
	for (const query of queries) {
		const cold: number[] = [];
		let first: { bytes: number; requests: number } | undefined;
		for (let run = 0; run < COLD_RUNS; run++) {
			const worker = await ourWorker(buildDir, `cold${instances++}`);
			const { ms } = await worker.search(query.query);
			cold.push(worker.loadMs + ms);
			first ??= {
				bytes: worker.files.reduce((n, f) => n + gzipSync(fs.readFileSync(f)).length, 0),
				requests: worker.files.length
			};
			if (run === COLD_RUNS - 1) {
				const warm: number[] = [];
				for (let r = 0; r < WARM_RUNS; r++) warm.push((await worker.search(query.query)).ms);
				worker.restore();
				rows.push({
					size,
					kind: query.kind,
					query: query.query,
					engine: 'ours',
					KiB: kib(first.bytes),
					requests: first.requests,
					'cold ms (med/p95)': medianP95(cold),
					'warm ms (med/p95)': medianP95(warm),
					recall: recallOf(
						oracle(articles, query),
						whole.search(query.query).results.map((r) => r.segment)
					)
				});
			} else worker.restore();
		}
	}
	return rows;
}

function measureFuse(articles: Article[], queries: Query[], size: number): Row[] {
	const records = articles.flatMap((a) =>
		a.segmentIds.flatMap((id) =>
			LANGUAGE_CODES.map((l) => ({ id, key: searchKey(a.text[id]?.[l] ?? '') }))
		)
	);
	// Tuned for passages: anywhere in the text, one typo in about five letters, whole words only
	// from two letters up.
	const options = { keys: ['key'], ignoreLocation: true, threshold: 0.2, minMatchCharLength: 2 };
	const json = JSON.stringify({
		records,
		index: Fuse.createIndex(options.keys, records).toJSON()
	});
	const bytes = gzipSync(json).length;
	return queries.map((query) => {
		const cold: number[] = [];
		let fuse: Fuse<(typeof records)[number]> | undefined;
		let found: string[] = [];
		const key = searchKey(query.query.replace(/^"|"$/g, ''));
		for (let run = 0; run < (size >= 100 ? 2 : COLD_RUNS); run++) {
			const start = performance.now();
			const data = JSON.parse(json) as {
				records: typeof records;
				index: Parameters<typeof Fuse.parseIndex>[0];
			};
			fuse = new Fuse(data.records, options, Fuse.parseIndex(data.index));
			found = fuse.search(key).map((r) => r.item.id);
			cold.push(performance.now() - start);
		}
		const warm: number[] = [];
		for (let run = 0; run < (size >= 100 ? 3 : WARM_RUNS); run++) {
			const start = performance.now();
			fuse?.search(key);
			warm.push(performance.now() - start);
		}
		return {
			size,
			kind: query.kind,
			query: query.query,
			engine: 'fuse.js',
			KiB: kib(bytes),
			requests: 1,
			'cold ms (med/p95)': medianP95(cold),
			'warm ms (med/p95)': medianP95(warm),
			recall: recallOf(oracle(articles, query), found)
		};
	});
}

/** Runs `measure` with the built site served with gzip and Chromium launched, then closes both. */
async function inChromium<T>(
	buildDir: string,
	measure: (url: string, browser: Browser) => Promise<T>
): Promise<T> {
	const server = await serve(buildDir);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
	try {
		return await measure(server.url, browser);
	} finally {
		await browser.close();
		server.close();
	}
}

// The search page waits this long after the last keystroke before it searches (DEBOUNCE_MS in
// src/lib/search/search-state.svelte.ts, which a script cannot import): not part of the search.
const TYPING_PAUSE_MS = 120;

/**
 * Our search as a reader meets it: the English search page, hydrated, from a cold cache (a new
 * context, no service worker); the query typed into its box, and the time until the first result
 * is on screen, less the typing pause. That takes in starting the search worker, fetching the
 * manifest, the words and the texts, searching and showing. Requests and KiB are everything the
 * page fetches for it (the worker's script included), as served with gzip.
 */
async function measureOursInChromium(buildDir: string, queries: Query[], size: number) {
	return inChromium(buildDir, async (url, browser) => {
		const rows: Row[] = [];
		for (const query of queries) {
			const cold: number[] = [];
			let sizes: number[] = [];
			for (let run = 0; run < COLD_RUNS; run++) {
				const context = await browser.newContext({ serviceWorkers: 'block' });
				const page = await context.newPage();
				await page.goto(`${url}/en/search/`);
				await page.locator('html[data-hydrated]').waitFor();
				const fetched: Promise<number>[] = [];
				page.on('requestfinished', (request) => {
					fetched.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
				});
				const ms = await page.evaluate(async (q) => {
					const box = document.querySelector<HTMLInputElement>('#search-query');
					if (!box) throw new Error('the search page has no #search-query');
					const start = performance.now();
					box.value = q;
					box.dispatchEvent(new Event('input', { bubbles: true }));
					await new Promise<void>((resolve) => {
						const observer = new MutationObserver(() => {
							if (!document.querySelector('.search-result')) return;
							observer.disconnect();
							resolve();
						});
						observer.observe(document.body, { childList: true, subtree: true });
					});
					return performance.now() - start;
				}, query.query);
				cold.push(ms - TYPING_PAUSE_MS);
				sizes = await Promise.all(fetched);
				await context.close();
			}
			rows.push({
				size,
				kind: query.kind,
				query: query.query,
				engine: 'ours, in Chromium',
				KiB: kib(sizes.reduce((n, s) => n + s, 0)),
				requests: sizes.length,
				'cold ms (med/p95)': medianP95(cold),
				'warm ms (med/p95)': '–',
				recall: '–'
			});
		}
		return rows;
	});
}

/**
 * Pagefind on the built English article pages (each article once; the page holds all three
 * languages). Its first query is what its own UI does: search, then load the first five results.
 * Pagefind returns pages, so its recall is of the articles that hold an oracle passage.
 */
async function measurePagefind(
	buildDir: string,
	articles: Article[],
	queries: Query[],
	size: number
): Promise<Row[]> {
	execFileSync(
		pagefindBinary(),
		['--site', buildDir, '--glob', 'en/articles/**/*.html', '--output-subdir', 'pagefind'],
		{ stdio: 'ignore' }
	);
	return inChromium(buildDir, async (url, browser) => {
		const rows: Row[] = [];
		for (const query of queries) {
			const cold: number[] = [];
			let slugs: string[] = [];
			let warm: number[] = [];
			for (let run = 0; run < COLD_RUNS; run++) {
				const context = await browser.newContext();
				const page = await context.newPage();
				await page.goto(`${url}/en/`);
				const measured = await page.evaluate(
					async ({ q, runs }) => {
						const start = performance.now();
						// The browser loads Pagefind's own script from the served site.
						const pagefind = await import(
							/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
						);
						const search = await pagefind.search(q);
						const shown = await Promise.all(
							search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data())
						);
						const coldMs = performance.now() - start;
						const warmMs: number[] = [];
						for (let r = 0; r < runs; r++) {
							const t = performance.now();
							await pagefind.search(`${q} `);
							warmMs.push(performance.now() - t);
						}
						const all = await Promise.all(
							search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data())
						);
						return {
							coldMs,
							warmMs,
							shown: shown.length,
							urls: all.map((d: { url: string }) => d.url)
						};
					},
					{ q: query.query, runs: WARM_RUNS }
				);
				cold.push(measured.coldMs);
				slugs = measured.urls.map((u) => u.split('/').filter(Boolean).at(-1) ?? '');
				warm = measured.warmMs;
				await context.close();
			}
			// The first query's own requests, apart from the pass that fetched every result for recall.
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${url}/en/`);
			const sizes: number[] = [];
			context.on('requestfinished', (request) => {
				if (!request.url().includes('/pagefind/')) return;
				void request.sizes().then((s) => sizes.push(s.responseBodySize + s.responseHeadersSize));
			});
			await page.evaluate(async (q) => {
				// The browser loads Pagefind's own script from the served site.
				const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
				const search = await pagefind.search(q);
				await Promise.all(
					search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data())
				);
			}, query.query);
			await page.waitForTimeout(200);
			await context.close();
			const truthArticles = new Set([...oracle(articles, query)].map(slugOf));
			rows.push({
				size,
				kind: query.kind,
				query: query.query,
				engine: 'Pagefind 1.6',
				KiB: kib(sizes.reduce((n, s) => n + s, 0)),
				requests: sizes.length,
				'cold ms (med/p95)': medianP95(cold),
				'warm ms (med/p95)': medianP95(warm),
				recall: `${recallOf(truthArticles, slugs)} (pages)`
			});
		}
		return rows;
	});
}

const generateLibrary = await generator();
const all: Row[] = [];
for (const size of SIZES) {
	const dir = scratchCopy(size);
	const generated = path.join(dir, 'content', 'articles');
	generateLibrary(dir, size, 1);
	const { articles, problems } = checkContent(dir);
	if (problems.length) throw new Error(`generated library in ${generated} has problems`);
	const buildSeconds = build(dir, size);
	const buildDir = path.join(dir, 'build');
	// Queries come from the generated articles, not the shipped ones the copy also holds.
	const shipped = new Set(fs.readdirSync(path.join(REPOSITORY, 'content', 'articles')));
	const queries = pickQueries(articles.filter((a) => !shipped.has(a.slug)));
	console.error(`${size} articles (+ the shipped ones): built in ${buildSeconds.toFixed(0)} s`);
	all.push(...(await measureOurs(buildDir, articles, queries, size)));
	all.push(...(await measureOursInChromium(buildDir, queries, size)));
	all.push(...measureFuse(articles, queries, size));
	all.push(...(await measurePagefind(buildDir, articles, queries, size)));
	fs.rmSync(dir, { recursive: true, force: true });
}
console.log(
	'First query: gzip KiB and requests from a cold cache; ms: median/p95 over cold loads and warm repeats; recall of passages against an exact oracle (Pagefind: of articles).'
);
console.table(all);
