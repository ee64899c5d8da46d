import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleExports } from '../src/lib/exchange/export.ts';
import { findArticle } from '../src/lib/server/content.ts';

const TSX = path.resolve('node_modules/.bin/tsx');
const SCRIPT = path.resolve('scripts/content-export.ts');

function runExport(...args: string[]) {
	return spawnSync(TSX, [SCRIPT, ...args], { encoding: 'utf8' });
}

describe('npm run content:export', () => {
	it('writes the files the site publishes for one article and prints their paths', () => {
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'content-export-'));
		const result = runExport('--out', out, 'kpa-kursk');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const article = findArticle('kpa-kursk');
		if (!article) throw new Error('content/articles/kpa-kursk is missing');
		const expected = articleExports(article);
		expect(result.stdout).toBe(
			expected.map(({ file }) => `${path.join(out, file.name)}\n`).join('')
		);
		for (const { file, body } of expected) {
			expect(fs.readFileSync(path.join(out, file.name), 'utf8')).toBe(body);
		}
	});

	it('names the articles there are when the slug is unknown, and exits with status 1', () => {
		const result = runExport('--out', os.tmpdir(), 'no-such-article');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^no article "no-such-article" \(articles: .*kpa-kursk.*\)\n$/);
	});
});
