import readerAppStyles from '$lib/styles/reader-app.css?url';

/** The address of the article page's app-only stylesheet (reader-app.css says what it holds). */
export const READER_APP_STYLES = readerAppStyles;

/**
 * Adds the app-only stylesheet to the document, unless it is there already (a page started by
 * start-app.js, which waits for it before it starts the app, has it).
 */
export function addReaderAppStyles(document: Document): void {
	if (document.querySelector(`link[rel="stylesheet"][href="${READER_APP_STYLES}"]`)) return;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = READER_APP_STYLES;
	document.head.append(link);
}
