/** Zero of each decimal digit block our texts use: ASCII, Arabic-Indic, Extended Arabic-Indic (Persian), fullwidth. */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0xff10];

/** Converts every digit of a supported script to ASCII, leaving other characters alone. */
export function toAsciiDigits(text: string): string {
	let out = '';
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
		out += zero === undefined ? char : String(code - zero);
	}
	return out;
}

// Thousands groups may be separated by a comma, the Arabic thousands separator, or a (no-break, narrow
// or thin) space, as English, Dari and Russian write them; a decimal point is `.`, `,`-free ٫.
const NUMBER =
	/\p{Nd}{1,3}(?:[,\u066C\u00A0\u202F\u2009 ]\p{Nd}{3}(?!\p{Nd}))+(?:[.\u066B]\p{Nd}+)?|\p{Nd}+(?:[.\u066B]\p{Nd}+)?/gu;

/**
 * The numbers written with digits in a text, as canonical ASCII strings (`۱۰٬۰۰۰` and `10 000` both
 * give `10000`), sorted so two texts can be compared whatever their word order.
 */
export function numbersIn(text: string): string[] {
	const found = text.match(NUMBER) ?? [];
	return found
		.map((n) =>
			toAsciiDigits(n)
				.replace(/[,\u066C\u00A0\u202F\u2009 ]/g, '')
				.replace('\u066B', '.')
		)
		.sort();
}
