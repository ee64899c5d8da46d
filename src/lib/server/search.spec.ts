import fs from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { inContentCopy } from '../testing/content-copy';

const rootOf = inContentCopy('search-build-');

it("builds a build's search files once: the next worker reads the ones the first kept", async () => {
	vi.resetModules();
	(await import('./content')).checkContentForBuild(rootOf());

	vi.resetModules();
	const built = (await import('./search')).searchFiles();
	expect(fs.existsSync(path.join(rootOf(), '.svelte-kit', 'search-files.json'))).toBe(true);

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
	expect(fs.existsSync(path.join(rootOf(), '.svelte-kit', 'search-files.json'))).toBe(false);
});
