import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { aliasRedirectScript, canonicalAddress, LANGUAGE_SPELLINGS } from './langAlias';

const ADDRESSES: Array<[string, string | null]> = [
	['/prs/', '/fa-AF/'],
	['/prs', '/fa-AF/'],
	['/prs/articles/kpa-kursk/', '/fa-AF/articles/kpa-kursk/'],
	['/fa-af/glossary/kursk-oblast/', '/fa-AF/glossary/kursk-oblast/'],
	['/PRS/search/', '/fa-AF/search/'],
	['/EN/articles/kpa-kursk/', '/en/articles/kpa-kursk/'],
	['/Ru/', '/ru/'],
	// Canonical addresses and others are left alone: no redirect loop on a missing page.
	['/fa-AF/articles/no-such-article/', null],
	['/en/', null],
	['/', null],
	['/xx/', null],
	['/prsx/', null],
	['/constructor/', null],
	['/__proto__/x', null],
	['/search-index/en/manifest.json', null]
];

describe('canonicalAddress', () => {
	it.each(ADDRESSES)('%s → %s', (pathname, expected) => {
		expect(canonicalAddress(pathname)).toBe(expected);
	});

	it('knows every language and alias in lower case', () => {
		expect(LANGUAGE_SPELLINGS).toEqual({ en: 'en', 'fa-af': 'fa-AF', ru: 'ru', prs: 'fa-AF' });
	});
});

describe('aliasRedirectScript', () => {
	/** Runs the 404 page's script at an address and returns where it sent the browser, if anywhere. */
	const run = (pathname: string, search = '', hash = '') => {
		let replaced: string | null = null;
		const location = { pathname, search, hash, replace: (to: string) => (replaced = to) };
		vm.runInNewContext(aliasRedirectScript(), { location });
		return replaced;
	};

	it.each(ADDRESSES)('at %s goes where canonicalAddress says', (pathname, expected) => {
		expect(run(pathname)).toBe(expected);
	});

	it('keeps the query and the passage anchor', () => {
		expect(run('/prs/search/', '?q=%DA%A9%D9%88%D8%B1%D8%B3%DA%A9', '#hit-2')).toBe(
			'/fa-AF/search/?q=%DA%A9%D9%88%D8%B1%D8%B3%DA%A9#hit-2'
		);
	});
});
