import { describe, expect, it } from 'vitest';
import { nextSegmentId } from './keyboard';

describe('nextSegmentId', () => {
	const ids = ['a:1.1', 'a:1.2', 'a:2.1'];
	it.each<[string | null, 1 | -1, string | null]>([
		[null, 1, 'a:1.1'],
		[null, -1, 'a:2.1'],
		['a:1.1', 1, 'a:1.2'],
		['a:1.2', -1, 'a:1.1'],
		['a:2.1', 1, 'a:2.1'],
		['a:1.1', -1, 'a:1.1'],
		['elsewhere', 1, 'a:1.1']
	])('from %s by %i', (current, step, expected) => {
		expect(nextSegmentId(ids, current, step)).toBe(expected);
	});

	it('has nothing to go to in an empty text', () => {
		expect(nextSegmentId([], null, 1)).toBeNull();
	});
});
