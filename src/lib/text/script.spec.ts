import { describe, expect, it } from 'vitest';
import { dominantScript, isInScriptOf } from './script';
import { textLength } from './length';

describe('script detection', () => {
	it.each([
		['Kursk Oblast', 'latin'],
		['Курская область (Kursk)', 'cyrillic'],
		['ولایت کورسک در روسیه (Kursk)', 'arabic'],
		['2025 — 30.04', null]
	])('%s is %s', (text, script) => {
		expect(dominantScript(text)).toBe(script);
	});

	it('takes a Russian text given as Dari for what it is', () => {
		expect(isInScriptOf('Курская область', 'fa-AF')).toBe(false);
		expect(isInScriptOf('ولایت کورسک', 'fa-AF')).toBe(true);
		expect(isInScriptOf('۲۰۲۵', 'ru')).toBe(true);
	});
});

describe('textLength', () => {
	it('counts characters without spaces or joiners', () => {
		expect(textLength('a b\tc')).toBe(3);
		expect(textLength('اشغال‌شده')).toBe(8);
		expect(textLength('😀 x')).toBe(2);
	});
});
