// The scale test of `npm test` (issue 11): two scratch copies of this checkout, one with a single
// generated article and one with 200 (beside the shipped ones), each built once and timed (CPU
// seconds of the build and everything it starts); then e2e-scale/ holds the cost of each added
// article as a multiple of the one-article build (never an absolute time, so a slow or busy
// machine does not fail it) and, in Chromium against the 200-article site, the first search from a
// cold cache within the transfer and request budget for each kind of query. Budgets in
// budgets.json (`scale`). The copies are removed when the test passes and kept when it fails.
// Usage: tsx scripts/scale-test.ts [--articles 200] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateLibrary } from '../src/lib/generate/library.ts';
import { oracle, pickQueries, type ScaleQuery } from '../src/lib/generate/queries.ts';
import { checkContent } from '../src/lib/server/content.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '200' },
		keep: { type: 'boolean', default: false }
	}
});
const ARTICLES = Number(values.articles);
const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
const SEED = 1;

/** What the build of one copy cost. */
export interface BuildCost {
	generated: number;
	cpuSeconds: number;
	wallSeconds: number;
}

/** What scripts/scale-test.ts hands to e2e-scale/ (as JSON, in SCALE_RESULT). */
export interface ScaleResult {
	one: BuildCost;
	many: BuildCost;
	/** The queries, each with the segment IDs an exact reading finds in the 200-article library. */
	queries: (ScaleQuery & { expected: string[] })[];
}

/**
 * A copy of this checkout's files as they are (committed or not, ignored ones left out), with
 * its node_modules linked, so the test sees the working tree and needs nothing outside it.
 */
function scratchCopy(label: string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `scale-test-${label}-`));
	const listed = execFileSync(
		'git',
		['-C', REPOSITORY, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{ encoding: 'utf8', maxBuffer: 1 << 26 }
	);
	for (const file of listed.split('\0').filter(Boolean)) {
		const from = path.join(REPOSITORY, file);
		// A file deleted in the working tree is still listed as committed: the copy is the tree.
		if (!fs.existsSync(from) || fs.statSync(from).isDirectory()) continue;
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.copyFileSync(from, path.join(dir, file));
	}
	fs.symlinkSync(path.join(REPOSITORY, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

/**
 * Builds a copy and returns the CPU time of the build and every process it started, as the
 * shell's `times` reports for its children, and the wall time. The log is kept beside the copy.
 */
function build(dir: string, generated: number): BuildCost {
	const log = path.join(dir, 'build.log');
	const started = performance.now();
	const result = spawnSync(
		'sh',
		['-c', `node_modules/.bin/vite build > "${log}" 2>&1; status=$?; times; exit $status`],
		{ cwd: dir, encoding: 'utf8' }
	);
	const wallSeconds = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
		throw new Error(`scale-test: the build of ${generated} article(s) in ${dir} failed:\n${tail}`);
	}
	// `times` prints the shell's own user and system time, then its children's: `0m41.20s 0m3.10s`.
	const children = result.stdout.trim().split('\n').at(-1) ?? '';
	const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(
		([, minutes, rest]) => Number(minutes) * 60 + Number(rest)
	);
	if (seconds.length !== 2) throw new Error(`scale-test: cannot read "times": ${result.stdout}`);
	return { generated, cpuSeconds: (seconds[0] ?? 0) + (seconds[1] ?? 0), wallSeconds };
}

function prepare(count: number): string {
	const dir = scratchCopy(String(count));
	generateLibrary(dir, count, SEED);
	const { problems } = checkContent(dir);
	if (problems.length) {
		throw new Error(
			`scale-test: the generated library in ${dir} has ${problems.length} problem(s)`
		);
	}
	return dir;
}

const copies: string[] = [];
let passed = false;
try {
	const oneDir = prepare(1);
	copies.push(oneDir);
	const one = build(oneDir, 1);
	console.log(`scale-test: 1 generated article built in ${one.cpuSeconds.toFixed(1)} s CPU`);
	const manyDir = prepare(ARTICLES);
	copies.push(manyDir);
	const many = build(manyDir, ARTICLES);
	console.log(
		`scale-test: ${ARTICLES} generated articles built in ${many.cpuSeconds.toFixed(1)} s CPU, ${many.wallSeconds.toFixed(0)} s wall`
	);
	const { articles } = checkContent(manyDir);
	const shipped = new Set(fs.readdirSync(path.join(REPOSITORY, 'content', 'articles')));
	const generated = articles.filter((article) => !shipped.has(article.slug));
	const result: ScaleResult = {
		one,
		many,
		queries: pickQueries(generated).map((query) => ({
			...query,
			expected: [...oracle(articles, query)]
		}))
	};
	const resultFile = path.join(manyDir, 'scale-result.json');
	fs.writeFileSync(resultFile, JSON.stringify(result));
	const test = spawnSync(
		'node_modules/.bin/playwright',
		['test', '--config', 'e2e-scale/playwright.config.ts'],
		{
			cwd: REPOSITORY,
			stdio: 'inherit',
			env: { ...process.env, SCALE_SITE: manyDir, SCALE_RESULT: resultFile }
		}
	);
	passed = test.status === 0;
	if (!passed) process.exitCode = 1;
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
} finally {
	if (passed && !values.keep) {
		for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
	} else if (copies.length) {
		console.error(`scale-test: the copies are kept in ${copies.join(' and ')}`);
	}
}
