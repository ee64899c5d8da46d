import { describe, expect, it } from 'vitest';
import { sanitizeSegmentMarkup } from './sanitize';

describe('sanitizeSegmentMarkup', () => {
	it('keeps term links and isolated runs as they are', () => {
		const html =
			'در <a href="/fa-AF/glossary/kcna/" class="term">کی‌سی‌ان‌ای</a> و <bdi dir="ltr">10,000–13,000</bdi> &amp; &lt;b&gt;';
		expect(sanitizeSegmentMarkup(html)).toBe(html);
	});

	it.each([
		['<script>alert(1)</script>text', 'text'],
		['<a href="/en/glossary/x/" onclick="alert(1)">x</a>', '<a href="/en/glossary/x/">x</a>'],
		['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
		['<a href="//evil.example/">x</a>', '<a>x</a>'],
		['<img src="x" onerror="alert(1)">', ''],
		['<b style="color:red">bold</b>', 'bold'],
		['<bdi dir="ltr" data-x="1">a</bdi>', '<bdi dir="ltr">a</bdi>']
	])('strips %s', (input, expected) => {
		expect(sanitizeSegmentMarkup(input)).toBe(expected);
	});
});
