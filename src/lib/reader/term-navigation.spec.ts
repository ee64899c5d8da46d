import { describe, expect, it } from 'vitest';
import { termStep } from './term-navigation';

describe('termStep', () => {
	it.each([
		['ArrowDown', 'ltr', 1],
		['ArrowDown', 'rtl', 1],
		['ArrowUp', 'rtl', -1],
		['ArrowRight', 'ltr', 1],
		['ArrowLeft', 'ltr', -1],
		// In Dari the next word is to the left.
		['ArrowLeft', 'rtl', 1],
		['ArrowRight', 'rtl', -1],
		['Enter', 'ltr', 0],
		['j', 'ltr', 0]
	] as const)('%s in %s text → %i', (key, dir, step) => {
		expect(termStep(key, dir)).toBe(step);
	});
});
