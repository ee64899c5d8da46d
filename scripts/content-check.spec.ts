import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');
const SCRIPT = path.resolve('scripts/content-check.ts');

function runCheck(root: string) {
	return spawnSync(TSX, [SCRIPT, root], { encoding: 'utf8' });
}

/** A copy of the real content/ in a temporary folder, so a test can break one file of it. */
function copyOfContent(): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
	fs.cpSync('content', path.join(root, 'content'), { recursive: true });
	return root;
}

describe('npm run content:check', () => {
	it('passes on the shipped content', () => {
		const result = runCheck(process.cwd());
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(
			/^names by reliability \(and without a dated source\):\n( {2}(en {3}|fa-AF|ru {3}) high \d+, medium \d+, low \d+; without a dated source \d+\n){3}content check passed: 2 article\(s\), 104 segments, \d+ terms, \d+ term occurrences\n$/
		);
		expect(result.status).toBe(0);
	});

	it('prints each problem as file: segment: message and exits with status 1', () => {
		const root = copyOfContent();
		const file = path.join(root, 'content/articles/kpa-kursk/ru.json');
		const segments = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
		delete segments['kpa-kursk:2.1'];
		segments['kpa-kursk:1.2'] = '';
		fs.writeFileSync(file, JSON.stringify(segments, null, '\t'));

		const result = runCheck(root);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			[
				'content/articles/kpa-kursk/ru.json: kpa-kursk:2.1: segment missing (it is in structure.json)',
				'content/articles/kpa-kursk/ru.json: kpa-kursk:1.2: empty text',
				'',
				'content check failed: 2 problem(s)',
				''
			].join('\n')
		);
		fs.rmSync(root, { recursive: true });
	});

	it('refuses a Russian name that cites no dated source and still claims medium reliability', () => {
		const root = copyOfContent();
		const file = path.join(root, 'content/glossary/kcna.json');
		const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as {
			ru: { label: { sources: unknown[]; reliability: string } };
		};
		entry.ru.label.sources = [];
		entry.ru.label.reliability = 'medium';
		fs.writeFileSync(file, JSON.stringify(entry, null, '\t'));

		const result = runCheck(root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'content/glossary/kcna.json: ru.label: "Центральное телеграфное агентство Кореи" cites no source with a publisher and a date'
		);
		expect(result.stdout).toMatch(
			/ru {4}high \d+, medium \d+, low \d+; without a dated source \d+/
		);
		fs.rmSync(root, { recursive: true });
	});
});
