/**
 * The length of a text as the aligner and the translation checks compare it: its characters
 * without spaces, counted by code point, so Dari's ZWNJ and spacing habits do not weigh.
 */
export function textLength(text: string): number {
	let length = 0;
	for (const char of text) if (!/[\s\u200C\u200D]/u.test(char)) length++;
	return length;
}
