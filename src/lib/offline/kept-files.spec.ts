import { describe, expect, it } from 'vitest';
import { KEEP_HEADER } from './caches';
import {
	distinctBytes,
	downloadInto,
	mergeKept,
	pruneKept,
	type KeepEnvironment,
	type KeptItem
} from './kept-files';

/** The part of a Cache the keeper uses, over a map of address to body. */
function fakeCache() {
	const stored = new Map<string, string>();
	const cache = {
		put: async (key: string, response: Response) => void stored.set(key, await response.text()),
		delete: async (key: string) => stored.delete(key)
	} as unknown as Cache;
	return { cache, stored };
}

/** A host serving `files`; `broken` answers 500; every request's headers are recorded. */
function host(files: Record<string, string>, broken = new Set<string>()) {
	const headers: Headers[] = [];
	const env: KeepEnvironment = {
		fetch: (async (input: string, init?: RequestInit) => {
			headers.push(new Headers(init?.headers));
			const path = new URL(input).pathname;
			if (broken.has(path)) return new Response('', { status: 500 });
			const body = files[path];
			const response = body === undefined ? new Response('', { status: 404 }) : new Response(body);
			// A Response made here has type "default"; the browser's same-origin answers are "basic".
			Object.defineProperty(response, 'type', { value: 'basic' });
			return response;
		}) as typeof fetch,
		caches: {} as CacheStorage,
		storage: null,
		origin: 'http://reader.test',
		base: ''
	};
	return { env, headers };
}

const item = (id: string, sizes: Record<string, number>): KeptItem => ({
	id,
	sizes,
	keptAt: '2026-01-01T00:00:00.000Z'
});

describe('downloadInto', () => {
	it('stores every file under its absolute address, counts its bytes, and marks it for keeping', async () => {
		const { env, headers } = host({ '/a/': 'page', '/a/__data.json': '{}', '/s.json': '[1,2]' });
		const { cache, stored } = fakeCache();
		const seen: number[] = [];
		const paths: string[] = [];
		const sizes = await downloadInto(env, cache, ['/a/', '/a/__data.json', '/s.json'], {
			signal: new AbortController().signal,
			stored: paths,
			onFile: (bytes) => seen.push(bytes)
		});
		expect([...stored.keys()].sort()).toEqual([
			'http://reader.test/a/',
			'http://reader.test/a/__data.json',
			'http://reader.test/s.json'
		]);
		expect(Object.fromEntries(sizes)).toEqual({ '/a/': 4, '/a/__data.json': 2, '/s.json': 5 });
		expect(seen.reduce((a, b) => a + b)).toBe(11);
		expect(paths.sort()).toEqual(['/a/', '/a/__data.json', '/s.json']);
		expect(headers.every((h) => h.get(KEEP_HEADER) === '1')).toBe(true);
	});

	it('fails on an error answer, having stored only whole files it reports', async () => {
		const files = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`/f${i}`, 'x']));
		const { env } = host(files, new Set(['/f3']));
		const { cache, stored } = fakeCache();
		const paths: string[] = [];
		await expect(
			downloadInto(env, cache, Object.keys(files), {
				signal: new AbortController().signal,
				stored: paths,
				onFile: () => undefined
			})
		).rejects.toThrow('/f3: 500');
		expect(stored.size).toBe(paths.length);
		expect(paths).not.toContain('/f3');
		expect(paths.length).toBeLessThan(20);
	});
});

describe('pruneKept', () => {
	it('removes only the files no remaining item lists', async () => {
		const { env } = host({});
		const { cache, stored } = fakeCache();
		for (const path of ['/a/', '/shard.json', '/b/']) stored.set(`http://reader.test${path}`, '');
		const remaining = [item('article:b', { '/b/': 1, '/shard.json': 1 })];
		await pruneKept(env, cache, ['/a/', '/shard.json'], remaining);
		expect([...stored.keys()].sort()).toEqual([
			'http://reader.test/b/',
			'http://reader.test/shard.json'
		]);
	});
});

describe('mergeKept and distinctBytes', () => {
	it('replaces an item kept again, and counts a shared file once in the total', () => {
		const before = [
			item('article:a', { '/a/': 10, '/shard.json': 5 }),
			item('library', { '/': 1 })
		];
		const merged = mergeKept(
			before,
			[['article:a', ['/a/', '/shard.json']]],
			new Map([
				['/a/', 12],
				['/shard.json', 5]
			]),
			Date.UTC(2026, 10, 29)
		);
		expect(merged.map((i) => i.id)).toEqual(['library', 'article:a']);
		expect(merged[1]).toEqual({
			id: 'article:a',
			sizes: { '/a/': 12, '/shard.json': 5 },
			keptAt: '2026-11-29T00:00:00.000Z'
		});
		const withB = [...merged, item('article:b', { '/b/': 3, '/shard.json': 5 })];
		expect(distinctBytes(withB)).toBe(1 + 12 + 5 + 3);
	});
});
