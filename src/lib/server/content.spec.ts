import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type ContentModule = typeof import('./content');

let root: string;
let cwd: string;
const saved = process.env.PARALLEL_READER_CHECKED_LIBRARY;

/** The module afresh, as a new process (a build's prerendering worker) would load it. */
async function freshContent(): Promise<ContentModule> {
	vi.resetModules();
	return import('./content');
}

beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-build-'));
	fs.cpSync(path.join(process.cwd(), 'content'), path.join(root, 'content'), { recursive: true });
	cwd = process.cwd();
	process.chdir(root);
});

afterEach(() => {
	process.chdir(cwd);
	fs.rmSync(root, { recursive: true, force: true });
	if (saved === undefined) delete process.env.PARALLEL_READER_CHECKED_LIBRARY;
	else process.env.PARALLEL_READER_CHECKED_LIBRARY = saved;
});

describe('the library a build checked', () => {
	it('is what the server loads, without checking the same files again', async () => {
		const content = await freshContent();
		const checked = content.checkContentForBuild(root);
		expect(checked.problems).toEqual([]);
		const kept = process.env[content.CHECKED_LIBRARY_ENV];
		expect(kept).toBe(path.join(root, '.svelte-kit', 'checked-library.json'));

		const server = await freshContent();
		const check = vi.spyOn(await import('../content/validate'), 'validateLibrary');
		const loaded = server.loadLibrary();
		expect(check).not.toHaveBeenCalled();
		expect(loaded).toEqual({ ...checked, assembled: checked.articles });
		check.mockRestore();
	});

	it('is not used once a file has changed: the server checks, and refuses what is invalid', async () => {
		const content = await freshContent();
		content.checkContentForBuild(root);
		const meta = path.join(root, 'content/articles/kpa-kursk/meta.json');
		fs.writeFileSync(
			meta,
			fs
				.readFileSync(meta, 'utf8')
				.replace('"published": "2025-04-30"', '"published": "2025-04-31"')
		);
		const server = await freshContent();
		expect(() => server.loadLibrary()).toThrow('content/articles/kpa-kursk/meta.json');
	});

	it('is not kept when the content is invalid', async () => {
		const meta = path.join(root, 'content/articles/kpa-kursk/meta.json');
		fs.writeFileSync(meta, '{');
		delete process.env.PARALLEL_READER_CHECKED_LIBRARY;
		const content = await freshContent();
		expect(content.checkContentForBuild(root).problems.length).toBeGreaterThan(0);
		expect(process.env[content.CHECKED_LIBRARY_ENV]).toBeUndefined();
		expect(fs.existsSync(path.join(root, '.svelte-kit', 'checked-library.json'))).toBe(false);
	});
});
