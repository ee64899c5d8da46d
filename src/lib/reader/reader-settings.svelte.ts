import { SvelteSet } from 'svelte/reactivity';
import type { LanguageCode } from '../languages';
import {
	DEFAULT_PREFERENCES,
	parsePreferences,
	PREFERENCES_KEY,
	stepFontScale,
	type Preferences,
	type Theme,
	VIEW_KEY
} from './preferences';
import {
	defaultLanguages,
	moveLanguage,
	parseViewQuery,
	parseViewState,
	toggleLanguage,
	type ReaderView,
	type ViewState,
	writeViewState
} from './view-state';

/**
 * The reader's choices: languages and their order, the view, font size, theme, term links and
 * shortcuts. The URL wins over what the device remembers, and what the device remembers wins
 * over the defaults.
 */
export class ReaderSettings {
	languages = $state<LanguageCode[]>([]);
	view = $state<ReaderView>('columns');
	theme = $state<Theme>(DEFAULT_PREFERENCES.theme);
	fontScale = $state(DEFAULT_PREFERENCES.fontScale);
	termLinks = $state(DEFAULT_PREFERENCES.termLinks);
	shortcuts = $state(DEFAULT_PREFERENCES.shortcuts);
	/** Whether the URL and the device have been read (restore): until then nothing is written. */
	restored = $state(false);
	/** Rows whose other languages a phone reader has folded away by tapping. */
	readonly folded = new SvelteSet<string>();
	readonly available: readonly LanguageCode[];
	/** What this reader gets with no choice made: the URL leaves out a view equal to it. */
	defaultState: ViewState;

	constructor(available: readonly LanguageCode[], uiLanguage: LanguageCode) {
		this.available = available;
		this.languages = defaultLanguages(available, uiLanguage);
		this.defaultState = { languages: this.languages, view: 'columns' };
	}

	/** True while the view is what the reader would get anyway, so the URL needs no parameters. */
	get isDefault(): boolean {
		return (
			this.view === this.defaultState.view &&
			this.languages.join(',') === this.defaultState.languages.join(',')
		);
	}

	get viewState(): ViewState {
		return { languages: this.languages, view: this.view };
	}

	/** Applies the URL, else the remembered choice, else the phone default of reading line by line. */
	restore(params: URLSearchParams, storage: Storage | null, isPhone: boolean) {
		const fallback: ViewState = {
			languages: this.languages,
			view: isPhone ? 'lines' : 'columns'
		};
		this.defaultState = fallback;
		const remembered = storage
			? parseViewQuery(storage.getItem(VIEW_KEY) ?? '', this.available, fallback)
			: fallback;
		const state = parseViewState(params, this.available, remembered);
		this.languages = state.languages;
		this.view = state.view;
		const preferences = parsePreferences(storage?.getItem(PREFERENCES_KEY) ?? null);
		this.theme = preferences.theme;
		this.fontScale = preferences.fontScale;
		this.termLinks = preferences.termLinks;
		this.shortcuts = preferences.shortcuts;
		this.restored = true;
	}

	/**
	 * The address that shows the current view, for a shareable URL: `url` with the view's query
	 * (none for the default view), or null when `url` already says it.
	 */
	addressFor(url: URL): string | null {
		const view = this.isDefault ? null : this.viewState;
		const query = writeViewState(url.searchParams, view).toString();
		if (query === url.searchParams.toString()) return null;
		return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
	}

	/** Shows `root` (the page's <html>) in the chosen theme and font size. */
	applyTo(root: HTMLElement) {
		if (this.theme === 'system') delete root.dataset.theme;
		else root.dataset.theme = this.theme;
		root.style.setProperty('--font-scale', String(this.fontScale));
	}

	/**
	 * Remembers the current choices on this device. A reader who chose nothing keeps no view, so
	 * each UI language goes on starting with its own language first.
	 */
	save(storage: Storage | null) {
		if (!storage) return;
		if (this.isDefault) storage.removeItem(VIEW_KEY);
		else storage.setItem(VIEW_KEY, `langs=${this.languages.join(',')}&view=${this.view}`);
		const preferences: Preferences = {
			theme: this.theme,
			fontScale: this.fontScale,
			termLinks: this.termLinks,
			shortcuts: this.shortcuts
		};
		storage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
	}

	toggle(code: LanguageCode) {
		this.languages = toggleLanguage(this.languages, code);
	}

	move(index: number, step: -1 | 1) {
		this.languages = moveLanguage(this.languages, index, step);
	}

	stepFont(step: -1 | 1) {
		this.fontScale = stepFontScale(this.fontScale, step);
	}

	toggleFolded(segmentId: string) {
		if (!this.folded.delete(segmentId)) this.folded.add(segmentId);
	}
}

/** Local storage, or null where the browser refuses it (private modes, disabled storage). */
export function deviceStorage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}
