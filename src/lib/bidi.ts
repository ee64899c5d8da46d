/** A piece of text and whether it must be isolated as a left-to-right run. */
export interface BidiRun {
	text: string;
	ltr: boolean;
}

// A Latin word, an ASCII number, or a stretch of them joined by spaces and the punctuation that
// lives inside such runs (31.04.2025, 10,000–13,000, Afghanistan Azad (afgazad.com), code such as
// a=b;c&d or <x>). It never ends in punctuation that belongs to the surrounding sentence. A run
// cut at = or ; would be isolated piece by piece, and the pieces laid out right to left.
const LTR_RUN =
	/[A-Za-z0-9](?:[A-Za-z0-9.,:/@'’()\-–=;&<>+_#%*~|]|\s(?=[A-Za-z0-9(]))*[A-Za-z0-9)]|[A-Za-z0-9]/g;

/**
 * Splits right-to-left text so each embedded Latin or ASCII-digit run can be wrapped in an
 * isolating element; without it Chromium shows `10,000–13,000` in Dari as `13,000–10,000`.
 */
export function splitBidiRuns(text: string): BidiRun[] {
	const runs: BidiRun[] = [];
	let last = 0;
	for (const match of text.matchAll(LTR_RUN)) {
		const start = match.index ?? 0;
		if (start > last) runs.push({ text: text.slice(last, start), ltr: false });
		runs.push({ text: match[0], ltr: true });
		last = start + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), ltr: false });
	return runs;
}

// Every character that sets or marks a direction: embeddings, overrides, isolates, and the marks
// LRM, RLM and ALM.
const DIRECTION_CHARACTERS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * Text for a place that takes no markup to isolate it, such as a document title: its own
 * direction characters removed (a query could carry them to reorder what stands around it), the
 * rest between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so it keeps its direction beside
 * text of the other. Empty when nothing is left.
 */
export function isolatedPlainText(text: string): string {
	const plain = text.replace(DIRECTION_CHARACTERS, '').trim();
	return plain ? `\u2068${plain}\u2069` : '';
}
