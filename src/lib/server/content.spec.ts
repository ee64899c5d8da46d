import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inContentCopy } from '../testing/content-copy';

type ContentModule = typeof import('./content');

const rootOf = inContentCopy('content-build-');

/** The module afresh, as a new process (a build's prerendering worker) would load it. */
async function freshContent(): Promise<ContentModule> {
	vi.resetModules();
	return import('./content');
}

describe('the library a build checked', () => {
	it('is what the server loads, without checking the same files again', async () => {
		const content = await freshContent();
		const checked = content.checkContentForBuild(rootOf());
		expect(checked.problems).toEqual([]);
		const kept = process.env[content.CHECKED_LIBRARY_ENV];
		expect(kept).toBe(path.join(rootOf(), '.svelte-kit', 'checked-library.json'));

		const server = await freshContent();
		const check = vi.spyOn(await import('../content/validate'), 'validateLibrary');
		const loaded = server.loadLibrary();
		expect(check).not.toHaveBeenCalled();
		expect(loaded).toEqual({ ...checked, assembled: checked.articles });
		check.mockRestore();
	});

	it('is not used once a file has changed: the server checks, and refuses what is invalid', async () => {
		const content = await freshContent();
		content.checkContentForBuild(rootOf());
		const meta = path.join(rootOf(), 'content/articles/kpa-kursk/meta.json');
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
		const meta = path.join(rootOf(), 'content/articles/kpa-kursk/meta.json');
		fs.writeFileSync(meta, '{');
		delete process.env.PARALLEL_READER_CHECKED_LIBRARY;
		const content = await freshContent();
		expect(content.checkContentForBuild(rootOf()).problems.length).toBeGreaterThan(0);
		expect(process.env[content.CHECKED_LIBRARY_ENV]).toBeUndefined();
		expect(fs.existsSync(path.join(rootOf(), '.svelte-kit', 'checked-library.json'))).toBe(false);
	});
});
