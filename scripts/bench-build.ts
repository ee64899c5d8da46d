// Build benchmark at scale (issue 11): for each size, a scratch copy of HEAD with that many
// generated articles added to the shipped ones, built with `npm run build` under /usr/bin/time;
// prints build time, peak memory, the size and file count of build/, the cost of each added
// article, and the generated vocabulary. A failed or timed-out build is a row of the table, not
// a crash. A script that prints a table, not a test.
// Usage: npm run bench:build [-- --sizes 1,100,1000] [--seed 1] [--timeout-minutes 15] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateLibrary, type LibraryStats } from '../src/lib/generate/library.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1,100,1000' },
		seed: { type: 'string', default: '1' },
		'timeout-minutes': { type: 'string', default: '15' },
		keep: { type: 'boolean', default: false }
	}
});
const SIZES = values.sizes.split(',').map(Number);
const SEED = Number(values.seed);
const TIMEOUT_SECONDS = Math.round(Number(values['timeout-minutes']) * 60);
const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
// One large build at a time on this machine: every build waits for the others' (and times only
// its own run, as /usr/bin/time starts once the lock is held).
const SCALE_LOCK = '/tmp/scale.lock';

if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error(`bench:build: --sizes must be positive integers, got "${values.sizes}"`);
	process.exit(2);
}
for (const tool of ['/usr/bin/time', 'flock', 'timeout']) {
	if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
		console.error(`bench:build: ${tool} is missing (apt-get install -y time util-linux coreutils)`);
		process.exit(2);
	}
}

interface Row {
	generated: number;
	articles: number;
	stats: LibraryStats;
	generateSeconds: number;
	/** Wall-clock seconds of `npm run build`, or null if /usr/bin/time did not report. */
	buildSeconds: number | null;
	/** User + system CPU seconds: what the build costs even when other work shares the cores. */
	cpuSeconds: number | null;
	peakGb: number | null;
	outputMb: number | null;
	files: number | null;
	/** Why the build did not finish, or null if it did. */
	failure: string | null;
	log: string;
}

/** A scratch copy of HEAD with this checkout's node_modules, as the helper rules prescribe. */
function scratchCopy(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-'));
	execFileSync('sh', ['-c', `git -C "${REPOSITORY}" archive HEAD | tar -x -C "${dir}"`]);
	fs.symlinkSync(path.join(REPOSITORY, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

function treeSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

/** `Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34` → seconds. */
function clockSeconds(text: string): number {
	return text
		.split(':')
		.map(Number)
		.reduce((sum, part) => sum * 60 + part, 0);
}

// What says why a build stopped, most telling first: a system error code (EMFILE, ENOMEM), V8
// running out of heap, a thrown error, a signal. Vite's list of chunks names error.svelte.js in
// every build, so a bare "error" is not enough.
const FAILURE_PATTERNS = [
	/\bE[A-Z]{3,}\b/,
	/heap out of memory|FATAL ERROR/,
	/\b\w*Error\b:|^error\b/i,
	/Command terminated by signal|Killed/
];

/** The first line of the build's output that says why it failed, or its last line. */
function failureReason(output: string): string {
	const lines = output.split('\n').map((l) => l.trim());
	// /usr/bin/time's report follows the build's own output.
	const end = lines.findIndex((l) => l.startsWith('Command being timed'));
	const log = end < 0 ? lines : lines.slice(0, end);
	for (const pattern of FAILURE_PATTERNS) {
		const line = log.find((l) => pattern.test(l));
		if (line) return line.slice(0, 300);
	}
	return log.filter(Boolean).at(-1)?.slice(0, 300) ?? '';
}

function build(
	dir: string,
	log: string
): Omit<Row, 'generated' | 'articles' | 'stats' | 'generateSeconds' | 'log'> {
	const result = spawnSync(
		'flock',
		[
			SCALE_LOCK,
			'/usr/bin/time',
			'-v',
			'timeout',
			'-k',
			'10',
			String(TIMEOUT_SECONDS),
			'npm',
			'run',
			'build'
		],
		{ cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 }
	);
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	fs.writeFileSync(log, output);
	const field = (name: string) => output.match(new RegExp(`${name}: (.+)`))?.[1]?.trim();
	const elapsed = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)');
	const maxRss = field('Maximum resident set size \\(kbytes\\)');
	const user = field('User time \\(seconds\\)');
	const system = field('System time \\(seconds\\)');
	const exit = Number(field('Exit status') ?? result.status);
	let failure: string | null = null;
	if (exit === 124 || exit === 137) failure = `timed out after ${TIMEOUT_SECONDS / 60} min`;
	else if (exit !== 0) {
		failure = `exit ${exit}: ${failureReason(output)}`;
	}
	const buildDir = path.join(dir, 'build');
	const size = failure === null && fs.existsSync(buildDir) ? treeSize(buildDir) : null;
	return {
		buildSeconds: elapsed ? clockSeconds(elapsed) : null,
		cpuSeconds: user && system ? Number(user) + Number(system) : null,
		peakGb: maxRss ? Number(maxRss) / 1024 / 1024 : null,
		outputMb: size ? size.bytes / 1e6 : null,
		files: size?.files ?? null,
		failure
	};
}

const rows: Row[] = [];
for (const size of SIZES) {
	const dir = scratchCopy();
	const shipped = fs.readdirSync(path.join(dir, 'content', 'articles')).length;
	const started = performance.now();
	const stats = generateLibrary(dir, size, SEED);
	const generateSeconds = (performance.now() - started) / 1000;
	console.error(
		`bench:build: ${size} generated + ${shipped} shipped article(s) in ${dir} (${generateSeconds.toFixed(0)} s); building…`
	);
	const log = path.join(os.tmpdir(), `bench-build-${size}.log`);
	const measured = build(dir, log);
	rows.push({
		generated: size,
		articles: size + shipped,
		stats,
		generateSeconds,
		log,
		...measured
	});
	console.error(
		`bench:build: ${size}: ${measured.failure ?? `${measured.buildSeconds?.toFixed(0)} s`} (log ${log})`
	);
	if (values.keep) console.error(`bench:build: kept ${dir}`);
	else fs.rmSync(dir, { recursive: true, force: true });
}

const number = (value: number | null, digits: number) =>
	value === null ? '–' : value.toFixed(digits);
const pad = (cells: string[]) => `| ${cells.join(' | ')} |`;

console.log(
	`\nBuild at scale (seed ${SEED}; ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB; ${new Date().toISOString().slice(0, 10)})\n`
);
console.log(
	pad([
		'generated',
		'articles',
		'build (s)',
		'CPU (s)',
		'peak RSS (GB)',
		'build/ (MB)',
		'build/ files',
		'result'
	])
);
console.log(pad(Array(8).fill('---')));
for (const row of rows) {
	console.log(
		pad([
			String(row.generated),
			String(row.articles),
			number(row.buildSeconds, 0),
			number(row.cpuSeconds, 0),
			number(row.peakGb, 2),
			number(row.outputMb, 1),
			row.files === null ? '–' : String(row.files),
			row.failure ?? 'ok'
		])
	);
}

const built = rows.filter((r) => r.failure === null);
if (built.length > 1) {
	console.log('\nPer added article (slope between sizes)\n');
	console.log(pad(['from → to', 'build (s)', 'CPU (s)', 'output (MB)']));
	console.log(pad(['---', '---', '---', '---']));
	for (let i = 1; i < built.length; i++) {
		const [a, b] = [built[i - 1] as Row, built[i] as Row];
		const added = b.articles - a.articles;
		console.log(
			pad([
				`${a.articles} → ${b.articles}`,
				number(((b.buildSeconds ?? 0) - (a.buildSeconds ?? 0)) / added, 3),
				number(((b.cpuSeconds ?? 0) - (a.cpuSeconds ?? 0)) / added, 3),
				number(((b.outputMb ?? 0) - (a.outputMb ?? 0)) / added, 2)
			])
		);
	}
}

console.log('\nGenerated vocabulary (distinct words / running words)\n');
console.log(pad(['generated', 'en', 'fa-AF', 'ru', 'generate (s)']));
console.log(pad(Array(5).fill('---')));
for (const row of rows) {
	const cell = (l: 'en' | 'fa-AF' | 'ru') =>
		`${row.stats.vocabulary[l].toLocaleString('en-US')} / ${row.stats.tokens[l].toLocaleString('en-US')}`;
	console.log(
		pad([
			String(row.generated),
			cell('en'),
			cell('fa-AF'),
			cell('ru'),
			row.generateSeconds.toFixed(0)
		])
	);
}
for (const row of rows) {
	if (row.failure)
		console.log(`\n${row.generated} generated: ${row.failure}\n  full log: ${row.log}`);
}
