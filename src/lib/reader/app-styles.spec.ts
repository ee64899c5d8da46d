// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadReaderAppStyles, READER_APP_STYLES } from './app-styles';

const links = () =>
	[...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'));

describe('loadReaderAppStyles', () => {
	it('adds the app-only stylesheet once, and settles when it has loaded', async () => {
		document.head.innerHTML = '';
		const first = loadReaderAppStyles(document);
		expect(links()).toEqual([READER_APP_STYLES]);
		document.head.querySelector('link')?.dispatchEvent(new Event('load'));
		await expect(first).resolves.toBeUndefined();
		await loadReaderAppStyles(document);
		expect(links()).toEqual([READER_APP_STYLES]);
	});

	it('settles too when the stylesheet cannot load, so the app never waits on it', async () => {
		document.head.innerHTML = '';
		const loading = loadReaderAppStyles(document);
		document.head.querySelector('link')?.dispatchEvent(new Event('error'));
		await expect(loading).resolves.toBeUndefined();
	});
});
