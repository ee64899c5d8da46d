import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');
const SCRIPT = path.resolve('scripts/content-qa.ts');

function runQa(...args: string[]) {
	return spawnSync(TSX, [SCRIPT, ...args], { encoding: 'utf8' });
}

// A content tree holding only the QA fixture article, with one Dari segment written with Arabic ك
// and one English segment with a repeated word.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-qa-'));
const dir = path.join(root, 'content/articles/qa-fixture');
fs.cpSync('src/lib/qa/fixtures/qa-fixture', dir, { recursive: true });
const edit = (language: string, segment: string, text: string) => {
	const file = path.join(dir, `${language}.json`);
	const segments = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
	fs.writeFileSync(file, JSON.stringify({ ...segments, [segment]: text }, null, '\t'));
};
edit('fa-AF', 'qa-fixture:3.1', 'هیئت (پنج نفر) به مسكو برگشت.');
edit('en', 'qa-fixture:1.1', 'The talks began on 12 May 2024 and lasted three three days.');
afterAll(() => fs.rmSync(root, { recursive: true }));

describe('npm run content:qa', () => {
	it('finds no error in the shipped content', () => {
		const result = runQa();
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(
			/^Translation QA: \d+ articles?, \d+ segments\n\nErrors \(0\): none\n/
		);
		expect(result.status).toBe(0);
	});

	it('prints errors, warnings and a summary, and exits with status 1 on an error', () => {
		const result = runQa('--root', root);
		expect(result.stdout).toBe(
			[
				'Translation QA: 1 article, 7 segments',
				'',
				'Errors (1)',
				'  qa-fixture · fa-AF',
				'    content/articles/qa-fixture/fa-AF.json: qa-fixture:3.1: Arabic ك instead of Persian ک (1×) [dari-letters]',
				'      | هیئت (پنج نفر) به مسكو برگشت.',
				'',
				'Warnings (1)',
				'  qa-fixture · en',
				'    content/articles/qa-fixture/en.json: qa-fixture:1.1: repeated word "three three" [repeated-word]',
				'      | …gan on 12 May 2024 and lasted three three days.',
				'',
				'Summary',
				'  qa-fixture  en     0 errors    1 warning',
				'  qa-fixture  fa-AF  1 error     0 warnings',
				'  qa-fixture  ru     0 errors    0 warnings',
				'  dari-letters (Arabic ي/ك instead of Persian ی/ک): 1 error',
				'  repeated-word (repeated words): 1 warning',
				'1 error, 1 warning',
				''
			].join('\n')
		);
		expect(result.status).toBe(1);
	});

	it('gives machines JSON with every finding and the summary', () => {
		const result = runQa('qa-fixture', '--json', '--root', root);
		const report = JSON.parse(result.stdout) as {
			findings: { severity: string; check: string; where: string; language: string }[];
			summary: { errors: number; warnings: number };
		};
		expect(report.findings.map((f) => [f.severity, f.check, f.where, f.language])).toEqual([
			['warning', 'repeated-word', 'qa-fixture:1.1', 'en'],
			['error', 'dari-letters', 'qa-fixture:3.1', 'fa-AF']
		]);
		expect(report.summary).toMatchObject({ errors: 1, warnings: 1 });
		expect(result.status).toBe(1);
	});

	it('refuses an unknown article with status 2', () => {
		const result = runQa('no-such-article', '--root', root);
		expect(result.stderr).toBe(
			'content:qa: no article "no-such-article" (articles: qa-fixture)\nusage: npm run content:qa -- [slug] [--json] [--root <dir>]\n'
		);
		expect(result.status).toBe(2);
	});
});
