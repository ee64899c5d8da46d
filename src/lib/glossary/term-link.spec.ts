import { describe, expect, it } from 'vitest';
import { TERM_LINK_MARKUP, termIdOf } from './term-link';

describe('termIdOf', () => {
	it.each([
		['/en/glossary/kcna/', 'kcna'],
		['/fa-AF/glossary/russian-general-staff/', 'russian-general-staff'],
		['/base/ru/glossary/cspt-article-4/', 'cspt-article-4'],
		['/en/glossary/', null],
		['/en/articles/kpa-kursk/', null],
		['/en/glossary/KCNA/', null],
		['https://example.org/en/glossary/kcna/x', null],
		[null, null]
	])('reads %j as %j', (href, term) => {
		expect(termIdOf(href)).toBe(term);
	});
});

describe('TERM_LINK_MARKUP', () => {
	it('finds each link with its address and text, across <bdi> runs', () => {
		const markup =
			'در <a href="/fa-AF/glossary/kcna/" class="term"><bdi dir="ltr">KCNA</bdi></a> و <a href="/fa-AF/glossary/dprk/" class="term">کوریا</a>';
		expect([...markup.matchAll(TERM_LINK_MARKUP)].map((m) => [termIdOf(m[1]), m[2]])).toEqual([
			['kcna', '<bdi dir="ltr">KCNA</bdi>'],
			['dprk', 'کوریا']
		]);
	});
});
