// Applies the saved theme and font size before the first paint, so pages never flash or shift.
// Keep the key and the values in step with src/lib/reader/preferences.ts.
try {
	var saved = JSON.parse(localStorage.getItem('parallel-reader:preferences') || '{}');
	var root = document.documentElement;
	if (saved.theme === 'light' || saved.theme === 'dark') root.dataset.theme = saved.theme;
	if ([0.875, 1.125, 1.25, 1.5].indexOf(saved.fontScale) >= 0) {
		root.style.setProperty('--font-scale', String(saved.fontScale));
	}
} catch {
	// Storage may be disabled; the defaults apply.
}
