import type { Attachment } from 'svelte/attachments';
import type { SegmentId } from '../content/article-types';

/**
 * Phones: a tap on a passage shows or hides its other languages (an attachment for the element
 * holding the passages). A tap on a link or a button does what they do, and a tap that closes an
 * open popover (lib/glossary/term-events.ts closes it on pointerdown) does only that.
 */
export function foldOnTap(options: {
	isPhone: () => boolean;
	popoverOpen: () => boolean;
	toggle: (segmentId: SegmentId) => void;
}): Attachment<HTMLElement> {
	return (element) => {
		// Read on pointerdown, before the document's listener closes the popover.
		let closedPopover = false;
		const onPointerDown = () => {
			closedPopover = options.popoverOpen();
		};
		const onClick = (event: MouseEvent) => {
			if (closedPopover || !options.isPhone()) return;
			const target = event.target as HTMLElement;
			if (target.closest('button, a')) return;
			const row = target.closest<HTMLElement>('.segment-row');
			if (row) options.toggle(row.id as SegmentId);
		};
		element.addEventListener('pointerdown', onPointerDown);
		element.addEventListener('click', onClick);
		return () => {
			element.removeEventListener('pointerdown', onPointerDown);
			element.removeEventListener('click', onClick);
		};
	};
}

/**
 * Copies the address of a passage (the page's, with the passage's id as its fragment) and makes
 * it the page's address, so it can be bookmarked or shared from the address bar too. A browser
 * that refuses the clipboard leaves the address bar as the way to copy. Returns the address.
 */
export async function copyPassageLink(
	id: SegmentId,
	page: Pick<URL, 'origin' | 'pathname' | 'search'>,
	clipboard: Pick<Clipboard, 'writeText'> | undefined
): Promise<string> {
	const href = `${page.origin}${page.pathname}${page.search}#${id}`;
	await clipboard?.writeText(href).catch(() => undefined);
	history.replaceState(history.state, '', href);
	return href;
}
