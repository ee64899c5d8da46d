// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { addReaderAppStyles, READER_APP_STYLES } from './app-styles';

const links = () =>
	[...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'));

describe('addReaderAppStyles', () => {
	it('adds the app-only stylesheet once', () => {
		document.head.innerHTML = '';
		addReaderAppStyles(document);
		expect(links()).toEqual([READER_APP_STYLES]);
		addReaderAppStyles(document);
		expect(links()).toEqual([READER_APP_STYLES]);
	});

	it('leaves the one the starter added', () => {
		document.head.innerHTML = `<link rel="stylesheet" href="${READER_APP_STYLES}">`;
		addReaderAppStyles(document);
		expect(links()).toEqual([READER_APP_STYLES]);
	});
});
