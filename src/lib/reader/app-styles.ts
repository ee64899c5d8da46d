import readerAppStyles from '$lib/styles/reader-app.css?url';

/** The address of the article page's app-only stylesheet (the term popover, the shortcuts list). */
export const READER_APP_STYLES = readerAppStyles;

/**
 * Adds the app-only stylesheet to the document once (a page started by start-on-use.js already has
 * it); resolves when it has loaded, or failed to (the popover then works unstyled).
 */
export function loadReaderAppStyles(document: Document): Promise<void> {
	const present = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find(
		(link) => link.getAttribute('href') === READER_APP_STYLES
	);
	if (present) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = READER_APP_STYLES;
	const loaded = new Promise<void>((resolve) => {
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => resolve(), { once: true });
	});
	document.head.append(link);
	return loaded;
}
