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
