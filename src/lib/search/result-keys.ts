/**
 * Up and down arrows through a page of search results, as a keydown handler for the window:
 * from anywhere before the results, down goes to the first; up from the first goes back to the
 * search box. Other keys, and arrows with no results, are left to the browser.
 */
export function resultKeys(options: {
	/** The element holding the result links (`.result-link`). */
	list: () => HTMLElement | undefined;
	/** The search box. */
	box: () => HTMLElement | null;
}): (event: KeyboardEvent) => void {
	return (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...(options.list()?.querySelectorAll<HTMLAnchorElement>('.result-link') ?? [])];
		if (!links.length) return;
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		if (next < 0 && at >= 0) options.box()?.focus();
		else if (next >= 0 && next < links.length) links[next]?.focus();
		else return;
		event.preventDefault();
	};
}
