/**
 * Remnants of the publisher's PDF that must never reach readers: page numbers, lost-link
 * underline tags, the afgazad.com masthead and its verse.
 */
const NOISE_PATTERNS: { pattern: RegExp; what: string }[] = [
	{ pattern: /^\s*\p{Nd}{1,3}\s*$/mu, what: 'page number' },
	{ pattern: /<\/?[a-z][^>]*>/i, what: 'markup tag' },
	{ pattern: /afgazad|افغانستان آزاد|زبانهای اروپائ|AA-AA/i, what: 'site masthead' },
	{ pattern: /چو کشور نباشد/, what: 'masthead verse' },
	{ pattern: /\*{3,}/, what: 'section-break asterisks' }
];

// The PDF numbers its pages with Arabic-Indic digits; in English or Russian text they can only be one.
const STRAY_PAGE_NUMBER = /[\u0660-\u0669\u06F0-\u06F9]+/u;

/** Describes the first leftover of the source layout found in a segment's text, or returns null. */
export function findSourceNoise(
	text: string,
	script: 'latin-or-cyrillic' | 'arabic'
): string | null {
	if (script === 'latin-or-cyrillic') {
		const stray = text.match(STRAY_PAGE_NUMBER);
		if (stray) return `leftover source noise: page number "${stray[0]}"`;
	}
	for (const { pattern, what } of NOISE_PATTERNS) {
		const match = text.match(pattern);
		if (match) return `leftover source noise: ${what} "${match[0].trim()}"`;
	}
	return null;
}
