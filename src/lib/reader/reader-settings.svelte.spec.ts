// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ReaderSettings } from './reader-settings.svelte';

const storage = (items: Record<string, string> = {}) =>
	({
		getItem: (key: string) => items[key] ?? null,
		setItem: (key: string, value: string) => void (items[key] = value),
		removeItem: (key: string) => void delete items[key]
	}) as unknown as Storage;

describe('ReaderSettings', () => {
	const article = ['en', 'fa-AF', 'ru'] as const;

	it('is restored once it has read the URL and the device', () => {
		const settings = new ReaderSettings(article, 'en');
		expect(settings.restored).toBe(false);
		settings.restore(new URLSearchParams('langs=ru,en'), storage(), false);
		expect(settings.restored).toBe(true);
		expect(settings.languages).toEqual(['ru', 'en']);
	});

	it('gives the address of the current view, and none when the address says it already', () => {
		const settings = new ReaderSettings(article, 'en');
		settings.restore(new URLSearchParams(), storage(), false);
		const url = new URL('http://localhost/en/articles/a/?q=x#a:3');
		expect(settings.addressFor(url)).toBeNull();
		settings.view = 'lines';
		expect(settings.addressFor(url)).toBe(
			'/en/articles/a/?q=x&langs=en%2Cfa-AF%2Cru&view=lines#a:3'
		);
		expect(settings.addressFor(new URL(`http://localhost${settings.addressFor(url)}`))).toBeNull();
		settings.view = 'columns';
		expect(settings.addressFor(new URL('http://localhost/en/articles/a/?view=lines'))).toBe(
			'/en/articles/a/'
		);
	});

	it('shows the page in the chosen theme and font size, the system theme by leaving it unset', () => {
		const settings = new ReaderSettings(article, 'en');
		const root = document.createElement('html');
		settings.theme = 'dark';
		settings.fontScale = 1.25;
		settings.applyTo(root);
		expect(root.dataset.theme).toBe('dark');
		expect(root.style.getPropertyValue('--font-scale')).toBe('1.25');
		settings.theme = 'system';
		settings.applyTo(root);
		expect(root.dataset.theme).toBeUndefined();
	});
});
