import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../languages';
import { loadLibrary } from '../server/content';
import { concordanceOf } from './concordance';

describe('concordanceOf', () => {
	const { articles, occurrences } = loadLibrary();

	it('lists each passage of a term once, in library order, with its ranges per language', () => {
		const { passages, total } = concordanceOf('kcna', articles, occurrences, LANGUAGE_CODES, 50);
		const segments = new Set(occurrences.filter((o) => o.term === 'kcna').map((o) => o.segment));
		expect(total).toBe(segments.size);
		expect(passages.map((p) => p.segment)).toEqual(
			articles.flatMap((a) => a.segmentIds.filter((id) => segments.has(id)))
		);
		for (const passage of passages) {
			const text = passage.article.text[passage.segment]!;
			for (const language of LANGUAGE_CODES)
				for (const range of passage.ranges[language])
					expect(text[language].slice(range.start, range.end).length).toBeGreaterThan(0);
		}
	});

	it('shows the first passages only, and counts them all', () => {
		const all = concordanceOf('russia', articles, occurrences, LANGUAGE_CODES, Infinity);
		expect(all.total).toBeGreaterThan(3);
		const first = concordanceOf('russia', articles, occurrences, LANGUAGE_CODES, 3);
		expect(first.total).toBe(all.total);
		expect(first.passages.map((p) => p.segment)).toEqual(
			all.passages.slice(0, 3).map((p) => p.segment)
		);
	});
});
