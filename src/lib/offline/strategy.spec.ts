import { describe, expect, it } from 'vitest';
import { KEEP_HEADER } from './caches';
import { companionsOf, isCacheable, strategyFor, type Strategy } from './strategy';

const origin = 'http://127.0.0.1:4173';
const shell = new Set(['/_app/immutable/entry/start.abc.js', '/favicon.svg', '/en/offline/']);
const request = (url: string, { method = 'GET', keep = false } = {}) => ({
	method,
	url: `${url.startsWith('http') ? '' : origin}${url}`,
	headers: new Headers(keep ? { [KEEP_HEADER]: '1' } : {})
});

describe('strategyFor', () => {
	it.each<[string, ReturnType<typeof request>, Strategy]>([
		['a shell file', request('/_app/immutable/entry/start.abc.js'), 'shell'],
		['a static file', request('/favicon.svg'), 'shell'],
		['a precached page', request('/en/offline/'), 'shell'],
		[
			'an older deployment’s hashed file',
			request('/_app/immutable/entry/start.old.js'),
			'immutable'
		],
		['an article page', request('/fa-AF/articles/kpa-kursk/'), 'page'],
		['an article page with a view query', request('/ru/articles/kpa-kursk/?langs=ru,en'), 'page'],
		['page data', request('/en/articles/kpa-kursk/__data.json?x-sveltekit-invalidated=01'), 'page'],
		['a search shard', request('/search-index/words/6b-75.json'), 'page'],
		['the glossary summaries', request('/glossary-index.json'), 'page'],
		['the service worker', request('/service-worker.js'), 'network'],
		['the version file', request('/_app/version.json'), 'network'],
		['a download for keeping', request('/en/articles/kpa-kursk/', { keep: true }), 'network'],
		['a POST', request('/en/', { method: 'POST' }), 'network'],
		['another origin', request('https://example.org/x.js'), 'network']
	])('%s: %s', (_, req, expected) => {
		expect(strategyFor(req, { origin, base: '', shell, keepHeader: KEEP_HEADER })).toBe(expected);
	});

	it('honours the base path', () => {
		const options = { origin, base: '/reader', shell, keepHeader: KEEP_HEADER };
		expect(strategyFor(request('/reader/service-worker.js'), options)).toBe('network');
		expect(strategyFor(request('/reader/_app/immutable/x.js'), options)).toBe('immutable');
	});
});

describe('isCacheable', () => {
	it.each([
		[{ ok: true, status: 200, type: 'basic', redirected: false }, true],
		[{ ok: false, status: 0, type: 'opaque', redirected: false }, false],
		[{ ok: false, status: 404, type: 'basic', redirected: false }, false],
		[{ ok: false, status: 503, type: 'basic', redirected: false }, false],
		[{ ok: true, status: 206, type: 'basic', redirected: false }, false],
		[{ ok: true, status: 200, type: 'cors', redirected: false }, false],
		[{ ok: true, status: 200, type: 'basic', redirected: true }, false]
	] as const)('%o: %s', (response, expected) => {
		expect(isCacheable(response)).toBe(expected);
	});
});

describe('companionsOf', () => {
	it.each<[string, string, string[]]>([
		['/en/articles/kpa-kursk/', '', ['/en/articles/kpa-kursk/__data.json', '/glossary-index.json']],
		['/ru/glossary/kpa/__data.json', '', ['/ru/glossary/kpa/']],
		['/fa-AF/glossary/kpa/', '', ['/fa-AF/glossary/kpa/__data.json']],
		[
			'/reader/en/articles/kpa-kursk/',
			'/reader',
			['/reader/en/articles/kpa-kursk/__data.json', '/reader/glossary-index.json']
		],
		['/search-index/words/6b-75.json', '', []]
	])('%s (base “%s”): %o', (path, base, expected) => {
		expect(companionsOf(`${origin}${path}`, base)).toEqual(expected.map((p) => `${origin}${p}`));
	});
});
