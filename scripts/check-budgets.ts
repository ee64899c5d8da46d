// Holds every article page of build/ to the budgets in budgets.json: what a reader downloads
// before touching the page (the HTML with its inlined stylesheet, linked stylesheets, and every
// script the page loads on its own) at most `textMultiple` times the article's text, and its
// scripts at most `scriptGzipBytes`, all gzipped as the server sends them. Fonts are listed but
// not counted: the budget allows them on top. Prints one row per page and exits 1 on any excess.
// Usage: npm run build && tsx scripts/check-budgets.ts [build dir]
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadArticles } from '../src/lib/server/content.ts';
import { LANGUAGE_CODES } from '../src/lib/languages.ts';

const pageBudget = z.strictObject({
	/** The page's weight over its article's text, both gzipped. */
	textMultiple: z.number().positive(),
	/** The gzipped scripts the page loads before any interaction. */
	scriptGzipBytes: z.number().int().positive()
});

const budgetsSchema = z.strictObject({
	/** The target (issue 11): what an article page should weigh. */
	articlePage: pageBudget,
	/**
	 * While the target is out of reach, the most a page may weigh today: the measured weight with a
	 * small margin, so CI fails on any regression while the table shows the distance to the target.
	 * Lowered as pages get lighter; gone once the target holds.
	 */
	ceiling: pageBudget.extend({ measured: z.string().min(1) }).optional(),
	/** What scripts/scale-test.ts holds a generated library of 200 articles to (issue 11). */
	scale: z
		.strictObject({
			/** The CPU time of each added article over that of a one-article build: the target. */
			perArticleBuildRatio: z.number().positive(),
			/** The first search of any kind, from a cold cache: search files fetched at most. */
			firstQuery: z.strictObject({
				kib: z.number().positive(),
				requests: z.number().int().positive()
			}),
			/**
			 * What fails the test: above the target while the target was out of reach, now a little
			 * above it, so that the noise between runs on a shared machine does not fail CI.
			 */
			ceiling: z.strictObject({
				perArticleBuildRatio: z.number().positive(),
				measured: z.string().min(1)
			})
		})
		.optional()
});
export type Budgets = z.infer<typeof budgetsSchema>;

/** Reads and checks budgets.json. */
export function readBudgets(file: string): Budgets {
	return budgetsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/**
 * A file's size as a server sends it gzipped: the `.gz` the build wrote beside it, else the file
 * gzipped at zlib's default level, as a server compressing on the fly does.
 */
export function gzipSize(file: string): number {
	const precompressed = `${file}.gz`;
	if (fs.existsSync(precompressed)) return fs.statSync(precompressed).size;
	return gzipSync(fs.readFileSync(file)).length;
}

/** What one page costs before any interaction, gzipped, and the files it is made of. */
export interface PageWeight {
	html: number;
	css: number;
	js: number;
	/** Bytes of the fonts the page preloads (woff2 is compressed already): listed, not budgeted. */
	fonts: number;
	files: string[];
}

const attribute = (tag: string, name: string) =>
	new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

// Static imports of a built module (`import{a}from"./x.js"`, `import"./y.js"`): loaded with it.
// Dynamic `import()` inside a module waits for the code that calls it, so it is not followed;
// the page's own inline start script is different, it imports its entries straight away.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/**
 * The gzipped weight of the built page at `pagePath` (a path under `buildDir`, e.g.
 * `en/articles/x/index.html`): its HTML; each stylesheet it links and does not disable (SvelteKit
 * leaves inlined stylesheets linked as `disabled`, which browsers do not fetch); and each script it
 * modulepreloads, loads with `<script src>` or imports from an inline script, with their static
 * imports. Each file is counted once.
 */
export function pageWeight(buildDir: string, pagePath: string): PageWeight {
	const htmlFile = path.join(buildDir, pagePath);
	const html = fs.readFileSync(htmlFile, 'utf8');
	const pageUrl = pathToFileURL(htmlFile);
	const rootUrl = pathToFileURL(`${path.resolve(buildDir)}/`);
	const fileOf = (href: string, from: URL) => {
		const url = href.startsWith('/') ? new URL(href.slice(1), rootUrl) : new URL(href, from);
		return url.protocol === 'file:' ? decodeURIComponent(url.pathname) : null;
	};
	const css = new Set<string>();
	const js = new Set<string>();
	const fonts = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = attribute(tag, 'href');
		const rel = attribute(tag, 'rel');
		if (!href) continue;
		const file = fileOf(href, pageUrl);
		if (!file) continue;
		if (rel === 'modulepreload') js.add(file);
		else if (rel === 'stylesheet' && !/\sdisabled[\s>=/]/.test(tag)) css.add(file);
		else if (rel === 'preload' && attribute(tag, 'as') === 'font') fonts.add(file);
	}
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = attribute(attributes ?? '', 'src');
		const file = src && fileOf(src, pageUrl);
		if (file) js.add(file);
		for (const [, href] of (body ?? '').matchAll(DYNAMIC_IMPORT)) {
			const imported = fileOf(href!, pageUrl);
			if (imported) js.add(imported);
		}
	}
	// Follow static imports: every module a loaded module imports is loaded too.
	for (const file of js) {
		if (!fs.existsSync(file)) throw new Error(`${pagePath}: ${file} is referenced but not built`);
		for (const [, href] of fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
			const imported = fileOf(href!, pathToFileURL(file));
			if (imported) js.add(imported);
		}
	}
	const sum = (files: Set<string>, size: (file: string) => number) =>
		[...files].reduce((total, file) => total + size(file), 0);
	return {
		html: gzipSize(htmlFile),
		css: sum(css, gzipSize),
		js: sum(js, gzipSize),
		fonts: sum(fonts, (file) => fs.statSync(file).size),
		files: [htmlFile, ...css, ...js].map((file) => path.relative(buildDir, file))
	};
}

/** An article's text in all its languages, one segment a line, gzipped as the server would. */
export function textGzipSize(text: Record<string, Partial<Record<string, string>>>): number {
	const languages = [...new Set(Object.values(text).flatMap((cells) => Object.keys(cells)))];
	const lines = languages.flatMap((language) =>
		Object.values(text).flatMap((cells) => cells[language] ?? [])
	);
	return gzipSync(lines.join('\n')).length;
}

/** One article page against its budget. */
export interface BudgetRow {
	page: string;
	html: number;
	css: number;
	js: number;
	total: number;
	text: number;
	budget: number;
	jsBudget: number;
	fonts: number;
	/** The targets this page misses. */
	over: string[];
	/** The ceilings it exceeds: a regression, which fails the check. */
	overCeiling: string[];
}

/** Weighs a page against the budgets; `over` names each budget it exceeds. */
export function checkPage(
	page: string,
	weight: PageWeight,
	textGzip: number,
	{ articlePage, ceiling }: Budgets
): BudgetRow {
	const total = weight.html + weight.css + weight.js;
	const budget = Math.floor(articlePage.textMultiple * textGzip);
	const excess = (limit: z.infer<typeof pageBudget>) => [
		...(total > Math.floor(limit.textMultiple * textGzip)
			? [`HTML + CSS + JS ${total} B > ${Math.floor(limit.textMultiple * textGzip)} B`]
			: []),
		...(weight.js > limit.scriptGzipBytes ? [`JS ${weight.js} B > ${limit.scriptGzipBytes} B`] : [])
	];
	const over = excess(articlePage);
	const overCeiling = ceiling ? excess(ceiling) : over;
	return {
		page,
		html: weight.html,
		css: weight.css,
		js: weight.js,
		total,
		text: textGzip,
		budget,
		jsBudget: articlePage.scriptGzipBytes,
		fonts: weight.fonts,
		over,
		overCeiling
	};
}

function main() {
	const buildDir = process.argv[2] ?? 'build';
	const budgets = readBudgets('budgets.json');
	const rows = loadArticles().flatMap((article) =>
		LANGUAGE_CODES.map((lang) => {
			const page = `${lang}/articles/${article.slug}/index.html`;
			return checkPage(
				`/${lang}/articles/${article.slug}/`,
				pageWeight(buildDir, page),
				textGzipSize(article.text),
				budgets
			);
		})
	);
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);
	console.table(
		rows.map((row) => ({
			page: row.page,
			'HTML KB': kb(row.html),
			'CSS KB': kb(row.css),
			'JS KB': kb(row.js),
			'total KB': kb(row.total),
			'budget KB': kb(row.budget),
			'JS budget KB': kb(row.jsBudget),
			'text KB': kb(row.text),
			'fonts KB': kb(row.fonts),
			result: row.overCeiling.length ? 'OVER CEILING' : row.over.length ? 'over target' : 'ok'
		}))
	);
	for (const row of rows.filter((r) => r.over.length && !r.overCeiling.length))
		console.warn(`${row.page}: over the target: ${row.over.join('; ')}`);
	const failures = rows.filter((row) => row.overCeiling.length);
	for (const row of failures)
		console.error(
			`${row.page}: over ${budgets.ceiling ? 'the ceiling' : 'budget'}: ${row.overCeiling.join('; ')}`
		);
	if (failures.length) {
		console.error(`\nbudgets exceeded on ${failures.length} page(s) (budgets.json)`);
		process.exit(1);
	}
	const missed = rows.filter((row) => row.over.length).length;
	console.log(
		missed
			? `no page over its ceiling; ${missed} of ${rows.length} page(s) still over the target (${budgets.ceiling?.measured})`
			: `budgets kept on ${rows.length} page(s)`
	);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
