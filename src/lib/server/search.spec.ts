import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

let root: string;
let cwd: string;
const saved = process.env.PARALLEL_READER_CHECKED_LIBRARY;

beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-build-'));
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

it("builds a build's search files once: the next worker reads the ones the first kept", async () => {
	vi.resetModules();
	(await import('./content')).checkContentForBuild(root);

	vi.resetModules();
	const built = (await import('./search')).searchFiles();
	expect(fs.existsSync(path.join(root, '.svelte-kit', 'search-files.json'))).toBe(true);

	vi.resetModules();
	const shard = vi.spyOn(await import('../search/build-index'), 'shardIndexes');
	const read = (await import('./search')).searchFiles();
	expect(shard).not.toHaveBeenCalled();
	expect(read).toEqual(built);
	shard.mockRestore();
});

it('builds them itself outside a build', async () => {
	delete process.env.PARALLEL_READER_CHECKED_LIBRARY;
	vi.resetModules();
	const { searchFiles } = await import('./search');
	expect(searchFiles().manifest.articles.length).toBeGreaterThan(0);
	expect(fs.existsSync(path.join(root, '.svelte-kit', 'search-files.json'))).toBe(false);
});
