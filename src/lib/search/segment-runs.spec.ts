import { describe, expect, it } from 'vitest';
import { loadArticles } from '../server/content';
import { decodeSegmentRuns, encodeSegmentRuns } from './segment-runs';

describe('segment runs', () => {
	it.each([
		[[], ''],
		[['0.1'], '0.1'],
		[['3.1', '3.2', '3.3', '3.4'], '3.1-4'],
		[['0.1', '1.1', '1.2', '2.1'], '0.1 1.1-2 2.1'],
		[['9', '10', '11'], '9-11'],
		[['3.1', '3.3'], '3.1 3.3'],
		[['notes', 'a.b', '2.01', '2.02'], 'notes a.b 2.01 2.02'],
		[['2.2', '2.1'], '2.2 2.1']
	])('%j is written %j and read back', (ids, runs) => {
		expect(encodeSegmentRuns(ids)).toBe(runs);
		expect(decodeSegmentRuns(runs)).toEqual(ids);
	});

	it.each(loadArticles().map((a) => [a.slug, a] as const))(
		'round-trips every segment ID of %s',
		(slug, { segmentIds }) => {
			const local = segmentIds.map((id) => id.slice(slug.length + 1));
			const runs = encodeSegmentRuns(local);
			expect(decodeSegmentRuns(runs)).toEqual(local);
			expect(runs.length).toBeLessThan(local.join(' ').length);
		}
	);
});
