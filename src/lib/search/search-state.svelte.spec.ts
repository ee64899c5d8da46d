import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LanguageCode } from '../languages';
import { VIEW_KEY } from '../reader/preferences';
import type { SearchOptions } from './engine';
import type { SearchResults } from './search-service';
import { DEBOUNCE_MS, PAGE_SIZE, SearchState, type SearchBackend } from './search-state.svelte';

// SvelteKit's page and history, as far as the search state uses them: replacing the address
// changes `page.url`, as it does in the browser.
const app = vi.hoisted(() => {
	const page = { url: new URL('https://example.org/en/search/'), state: {} };
	return {
		page,
		replaceState: (path: string) => (page.url = new URL(path, page.url))
	};
});
vi.mock('$app/state', () => ({ page: app.page }));
vi.mock('$app/paths', () => ({ base: '' }));
vi.mock('$app/navigation', () => ({ replaceState: vi.fn(app.replaceState) }));

const ARTICLES = ['kpa-kursk', 'about-this-edition'];

interface Request {
	query: string;
	options: SearchOptions;
	answer: () => void;
	fail: () => void;
}

/** A search client whose answers arrive only when the test says, in any order. */
class FakeBackend implements SearchBackend {
	status: SearchBackend['status'] = 'ready';
	requests: Request[] = [];
	loads: string[] = [];

	async load(base: string) {
		this.loads.push(base);
	}

	search(query: string, options: SearchOptions): Promise<SearchResults> {
		return new Promise((resolve, reject) => {
			this.requests.push({
				query,
				options,
				answer: () => resolve(answerTo(query)),
				fail: () => reject(new Error(`no index for ${query}`))
			});
		});
	}

	request(query: string): Request {
		const request = this.requests.find((r) => r.query === query);
		if (!request) throw new Error(`no request for ${query}`);
		return request;
	}
}

function answerTo(query: string): SearchResults {
	const segment = `kpa-kursk:${query}`;
	return {
		results: [{ segment, score: 1, matches: [], texts: { en: query }, terms: [] }],
		total: 1,
		terms: [],
		missing: 0
	};
}

/** Lets the debounce run out and the answers already given arrive. */
const pause = () => vi.advanceTimersByTimeAsync(DEBOUNCE_MS);

async function restored(address = '/en/search/', storage: Storage | null = null) {
	app.page.url = new URL(address, 'https://example.org');
	const backend = new FakeBackend();
	const state = new SearchState(backend);
	await state.restore(app.page.url, ARTICLES, 'en', storage);
	return { backend, state };
}

function storageWith(entries: Record<string, string>): Storage {
	return { getItem: (key: string) => entries[key] ?? null } as Storage;
}

describe('SearchState', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it.each([
		['/en/search/', { query: '', language: '', article: '' }, '/en/search/'],
		[
			'/en/search/?q=Kursk&in=ru&article=kpa-kursk',
			{ query: 'Kursk', language: 'ru', article: 'kpa-kursk' },
			'/en/search/?q=Kursk&in=ru&article=kpa-kursk'
		],
		// A language or article the site does not have filters nothing, and leaves the address.
		[
			'/en/search/?q=Kursk&in=de&article=gone',
			{ query: 'Kursk', language: '', article: '' },
			'/en/search/?q=Kursk'
		]
	])('restores %s from the address', async (address, expected, written) => {
		const { state } = await restored(address);
		expect({ query: state.query, language: state.language, article: state.article }).toEqual(
			expected
		);
		expect(`${app.page.url.pathname}${app.page.url.search}`).toBe(written);
	});

	it.each<[Storage | null, LanguageCode[]]>([
		[null, ['en', 'fa-AF', 'ru']],
		[storageWith({}), ['en', 'fa-AF', 'ru']],
		[storageWith({ [VIEW_KEY]: 'langs=ru,fa-AF&view=lines' }), ['ru', 'fa-AF']],
		[storageWith({ [VIEW_KEY]: 'langs=xx&view=lines' }), ['en', 'fa-AF', 'ru']]
	])('takes the reading languages from the device (%#)', async (storage, expected) => {
		const { state } = await restored('/en/search/', storage);
		expect(state.readingLanguages).toEqual(expected);
	});

	it('searches for a query in the address once restored, and loads the index first', async () => {
		const { backend, state } = await restored('/en/search/?q=Kursk');
		await pause();
		expect(backend.loads).toEqual(['https://example.org']);
		backend.request('Kursk').answer();
		await vi.runAllTimersAsync();
		expect(state.searched).toBe('Kursk');
		expect(state.results.map((r) => r.segment)).toEqual(['kpa-kursk:Kursk']);
	});

	it('runs only the last query typed within the pause', async () => {
		const { backend, state } = await restored();
		for (const typed of ['K', 'Ku', 'Kur', 'Kursk']) {
			state.query = typed;
			await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
		}
		expect(backend.requests).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(backend.requests.map((r) => r.query)).toEqual(['Kursk']);
	});

	it.each([
		['in the order asked', ['Kursk', 'Pyongyang']],
		['the older last', ['Pyongyang', 'Kursk']]
	])('shows only the latest answer when answers arrive %s', async (_, order) => {
		const { backend, state } = await restored();
		state.query = 'Kursk';
		await pause();
		state.query = 'Pyongyang';
		await pause();
		for (const query of order) {
			backend.request(query).answer();
			await vi.runAllTimersAsync();
		}
		expect(state.searched).toBe('Pyongyang');
		expect(state.results.map((r) => r.segment)).toEqual(['kpa-kursk:Pyongyang']);
	});

	it('drops the answer to a query the reader has since cleared', async () => {
		const { backend, state } = await restored();
		state.query = 'Kursk';
		await pause();
		state.query = '';
		backend.request('Kursk').answer();
		await vi.runAllTimersAsync();
		expect(state.searched).toBe('');
		expect(state.results).toEqual([]);
	});

	it.each([
		['the latest query fails: its results go', 'Pyongyang', ''],
		['an older query fails: the latest answer stays', 'Kursk', 'Pyongyang']
	])('%s', async (_, failing, searched) => {
		const { backend, state } = await restored();
		state.query = 'Kursk';
		await pause();
		state.query = 'Pyongyang';
		await pause();
		for (const request of backend.requests) {
			if (request.query === failing) request.fail();
			else request.answer();
		}
		await vi.runAllTimersAsync();
		expect(state.searched).toBe(searched);
		expect(state.results.length).toBe(searched ? 1 : 0);
	});

	it('asks again for the same query on retry', async () => {
		const { backend, state } = await restored('/en/search/?q=Kursk');
		await pause();
		backend.request('Kursk').fail();
		await vi.runAllTimersAsync();
		state.retry();
		await pause();
		expect(backend.requests.map((r) => r.query)).toEqual(['Kursk', 'Kursk']);
	});

	it.each<[string, (state: SearchState) => void, Partial<SearchOptions>]>([
		['a query', (s) => (s.query = 'Курск'), { languages: undefined, article: null }],
		['a language', (s) => (s.language = 'fa-AF'), { languages: ['fa-AF'], limit: PAGE_SIZE }],
		['an article', (s) => (s.article = 'kpa-kursk'), { article: 'kpa-kursk', limit: PAGE_SIZE }],
		['more results', (s) => s.showMore(), { limit: 2 * PAGE_SIZE }],
		[
			'more, then a new query',
			(s) => {
				s.showMore();
				s.query = 'Курск';
			},
			{ limit: PAGE_SIZE }
		]
	])('asks with the options of %s', async (_, change, expected) => {
		const { backend, state } = await restored('/en/search/?q=Kursk');
		change(state);
		await pause();
		expect(backend.requests).toHaveLength(1);
		expect(backend.requests[0]?.options).toMatchObject(expected);
	});

	it.each<[string, (state: SearchState) => void, string]>([
		['typing', (s) => (s.query = 'Курск'), '?x=1&q=%D0%9A%D1%83%D1%80%D1%81%D0%BA'],
		['a language', (s) => (s.language = 'ru'), '?x=1&q=Kursk&in=ru'],
		['an article', (s) => (s.article = 'kpa-kursk'), '?x=1&q=Kursk&article=kpa-kursk'],
		['clearing the box', (s) => (s.query = ''), '?x=1'],
		['more results', (s) => s.showMore(), '?x=1&q=Kursk']
	])('keeps %s in the address, beside unrelated parameters', async (_, change, expected) => {
		const { state } = await restored('/en/search/?x=1&q=Kursk');
		change(state);
		expect(app.page.url.search).toBe(expected);
	});

	it('counts the results still to show, a page at most', async () => {
		const { state } = await restored();
		state.results = answerTo('Kursk').results;
		state.total = 1 + 2 * PAGE_SIZE;
		expect(state.more).toBe(PAGE_SIZE);
		state.total = 5;
		expect(state.more).toBe(4);
	});
});
