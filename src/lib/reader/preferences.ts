import type { LanguageCode } from '../languages';
import { defaultLanguages, parseViewQuery } from './view-state';

/** Device-wide reading preferences, applied to <html> so every page and print share them. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;

/**
 * Which occurrences of glossary terms are links with popovers: every one, the first of each term
 * in each passage (per language), or none.
 */
export const TERM_LINKS = ['all', 'first', 'off'] as const;
export type TermLinks = (typeof TERM_LINKS)[number];

export interface Preferences {
	theme: Theme;
	fontScale: number;
	termLinks: TermLinks;
	/** Whether the single-key shortcuts (j, k, ?, /) work: a reader can turn them off (WCAG 2.1.4). */
	shortcuts: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
	theme: 'system',
	fontScale: 1,
	termLinks: 'all',
	shortcuts: true
};

/** localStorage key, shared with the script in src/app.html that applies it before first paint. */
export const PREFERENCES_KEY = 'parallel-reader:preferences';

/** Reads stored preferences, ignoring anything malformed. */
export function parsePreferences(stored: string | null): Preferences {
	try {
		// `showTerms: false` is how an earlier version stored "no term links".
		const value = JSON.parse(stored ?? '{}') as Partial<Preferences> & { showTerms?: boolean };
		return {
			theme: THEMES.includes(value.theme as Theme) ? (value.theme as Theme) : 'system',
			fontScale: FONT_SCALES.includes(value.fontScale as (typeof FONT_SCALES)[number])
				? (value.fontScale as number)
				: 1,
			termLinks: TERM_LINKS.includes(value.termLinks as TermLinks)
				? (value.termLinks as TermLinks)
				: value.showTerms === false
					? 'off'
					: 'all',
			shortcuts: value.shortcuts !== false
		};
	} catch {
		return { ...DEFAULT_PREFERENCES };
	}
}

/** The next font scale up (+1) or down (-1), staying within the offered steps. */
export function stepFontScale(current: number, step: -1 | 1): number {
	const index = FONT_SCALES.indexOf(current as (typeof FONT_SCALES)[number]);
	const next = Math.min(FONT_SCALES.length - 1, Math.max(0, (index < 0 ? 1 : index) + step));
	return FONT_SCALES[next] as number;
}

/** Whether the reader left the single-key shortcuts on, as remembered on this device. */
export function shortcutsOn(storage: Storage | null): boolean {
	return parsePreferences(storage?.getItem(PREFERENCES_KEY) ?? null).shortcuts;
}

/** localStorage key of the last chosen languages, order and view. */
export const VIEW_KEY = 'parallel-reader:view';

/**
 * The reading languages in the reader's order, as remembered on this device; without a remembered
 * choice, the UI language first.
 */
export function rememberedLanguages(
	storage: Storage | null,
	available: readonly LanguageCode[],
	uiLanguage: LanguageCode
): LanguageCode[] {
	const fallback = { languages: defaultLanguages(available, uiLanguage), view: 'columns' as const };
	return parseViewQuery(storage?.getItem(VIEW_KEY) ?? '', available, fallback).languages;
}
