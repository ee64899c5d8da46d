import { expect, test } from './fixtures';

const ARTICLE = '/en/articles/kpa-kursk/';
// A passage with terms in every language, and a Russian phrase of it found nowhere else.
const ROW = '[id="kpa-kursk:16.3"]';
const PHRASE = 'Общественное мнение';

/** The language of each cell of a row, in order. */
const cellLanguages = (row: import('@playwright/test').Locator) =>
	row.locator('.segment').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('lang')));

test.describe('the article page carries its text once', () => {
	test('in its HTML, and neither in the data hydrated with it nor in its __data.json', async ({
		request
	}) => {
		const html = await (await request.get(ARTICLE)).text();
		expect(html.split(PHRASE)).toHaveLength(2);
		const data = await (await request.get(`${ARTICLE}__data.json`)).text();
		expect(data).not.toContain(PHRASE);
		expect(data).not.toContain('class=\\"term\\"');
	});

	test('hydrates by adopting the rows the server rendered, not by rebuilding them', async ({
		page
	}) => {
		// Counts cells taken out of the page from the end of parsing, before any script runs.
		await page.addInitScript(() => {
			const removed: string[] = [];
			Object.assign(window, { removedCells: removed });
			document.addEventListener('readystatechange', () => {
				if (document.readyState !== 'interactive') return;
				new MutationObserver((records) => {
					for (const record of records)
						for (const node of record.removedNodes)
							if (node instanceof HTMLElement && node.matches('.segment')) removed.push(node.lang);
				}).observe(document.body, { childList: true, subtree: true });
			});
		});
		await page.goto(ARTICLE);
		const row = page.locator(ROW);
		await expect(row.locator('.segment[lang="ru"]')).toContainText(PHRASE);
		await expect(row.locator('.term').first()).toBeVisible();
		expect(
			await page.evaluate(() => (window as unknown as { removedCells: string[] }).removedCells)
		).toEqual([]);
		// What the reader changes is rebuilt from the markup read back from those rows.
		await page.getByText('Reading settings').click();
		await page.getByRole('button', { name: 'Move Russian earlier' }).click();
		await expect.poll(() => cellLanguages(row)).toEqual(['en', 'ru', 'fa-AF']);
		await expect(row.locator('.segment[lang="ru"]')).toContainText(PHRASE);
		await expect(row.locator('.segment[lang="ru"] .term')).not.toHaveCount(0);
		await page.getByRole('radio', { name: 'Off', exact: true }).check();
		await expect(page.locator('.term')).toHaveCount(0);
		await expect(row.locator('.segment[lang="ru"]')).toContainText(PHRASE);
		await page.getByRole('radio', { name: 'Every occurrence', exact: true }).check();
		await expect(row.locator('.segment[lang="ru"] .term')).not.toHaveCount(0);
	});

	test('reached by a link within the site, an article reads its text from its own page', async ({
		page
	}) => {
		await page.goto('/en/');
		const pages: string[] = [];
		page.on('request', (request) => pages.push(new URL(request.url()).pathname));
		await page.locator(`.article-list a[href="${ARTICLE}"]`).first().click();
		await expect(page).toHaveURL(ARTICLE);
		const row = page.locator(ROW);
		await expect(row.locator('.segment[lang="ru"]')).toContainText(PHRASE);
		await expect(row.locator('.segment[lang="ru"] .term')).not.toHaveCount(0);
		expect(pages).toContain(ARTICLE);
		// The same article in another interface language: the rows on screen have the same IDs, but
		// its terms lead to that language's glossary.
		await page.locator('.ui-languages a[hreflang="ru"]').click();
		await expect(page).toHaveURL('/ru/articles/kpa-kursk/');
		await expect(page.locator(`${ROW} .segment[lang="en"] .term`).first()).toHaveAttribute(
			'href',
			/^\/ru\/glossary\//
		);
	});
});
