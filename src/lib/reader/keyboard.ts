import type { SegmentId } from '../content/article-types';

/** True when a key press belongs to a form field, not to the reader's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The segment after (`step` 1) or before (-1) `current`; from no current segment, the first or
 * the last. Stays put at either end.
 */
export function nextSegmentId(
	ids: readonly string[],
	current: string | null,
	step: 1 | -1
): string | null {
	if (!ids.length) return null;
	const index = current === null ? -1 : ids.indexOf(current);
	if (index < 0) return (step === 1 ? ids[0] : ids[ids.length - 1]) ?? null;
	return ids[Math.min(ids.length - 1, Math.max(0, index + step))] ?? null;
}

/** Brings a passage to the middle of the screen with focus on it. */
function focusPassage(id: SegmentId) {
	const row = document.getElementById(id);
	row?.focus({ preventScroll: true });
	row?.scrollIntoView({ block: 'center' });
}

/**
 * The reader's single-key shortcuts, as a keydown handler for the window: j and k (by the key's
 * place, so in any keyboard layout) to the next and previous passage, ? (and the Dari ؟) for
 * their list. None while the reader has turned them off (WCAG 2.1.4), with a modifier held, or
 * while typing in a field.
 */
export function readerShortcuts(options: {
	segmentIds: readonly SegmentId[];
	enabled: () => boolean;
	showList: () => void;
}): (event: KeyboardEvent) => void {
	return (event) => {
		if (!options.enabled()) return;
		if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
		if (event.key === '?' || event.key === '؟') {
			event.preventDefault();
			options.showList();
			return;
		}
		const step = event.code === 'KeyJ' ? 1 : event.code === 'KeyK' ? -1 : 0;
		if (!step) return;
		event.preventDefault();
		const current = (document.activeElement as HTMLElement | null)?.closest('.segment-row');
		const next = nextSegmentId(options.segmentIds, current?.id ?? null, step);
		if (next) focusPassage(next);
	};
}
