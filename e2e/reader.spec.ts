import { expect, expectNoAxeViolations, test } from './fixtures';

const ARTICLE = '/en/articles/kpa-kursk/';
const LANGUAGES = [
	{ lang: 'en', dir: 'ltr' },
	{ lang: 'fa-AF', dir: 'rtl' },
	{ lang: 'ru', dir: 'ltr' }
];

test.describe('the reader page', () => {
	test('shows the three languages side by side, each cell with its lang and dir', async ({
		page
	}) => {
		await page.goto(ARTICLE);
		const row = page.locator('[id="kpa-kursk:16.2"]');
		const cells = row.locator('.segment');
		await expect(cells).toHaveCount(3);
		for (const [i, { lang, dir }] of LANGUAGES.entries()) {
			await expect(cells.nth(i)).toHaveAttribute('lang', lang);
			await expect(cells.nth(i)).toHaveAttribute('dir', dir);
		}
		await expect(cells.nth(0)).toContainText('10,000–13,000 troops');
		await expect(cells.nth(1)).toContainText('۱۰٬۰۰۰ تا ۱۳٬۰۰۰');
		await expect(cells.nth(2)).toContainText('10 000–13 000');
		// The three cells stand side by side.
		const boxes = await Promise.all([0, 1, 2].map((i) => cells.nth(i).boundingBox()));
		expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
		expect(boxes[1]!.x).toBeLessThan(boxes[2]!.x);
	});

	test('starts each segment at the same height in every column', async ({ page }) => {
		await page.goto(ARTICLE);
		await page.evaluate(() => document.fonts.ready);
		const misaligned = await page.locator('.segment-row').evaluateAll((rows) =>
			rows.flatMap((row) => {
				const tops = [...row.querySelectorAll('.segment')].map(
					(c) => c.getBoundingClientRect().top
				);
				return Math.max(...tops) - Math.min(...tops) > 1 ? [row.id] : [];
			})
		);
		expect(misaligned).toEqual([]);
		expect(await page.locator('.segment-row').count()).toBe(45);
	});

	test('renders Dari in the self-hosted Vazirmatn', async ({ page }) => {
		await page.goto(ARTICLE);
		await page.evaluate(() => document.fonts.ready);
		const dari = page.locator('.block-paragraph .segment[lang="fa-AF"]').first();
		expect(await dari.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(
			/^"Vazirmatn Variable"/
		);
		const loaded = await page.evaluate(
			() =>
				[...document.fonts].filter((f) => f.family.includes('Vazirmatn') && f.status === 'loaded')
					.length
		);
		expect(loaded).toBeGreaterThan(0);
		const lineHeight = await dari.evaluate((el) => {
			const style = getComputedStyle(el);
			return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
		});
		expect(lineHeight).toBeGreaterThanOrEqual(1.8);
	});

	test('shows title, author, date and the status of each translation', async ({ page }) => {
		await page.goto(ARTICLE);
		await expect(page.locator('h1[lang="en"]')).toHaveText(
			'Recognizing the assistance of the Korean military in the liberation of the occupied areas of Kursk Oblast'
		);
		await expect(page.locator('.byline')).toContainText('By Konstantin Asmolov');
		await expect(page.locator('time')).toHaveAttribute('datetime', '2025-04-30');
		await expect(page.locator('time')).toHaveText('Published April 30, 2025');
		const translations = page.locator('.translations li');
		await expect(translations.nth(0)).toContainText('English');
		await expect(translations.nth(0)).toContainText('Original');
		await expect(translations.nth(1)).toContainText('Dari');
		await expect(translations.nth(1)).toContainText('Draft translation');
		await expect(translations.nth(2)).toContainText('Russian');
		await expect(translations.nth(2)).toContainText('Draft translation');
	});

	test('keeps the pull quote apart from the body text', async ({ page }) => {
		await page.goto(ARTICLE);
		const pullQuote = page.locator('.block-pullquote');
		await expect(pullQuote).toHaveCount(1);
		await expect(pullQuote.locator('.segment[lang="en"]')).toHaveText(
			'A monument to commemorate the heroic deeds of the proud sons of the DPRK will soon be erected in the Russian capital'
		);
		await expect(
			page.locator('.block-paragraph .segment[lang="en"]', { hasText: /^A monument/ })
		).toHaveCount(0);
	});

	test('shows none of the source noise', async ({ page }) => {
		await page.goto(ARTICLE);
		const text = await page.locator('.reader').innerText();
		expect(text).not.toContain('<u>');
		expect(text).not.toContain('31.04.2025 ');
		expect(text).not.toContain('چو کشور نباشد');
		expect(text).not.toMatch(/^\s*[١۲]\s*$/m);
	});

	for (const ui of ['en', 'fa-AF', 'ru']) {
		test(`has no axe violations in the ${ui} interface`, async ({ page }) => {
			await page.goto(`/${ui}/articles/kpa-kursk/`);
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('the article list', () => {
	test('the root page lists the article in every language', async ({ browser }) => {
		// A browser that speaks none of our languages stays on the chooser.
		const context = await browser.newContext({ locale: 'de-DE' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL('/');
		for (const ui of ['en', 'fa-AF', 'ru']) {
			await expect(page.locator(`a[href="/${ui}/articles/kpa-kursk/"]`)).toHaveCount(1);
		}
		await expectNoAxeViolations(page);
		await context.close();
	});

	for (const ui of ['en', 'fa-AF', 'ru']) {
		test(`/${ui}/ lists the article and opens it`, async ({ page }) => {
			await page.goto(`/${ui}/`);
			await expectNoAxeViolations(page);
			// The library lists newest first: this article need not be the first.
			await page.locator(`.article-link[href="/${ui}/articles/kpa-kursk/"]`).click();
			await expect(page).toHaveURL(`/${ui}/articles/kpa-kursk/`);
			await expect(page.locator('.segment-row')).toHaveCount(45);
		});
	}
});

test('the Dari interface is right to left in the served HTML, before any script runs', async ({
	request
}) => {
	const html = await (await request.get('/fa-AF/articles/kpa-kursk/')).text();
	expect(html).toMatch(/<html lang="fa-AF" dir="rtl">/);
	const english = await (await request.get('/en/articles/kpa-kursk/')).text();
	expect(english).toMatch(/<html lang="en" dir="ltr">/);
});

test('switching the interface language in the browser sets the root element’s language and direction', async ({
	page
}) => {
	await page.goto('/en/articles/kpa-kursk/');
	await page.locator('.ui-languages a[hreflang="fa-AF"]').click();
	await expect(page).toHaveURL('/fa-AF/articles/kpa-kursk/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.locator('.ui-languages a[hreflang="ru"]').click();
	await expect(page).toHaveURL('/ru/articles/kpa-kursk/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
