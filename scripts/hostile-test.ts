// The hostile-text test of `npm test` (issue 13): a scratch copy of this checkout whose content/
// is e2e-hostile/content (one article and one glossary term holding markup, a javascript: address
// and an HTML comment opener, as text), built and then read in Chromium, with the pages' CSP in
// force, through every path that shows text (e2e-hostile/hostile.spec.ts). Before that it checks
// that the build itself refuses what content may not hold at all: a tag in a segment and a bidi
// control. The copy is removed when the test passes and kept when it fails.
// Usage: tsx scripts/hostile-test.ts [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_DIR } from '../src/lib/content/corpus.ts';

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'e2e-hostile/content';
const SLUG = 'hostile-markup';

/**
 * A copy of this checkout's files as they are (committed or not, ignored ones left out), with
 * e2e-hostile/content as its content/ and node_modules linked. The false-match corpus is left
 * out: it holds the shipped term base to general sentences, where the fixture's term (Kabul)
 * rightly occurs.
 */
function scratchCopy(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-test-'));
	const listed = execFileSync(
		'git',
		['-C', REPOSITORY, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{ encoding: 'utf8' }
	);
	for (const file of listed.split('\0').filter(Boolean)) {
		if (['content/', 'e2e-hostile/', `${CORPUS_DIR}/`].some((dir) => file.startsWith(dir)))
			continue;
		const from = path.join(REPOSITORY, file);
		// A file deleted in the working tree is still listed as committed: the copy is the tree.
		if (!fs.existsSync(from) || fs.statSync(from).isDirectory()) continue;
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.copyFileSync(from, path.join(dir, file));
	}
	fs.cpSync(path.join(REPOSITORY, FIXTURE), path.join(dir, 'content'), { recursive: true });
	fs.symlinkSync(path.join(REPOSITORY, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

function viteBuild(dir: string): { status: number | null; output: string } {
	const result = spawnSync('node_modules/.bin/vite', ['build'], { cwd: dir, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The tag and the bidi control the fixture cannot hold, put into its English text: the build must
 * stop on both, naming file, segment and reason, before it writes a page.
 */
function expectBuildRefusal(dir: string): void {
	const file = path.join(dir, 'content/articles', SLUG, 'en.json');
	const original = fs.readFileSync(file, 'utf8');
	const text: Record<string, string> = JSON.parse(original);
	const rlo = String.fromCodePoint(0x202e);
	text[`${SLUG}:1.1`] = 'A reader in Kabul pasted <img src=x onerror=alert(1)> into a comment.';
	const before = 'The same reader in Kabul typed ';
	text[`${SLUG}:1.2`] = `${before}${rlo}javascript:alert(1) as a link.`;
	fs.writeFileSync(file, JSON.stringify(text));
	const { status, output } = viteBuild(dir);
	fs.writeFileSync(file, original);
	const expected = [
		`content/articles/${SLUG}/en.json: ${SLUG}:1.1: leftover source noise: markup tag "<img src=x onerror=alert(1)>"`,
		`content/articles/${SLUG}/en.json: ${SLUG}:1.2: bidi control U+202E (RIGHT-TO-LEFT OVERRIDE) at character ${before.length + 1}: it reorders what a reader sees against what the file says`
	];
	const missing = expected.filter((line) => !output.includes(line));
	if (status === 0 || missing.length || fs.existsSync(path.join(dir, 'build'))) {
		throw new Error(
			`hostile-test: the build did not refuse a tag and a bidi control in a segment (exit ${status}); missing:\n${missing.join('\n')}\n${output.slice(-3000)}`
		);
	}
	console.log('hostile-test: the build refuses a tag and a bidi control in a segment');
}

let dir: string | undefined;
let passed = false;
try {
	dir = scratchCopy();
	expectBuildRefusal(dir);
	const started = performance.now();
	const build = viteBuild(dir);
	if (build.status !== 0) {
		throw new Error(`hostile-test: the build of ${FIXTURE} failed:\n${build.output.slice(-3000)}`);
	}
	console.log(
		`hostile-test: ${FIXTURE} built in ${((performance.now() - started) / 1000).toFixed(0)} s`
	);
	const test = spawnSync(
		'node_modules/.bin/playwright',
		['test', '--config', 'e2e-hostile/playwright.config.ts'],
		{ cwd: REPOSITORY, stdio: 'inherit', env: { ...process.env, HOSTILE_SITE: dir } }
	);
	passed = test.status === 0;
	if (!passed) process.exitCode = 1;
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
} finally {
	if (dir && passed && !values.keep) fs.rmSync(dir, { recursive: true, force: true });
	else if (dir) console.error(`hostile-test: the copy is kept in ${dir}`);
}
