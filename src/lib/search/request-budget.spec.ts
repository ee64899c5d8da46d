import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { loadLibrary } from '../server/content';
import { articleTexts, buildLanguageIndex, buildSearchTerms, shardIndexes } from './build-index';
import { SearchEngine } from './engine';
import { SearchService } from './search-service';
import { keyFile } from './shard-keys';

const { articles, terms, occurrences } = loadLibrary();
const searchTerms = buildSearchTerms(terms, occurrences).terms;
const full = LANGUAGE_CODES.map((language) => buildLanguageIndex(articles, language));
const complete = new SearchEngine(structuredClone(full), searchTerms);
// Files split as finely as the content allows, so that every word of a query is in a file of
// its own, as in a library of a thousand articles.
const files = shardIndexes(structuredClone(full), searchTerms, { maxBytes: 1 });
const served = new Map<string, unknown>([
	['manifest.json', files.manifest],
	...[...files.shards].map(([key, shard]) => [`words/${keyFile(key)}.json`, shard] as const),
	...[...files.suffixes].map(([key, list]) => [`suffixes/${keyFile(key)}.json`, list] as const),
	...articles.map((article) => [`texts/${article.slug}.json`, articleTexts(article)] as const)
]);

/** A first query from a cold cache: what it fetched, and what it showed. */
async function firstQuery(query: string) {
	const asked: string[] = [];
	const service = new SearchService((async (input: string | URL | Request) => {
		const path = String(input).replace('https://reader.test/search-index/', '');
		asked.push(path);
		const body = served.get(path);
		return body === undefined ? new Response('', { status: 404 }) : Response.json(body);
	}) as typeof fetch);
	await service.handle({
		type: 'load',
		id: 1,
		base: 'https://reader.test',
		languages: [...LANGUAGE_CODES]
	});
	const answer = await service.handle({ type: 'search', id: 2, query, options: { limit: 30 } });
	if (answer.type !== 'results') throw new Error(`${query}: ${JSON.stringify(answer)}`);
	return { asked, shown: answer.results.results.map((r) => r.segment) };
}

describe('the first query from a cold cache', () => {
	it.each([
		'Gerasimov',
		'Zakharva',
		'Lerasimov',
		'Gerasimv Putn',
		'Lerasimov Putn',
		'партнерстве',
		'پيمان مشاركت استراتژيك جامع',
		'"shoulder to shoulder"',
		'"the participation of North Korean troops in the liberation"',
		'the participation of North Korean troops in the liberation of the Kursk region',
		'"плечом к плечу с российскими военнослужащими"'
	])(
		'%s costs at most 6 requests, the manifest included, and shows the best hit',
		async (query) => {
			const { asked, shown } = await firstQuery(query);
			expect(asked, asked.join(' ')).toHaveLength(new Set(asked).size);
			expect(asked.length, asked.join(' ')).toBeLessThanOrEqual(6);
			const best = complete.search(query).results;
			expect(shown.length).toBeGreaterThan(0);
			expect(shown[0]).toBe(best[0]?.segment);
			// Every hit shown is one the whole index finds.
			const found = new Set(best.map((r) => r.segment));
			expect(shown.filter((segment) => !found.has(segment))).toEqual([]);
		}
	);

	it('shows every passage of a long exact phrase that the whole index finds', async () => {
		const query = '"the participation of North Korean troops in the liberation"';
		const { shown } = await firstQuery(query);
		expect(shown).toEqual(complete.search(query).results.map((r) => r.segment));
	});
});
