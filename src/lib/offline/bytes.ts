import type { TFunction } from 'i18next';
import type { LanguageCode } from '../languages';

const KILOBYTE = 1024;
const MEGABYTE = 1024 * 1024;

/**
 * A size for readers, in the UI language's digits and units: whole kilobytes below a megabyte
 * (at least 1 KB for any file), else megabytes with one decimal.
 */
export function formatBytes(bytes: number, lang: LanguageCode, t: TFunction): string {
	if (bytes < MEGABYTE) {
		const value = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(
			bytes ? Math.max(1, Math.round(bytes / KILOBYTE)) : 0
		);
		return t('offline.kilobytes', { value });
	}
	const value = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / MEGABYTE);
	return t('offline.megabytes', { value });
}
