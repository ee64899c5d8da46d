import type { LanguageCode } from '../languages';
import { FONT_SCALES } from '../reader/preferences';
import { localOf } from '../content/segment-id';

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = {
	timeZone: 'UTC',
	day: 'numeric',
	month: 'long',
	year: 'numeric'
};

/**
 * A calendar date (`YYYY-MM-DD`) as readers of the UI language write it. Dari readers get the
 * Solar Hijri date with Afghan month names first and the Gregorian date beside it.
 */
export function formatArticleDate(isoDate: string, lang: LanguageCode): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	if (lang === 'fa-AF') {
		const solarHijri = new Intl.DateTimeFormat('fa-AF', DAY_MONTH_YEAR).format(date);
		const gregorian = new Intl.DateTimeFormat('fa-AF-u-ca-gregory', DAY_MONTH_YEAR).format(date);
		return `${solarHijri} (${gregorian})`;
	}
	return new Intl.DateTimeFormat(lang, DAY_MONTH_YEAR).format(date);
}

/**
 * A source's date, which may be a day, a month or only a year (`2025-04-26`, `2024-06`, `2024`):
 * a full date as `formatArticleDate` writes it, a shorter one in the UI language's digits.
 */
export function formatSourceDate(date: string, lang: LanguageCode): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatArticleDate(date, lang);
	const [year, month] = date.split('-').map(Number) as [number, number | undefined];
	const options: Intl.DateTimeFormatOptions = month
		? { timeZone: 'UTC', month: 'long', year: 'numeric' }
		: { timeZone: 'UTC', year: 'numeric' };
	// Dari readers get the Gregorian year here: a bare year has no Solar Hijri equivalent.
	const locale = lang === 'fa-AF' ? 'fa-AF-u-ca-gregory' : lang;
	return new Intl.DateTimeFormat(locale, options).format(Date.UTC(year, (month ?? 1) - 1, 1));
}

/**
 * A passage's number (`3.1` of `kpa-kursk:3.1`) as the UI language writes numbers; in Dari in
 * Persian digits, wrapped in Unicode isolates so its parts keep their order in a right-to-left line.
 */
export function formatPassageNumber(segmentId: string, lang: LanguageCode): string {
	const number = localOf(segmentId);
	if (lang !== 'fa-AF') return number;
	return `\u2068${number.replace(/[0-9]/g, (d) => String.fromCodePoint(0x6f0 + Number(d)))}\u2069`;
}

/**
 * The reader's font sizes as percentages in the UI language (`112.5%`, `112,5 %`, `۱۱۲٫۵٪`),
 * keyed by scale. Made on the server, so the browser creates no Intl formatter while hydrating.
 */
export function formatFontScales(lang: LanguageCode): Record<string, string> {
	const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
	return Object.fromEntries(FONT_SCALES.map((scale) => [String(scale), percent.format(scale)]));
}
