import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { localized } from '$lib/content/localized';
import LocalizedText from './LocalizedText.svelte';

const html = (props: Parameters<typeof render<typeof LocalizedText>>[1]['props']) =>
	render(LocalizedText, { props }).body.replace(/<!--.*?-->/g, '');

describe('LocalizedText', () => {
	const author = { en: 'Konstantin Asmolov', 'fa-AF': 'کنستانتین آسمولوف' };

	it('shows the UI language version in its language, with no marker', () => {
		expect(html({ value: localized(author, 'fa-AF', 'en'), marker: '(به انگلیسی)' })).toBe(
			'<span lang="fa-AF" dir="rtl">کنستانتین آسمولوف</span>'
		);
	});

	it('marks a fallback in the UI language, the text keeping its own language', () => {
		expect(html({ value: localized(author, 'ru', 'en'), marker: '(на английском)' })).toMatch(
			/^<span lang="en" dir="ltr">Konstantin Asmolov<\/span><span class="fallback-marker[^"]*"> \(на английском\)<\/span>$/
		);
	});

	it('isolates Latin runs in a Dari fallback shown in another interface', () => {
		const title = { 'fa-AF': 'دربارهٔ PDF اصلی' };
		expect(html({ value: localized(title, 'en', 'fa-AF'), marker: '(in Dari)' })).toMatch(
			/^<span lang="fa-AF" dir="rtl">دربارهٔ <bdi dir="ltr">PDF<\/bdi> اصلی<\/span><span class="fallback-marker[^"]*"> \(in Dari\)<\/span>$/
		);
	});
});
