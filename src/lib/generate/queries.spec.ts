import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages.ts';
import { generateArticles, readGlossary } from './library.ts';
import { oracle, pickQueries } from './queries.ts';

// Five generated articles in the shape the content loader gives: text by segment, then language.
const articles = [...generateArticles(5, 3, readGlossary('content/glossary'))].map((article) => {
	const segmentIds = Object.keys(article.text.en);
	return {
		segmentIds,
		text: Object.fromEntries(
			segmentIds.map((id) => [
				id,
				Object.fromEntries(LANGUAGE_CODES.map((l) => [l, article.text[l][id] ?? '']))
			])
		) as Record<string, Record<(typeof LANGUAGE_CODES)[number], string>>
	};
});
const queries = pickQueries(articles);
const byKind = new Map(queries.map((query) => [query.kind, query]));

describe('the queries of the scale measurements', () => {
	it('are one of each kind the issue measures, each with passages an exact reading finds', () => {
		expect([...byKind.keys()]).toEqual([
			'one word, frequent',
			'one word, rare',
			'two words',
			'prefix',
			'typo, first letter',
			'Dari in Arabic ي ك',
			'phrase'
		]);
		for (const query of queries)
			expect(oracle(articles, query).size, query.kind).toBeGreaterThan(0);
	});

	it('find more passages for the frequent word than for the rare one', () => {
		const count = (kind: string) => oracle(articles, byKind.get(kind)!).size;
		expect(count('one word, frequent')).toBeGreaterThan(count('one word, rare'));
	});

	it('mistype the first letter of a real word, into a word the library does not have', () => {
		const typo = byKind.get('typo, first letter')!;
		const target = 'words' in typo.oracle ? typo.oracle.words[0]! : '';
		expect(typo.query.slice(1)).toBe(target.slice(1));
		expect(typo.query[0]).not.toBe(target[0]);
		expect(oracle(articles, { ...typo, oracle: { words: [typo.query] } }).size).toBe(0);
	});

	it('type Dari with the Arabic letters ي and ك, and quote a phrase of four words', () => {
		expect(byKind.get('Dari in Arabic ي ك')!.query).toMatch(/^[^یک]*[يك][^یک]*$/u);
		const phrase = byKind.get('phrase')!.query;
		expect(phrase).toMatch(/^".+"$/);
		expect(phrase.slice(1, -1).split(' ')).toHaveLength(4);
	});
});
