import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentPlugin } from '../../../scripts/vite-content-plugin';
import { checkContent } from '../server/content';
import { formatProblem } from './validate';

// One small article per malformed kind, each with one defect, and the one line content:check
// must print for it (expected.txt): file, segment and reason.
const FIXTURES = 'src/lib/content/fixtures/malformed';
const kinds = fs.readdirSync(FIXTURES).sort();
const expected = (kind: string) =>
	fs
		.readFileSync(path.join(FIXTURES, kind, 'expected.txt'), 'utf8')
		.trim()
		.split('\n');

describe('malformed content fixtures', () => {
	it('cover every kind issue 13 names', () => {
		expect(kinds).toEqual([
			'arabic-digits-in-dari',
			'arabic-letters-in-dari',
			'bidi-control',
			'bidi-isolate',
			'byte-order-mark',
			'c0-control',
			'c1-control',
			'english-in-dari',
			'english-in-russian',
			'identical-to-source',
			'not-nfc',
			'russian-in-dari',
			'unbalanced-across-segments',
			'unbalanced-in-segment',
			'zero-width-joiner',
			'zwnj-at-word-edge'
		]);
	});

	it.each(kinds)('%s is refused for what it is, and for nothing else', (kind) => {
		const { problems, articles } = checkContent(path.join(FIXTURES, kind));
		expect(problems.map(formatProblem)).toEqual(expected(kind));
		expect(articles).toEqual([]);
	});

	it('passes once its defect is fixed (the base article is valid)', () => {
		// not-nfc's only defect is its decomposed Russian ё: composing it gives the base article.
		const root = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'malformed-'));
		fs.cpSync(path.join(FIXTURES, 'not-nfc'), root, { recursive: true });
		const file = path.join(root, 'content/articles/not-nfc/ru.json');
		fs.writeFileSync(file, fs.readFileSync(file, 'utf8').normalize('NFC'));
		const { problems, articles } = checkContent(root);
		fs.rmSync(root, { recursive: true });
		expect(problems.map(formatProblem)).toEqual([]);
		expect(articles.map((a) => a.slug)).toEqual(['not-nfc']);
	});

	it('content:check prints the problem and fails', () => {
		const run = spawnSync(
			'npx',
			['tsx', 'scripts/content-check.ts', path.join(FIXTURES, 'bidi-control')],
			{ encoding: 'utf8' }
		);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(expected('bidi-control')[0]);
	}, 60_000);

	it('the build refuses it too', () => {
		const plugin = validateContentPlugin(path.join(FIXTURES, 'c0-control'));
		const context = {
			error(message: string): never {
				throw new Error(message);
			}
		};
		const buildStart = plugin.buildStart as (this: typeof context) => void;
		expect(() => buildStart.call(context)).toThrow(expected('c0-control')[0]);
	});
});
