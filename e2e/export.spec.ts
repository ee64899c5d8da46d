import fs from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { readCsv } from '../src/lib/exchange/csv.ts';
import { readTmx } from '../src/lib/exchange/tmx.ts';
import { readXliff } from '../src/lib/exchange/xliff.ts';
import { expect, test } from './fixtures';

const FILES = [
	{ name: 'kpa-kursk.tmx', type: 'application/xml' },
	{ name: 'kpa-kursk.en-fa-AF.xlf', type: 'application/xliff+xml' },
	{ name: 'kpa-kursk.en-ru.xlf', type: 'application/xliff+xml' },
	{ name: 'kpa-kursk.csv', type: 'text/csv' }
];
const SEGMENT = 'kpa-kursk:16.2';

test('the article links its files for translation tools, and each downloads and parses', async ({
	page
}) => {
	await page.goto('/fa-AF/articles/kpa-kursk/');
	const links = page.locator('.article-header a[download]');
	await expect(links).toHaveText([
		'TMX، همهٔ زبان‌ها',
		'XLIFF، از انگلیسی به دری',
		'XLIFF، از انگلیسی به روسی',
		'CSV، برای برنامه‌های جدولی مانند اکسل'
	]);
	const hrefs = await links.evaluateAll((anchors) =>
		anchors.map((a) => a.getAttribute('href') ?? '')
	);
	expect(hrefs).toEqual(FILES.map(({ name }) => `/exports/${name}`));

	// The shipped text of one segment, to find again in every file.
	const [en, fa, ru] = ['en', 'fa-AF', 'ru'].map(
		(lang) =>
			JSON.parse(fs.readFileSync(`content/articles/kpa-kursk/${lang}.json`, 'utf8'))[SEGMENT]
	);

	for (const [index, { name, type }] of FILES.entries()) {
		const response = await page.request.get(hrefs[index] ?? '');
		expect(response.status(), name).toBe(200);
		expect(response.headers()['content-type'], name).toContain(type);
		const body = await response.text();
		if (name.endsWith('.tmx')) {
			expect(XMLValidator.validate(body)).toBe(true);
			const unit = readTmx(body).units.find((u) => u.id === SEGMENT);
			expect(unit?.text).toEqual({ en, 'fa-AF': fa, ru });
		} else if (name.endsWith('.xlf')) {
			expect(XMLValidator.validate(body)).toBe(true);
			const { targetLanguage, units } = readXliff(body);
			const unit = units.find((u) => u.id === SEGMENT);
			expect(unit).toMatchObject({ source: en, target: targetLanguage === 'ru' ? ru : fa });
		} else {
			expect(body.startsWith('\uFEFFid,en,fa-AF,ru\r\n')).toBe(true);
			expect(readCsv(body).find((r) => r.id === SEGMENT)).toEqual({
				id: SEGMENT,
				en,
				'fa-AF': fa,
				ru
			});
		}
	}
});
