/** Device-wide reading preferences, applied to <html> so every page and print share them. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;

export interface Preferences {
	theme: Theme;
	fontScale: number;
	/** Glossary terms as buttons with popovers in the text. */
	showTerms: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', fontScale: 1, showTerms: true };

/** localStorage key, shared with the script in src/app.html that applies it before first paint. */
export const PREFERENCES_KEY = 'parallel-reader:preferences';

/** Reads stored preferences, ignoring anything malformed. */
export function parsePreferences(stored: string | null): Preferences {
	try {
		const value = JSON.parse(stored ?? '{}') as Partial<Preferences>;
		return {
			theme: THEMES.includes(value.theme as Theme) ? (value.theme as Theme) : 'system',
			fontScale: FONT_SCALES.includes(value.fontScale as (typeof FONT_SCALES)[number])
				? (value.fontScale as number)
				: 1,
			showTerms: value.showTerms !== false
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
