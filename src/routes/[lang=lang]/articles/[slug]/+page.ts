import { markupFromRows, type SegmentMarkup } from '$lib/content/segment-markup';
import type { PageLoad } from './$types';

// The page the browser opened is read once, while it hydrates: afterwards the rows on screen may
// show the reader's choices (terms turned off) rather than what the server wrote.
let openedPageRead = false;

/**
 * The article's text in the browser: read back from the rows the server rendered when this is the
 * page the browser opened, or from the article's prerendered page when the reader comes to it by
 * a link within the site (its data carries no text either).
 */
async function markupInBrowser(url: URL, fetch: typeof globalThis.fetch): Promise<SegmentMarkup> {
	if (!openedPageRead && url.pathname === location.pathname) {
		openedPageRead = true;
		return markupFromRows(document);
	}
	const response = await fetch(url.pathname);
	if (!response.ok)
		throw new Error(`${url.pathname}: the article page answered ${response.status}`);
	// Its body only: the stylesheet in its head is allowed by the policy of that page, not this one.
	const html = await response.text();
	return markupFromRows(
		new DOMParser().parseFromString(html.slice(html.indexOf('<body')), 'text/html')
	);
}

export const load: PageLoad = async ({ data, fetch, url }) => {
	const { segmentMarkup, ...rest } = data;
	return {
		...rest,
		// On the server, the markup the server load built; in the browser, the page's own.
		segmentMarkup: segmentMarkup.markup ?? (await markupInBrowser(url, fetch))
	};
};
