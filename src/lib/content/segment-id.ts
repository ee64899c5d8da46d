/**
 * The segment ID format, `slug:local` (`kpa-kursk:3.1`): the article's slug, a colon, and the
 * segment's place in it. IDs never change once published; every module splits and joins them here.
 */
export type SegmentId = string;

/** A whole segment ID: a lowercase slug, a colon, dot-separated lowercase parts. */
export const SEGMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:\.[a-z0-9]+)*$/;

/** The two parts of a segment ID. */
export interface SegmentIdParts {
	slug: string;
	/** The segment's place in its article (`3.1`). */
	local: string;
}

/**
 * Splits an ID at its first colon (a slug never holds one). A string without a colon is read as
 * a slug with an empty local part, so a caller never meets an exception for a malformed key.
 */
export function parseSegmentId(id: string): SegmentIdParts {
	const colon = id.indexOf(':');
	return colon < 0
		? { slug: id, local: '' }
		: { slug: id.slice(0, colon), local: id.slice(colon + 1) };
}

/** Joins a slug and a local part into a segment ID. */
export function formatSegmentId(slug: string, local: string): SegmentId {
	return `${slug}:${local}`;
}

/** The article a segment belongs to. */
export function slugOf(id: string): string {
	return parseSegmentId(id).slug;
}

/** The segment's place in its article (`3.1` of `kpa-kursk:3.1`). */
export function localOf(id: string): string {
	return parseSegmentId(id).local;
}

/** Whether a segment ID belongs to the article `slug`. */
export function isSegmentOf(id: string, slug: string): boolean {
	return id.startsWith(`${slug}:`);
}
