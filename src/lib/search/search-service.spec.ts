import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { loadLibrary } from '../server/content';
import { articleTexts, buildLanguageIndex, buildSearchTerms, shardIndexes } from './build-index';
import { SearchService, type SearchResponse } from './search-service';
import { keyFile } from './shard-keys';

const { articles, terms, occurrences } = loadLibrary();
const files = shardIndexes(
	LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language)),
	buildSearchTerms(terms, occurrences).terms
);

/** The built search files by path under /search-index/, as the host serves them. */
const served = new Map<string, unknown>([
	['manifest.json', files.manifest],
	...[...files.shards].map(([key, shard]) => [`words/${keyFile(key)}.json`, shard] as const),
	...[...files.suffixes].map(([key, list]) => [`suffixes/${keyFile(key)}.json`, list] as const),
	...articles.map((article) => [`texts/${article.slug}.json`, articleTexts(article)] as const)
]);

/**
 * A network that can be cut: while `down`, every fetch fails as the browser's does offline (a
 * TypeError); `refused` paths answer 404. `asked` records every path requested.
 */
function network() {
	const state = { down: false, refused: new Set<string>(), asked: [] as string[] };
	const fetcher = (async (input: string | URL | Request) => {
		const path = String(input).replace('https://reader.test/search-index/', '');
		state.asked.push(path);
		if (state.down) throw new TypeError('Failed to fetch');
		const body = served.get(path);
		if (body === undefined || state.refused.has(path)) return new Response('', { status: 404 });
		return Response.json(body);
	}) as typeof fetch;
	return { state, service: new SearchService(fetcher) };
}

const load = { type: 'load', base: 'https://reader.test', languages: [...LANGUAGE_CODES] } as const;
const search = (id: number, query: string) =>
	({ type: 'search', id, query, options: { limit: 30 } }) as const;
const segmentsOf = (response: SearchResponse) =>
	response.type === 'results' ? response.results.results.map((r) => r.segment) : [];

describe('the search worker after a network failure', () => {
	it('answers a failed load with an error carrying its id, and loads on the next request', async () => {
		const { state, service } = network();
		state.down = true;
		expect(await service.handle({ ...load, id: 1 })).toEqual({
			type: 'error',
			id: 1,
			message: 'Failed to fetch'
		});
		// A query while the index is still out of reach settles too, with its own id.
		expect(await service.handle(search(2, 'Kursk'))).toMatchObject({ type: 'error', id: 2 });
		state.down = false;
		const answer = await service.handle(search(3, 'Kursk'));
		expect(answer).toMatchObject({ type: 'results', id: 3 });
		expect(segmentsOf(answer).length).toBeGreaterThan(0);
		expect(state.asked.filter((path) => path === 'manifest.json')).toHaveLength(3);
	});

	it('answers from what arrived, counts what did not, and fetches it again on the next query', async () => {
		const { state, service } = network();
		expect(await service.handle({ ...load, id: 1 })).toEqual({ type: 'ready', id: 1 });
		state.down = true;
		const offline = await service.handle(search(2, 'Kursk'));
		expect(offline).toMatchObject({ type: 'results', id: 2, results: { results: [] } });
		expect(offline.type === 'results' && offline.results.missing).toBeGreaterThan(0);
		// Offline, "Kursk" was found nowhere, so its suffix list was asked for too; once its shard
		// arrives it is no typo, and only the shard and texts are needed again.
		const failedPaths = new Set(
			state.asked.slice(1).filter((path) => !path.startsWith('suffixes/'))
		);

		state.down = false;
		const online = await service.handle(search(3, 'Kursk'));
		expect(online).toMatchObject({ type: 'results', id: 3, results: { missing: 0 } });
		expect(segmentsOf(online)).toContain('kpa-kursk:0.1');
		// Every file that failed was asked for again, not remembered as failed.
		for (const path of failedPaths) {
			expect(
				state.asked.filter((asked) => asked === path),
				path
			).toHaveLength(2);
		}
	});

	it('counts a file the host refuses (404) as missing, and keeps the rest of the answer', async () => {
		const { state, service } = network();
		await service.handle({ ...load, id: 1 });
		state.refused.add('texts/kpa-kursk.json');
		const answer = await service.handle(search(2, 'Kursk'));
		expect(answer).toMatchObject({ type: 'results', id: 2, results: { missing: 1 } });
		// Hits whose texts did not arrive are not shown.
		expect(segmentsOf(answer).some((segment) => segment.startsWith('kpa-kursk:'))).toBe(false);
		state.refused.clear();
		const healed = await service.handle(search(3, 'Kursk'));
		expect(segmentsOf(healed).some((segment) => segment.startsWith('kpa-kursk:'))).toBe(true);
	});

	it.each(['kpa-kursk', 'about-this-edition'])(
		'shows the hits of the other articles when the texts of %s cannot be had',
		async (slug) => {
			const { state, service } = network();
			await service.handle({ ...load, id: 1 });
			state.refused.add(`texts/${slug}.json`);
			const answer = await service.handle(search(2, 'Kursk'));
			const shown = segmentsOf(answer);
			expect(shown.length).toBeGreaterThan(0);
			expect(shown.some((segment) => segment.startsWith(`${slug}:`))).toBe(false);
		}
	);

	it('fetches a file once for queries that want it at the same time', async () => {
		const { state, service } = network();
		await service.handle({ ...load, id: 1 });
		const answers = await Promise.all([
			service.handle(search(2, 'Kursk')),
			service.handle(search(3, 'Kursk'))
		]);
		expect(answers.map((a) => a.id)).toEqual([2, 3]);
		expect(new Set(state.asked).size).toBe(state.asked.length);
	});
});
