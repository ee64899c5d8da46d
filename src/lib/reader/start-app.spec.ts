import { stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { revive } from './start-app.js';

class Marked {
	constructor(readonly note: string) {}
}

describe('revive', () => {
	// What SvelteKit writes into __data.json: devalue's stringify with the app's transport types.
	const flatten = (value: unknown) =>
		JSON.parse(
			stringify(value, { Marked: (v: unknown) => v instanceof Marked && [v.note] })
		) as unknown[];
	const decoders = { Marked: (value: unknown) => new Marked((value as string[])[0]!) };

	it('gives back what devalue flattened: objects, arrays, repeats, undefined, transported types', () => {
		const shared = { slug: 'kpa-kursk' };
		const value = {
			article: shared,
			again: shared,
			list: [1, 'two', null, true, { deep: ['x'] }],
			missing: undefined,
			text: new Marked('kept'),
			empty: ''
		};
		const revived = revive(flatten(value), decoders, 'data.json') as typeof value;
		expect(revived).toEqual(value);
		expect(revived.again).toBe(revived.article);
		expect(revived.text).toBeInstanceOf(Marked);
	});

	it('refuses a type it has no decoder for, naming the file', () => {
		expect(() => revive(flatten({ when: new Date(0) }), decoders, '/x/__data.json')).toThrow(
			'/x/__data.json: no decoder for a Date'
		);
	});

	it('refuses values devalue writes as negative numbers other than undefined', () => {
		expect(() => revive(flatten({ n: Number.NaN }), decoders, 'd.json')).toThrow(
			'd.json: a value this page cannot revive (-3)'
		);
	});
});
