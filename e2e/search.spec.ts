import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('search', () => {
	for (const [ui, query, expected] of [
		['en', 'Zakharva', 'Open passage 4.1'],
		['fa-AF', 'پيمان مشارکت استراتژيک جامع', 'بخش'],
		['ru', 'партнерстве', 'Открыть фрагмент 3.3']
	] as const) {
		test(`from the header box in the ${ui} interface`, async ({ page }) => {
			await page.goto(`/${ui}/`);
			await page.keyboard.press('/');
			const box = page.locator('[data-search-box]');
			await expect(box).toBeFocused();
			await box.fill(query);
			await box.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/${ui}/search/\\?q=`));
			const first = page.locator('.search-result').first();
			await expect(first.locator('.result-link')).toContainText(expected);
			await expect(first.locator('mark').first()).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}

	test('a hit opens the reader at its passage, highlighted', async ({ page }) => {
		await page.goto('/en/search/?q=Gerasimov');
		await page.locator('.result-link').first().click();
		await expect(page).toHaveURL(/\/en\/articles\/kpa-kursk\/#kpa-kursk:3\.1$/);
		const row = page.locator('[id="kpa-kursk:3.1"]');
		await expect(row).toBeInViewport();
		expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
			'rgba(0, 0, 0, 0)'
		);
	});

	test('shows each hit beside its translations, each with its lang and dir', async ({ page }) => {
		await page.goto('/en/search/?q=Gerasimov');
		const first = page.locator('.search-result').first();
		await expect(first.locator('.result-text')).toHaveCount(3);
		await expect(first.locator('.result-match')).toHaveAttribute('lang', 'en');
		await expect(first.locator('.result-text[lang="fa-AF"]')).toHaveAttribute('dir', 'rtl');
		await expect(first.locator('.result-text[lang="ru"] mark')).toHaveText('Валерий Герасимов');
	});

	test('?q= round-trips, with the filters', async ({ page }) => {
		await page.goto('/ru/search/?q=Kursk&in=ru');
		await expect(page.locator('#search-query')).toHaveValue('Kursk');
		await expect(page.locator('select[name="in"]')).toHaveValue('ru');
		await expect(page.locator('.search-result').first()).toBeVisible();
		await expect(page.locator('.result-match').first()).toHaveAttribute('lang', 'ru');
		await page.locator('#search-query').fill('Курск');
		await expect(page).toHaveURL(/\?q=%D0%9A%D1%83%D1%80%D1%81%D0%BA&in=ru$/);
		await page.reload();
		await expect(page.locator('#search-query')).toHaveValue('Курск');
	});

	test('finds a word mistyped in its first letter, in any script', async ({ page }) => {
		for (const [query, found] of [
			['Gerasinov', 'Gerasimov'],
			['Lerasimov', 'Gerasimov'],
			['Керасимов', 'Герасимов']
		] as const) {
			await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
			await expect(page.locator('.search-result mark').first()).toContainText(found);
		}
	});

	test('offers the glossary entry when the query names a term', async ({ page }) => {
		await page.goto('/fa-AF/search/?q=کورسک');
		const offer = page.locator('.term-offers');
		await expect(offer).toContainText('ولایت کورسک');
		await expect(page.locator('.search-status')).toHaveText('۹ بخش پیدا شد');
		await expectNoAxeViolations(page);
	});

	test('arrow keys move through the results', async ({ page }) => {
		await page.goto('/en/search/?q=Kursk');
		await expect(page.locator('.result-link').first()).toBeVisible();
		await page.locator('#search-query').focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('.result-link').nth(0)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('.result-link').nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(page.locator('#search-query')).toBeFocused();
	});

	test('an empty result suggests something useful', async ({ page }) => {
		await page.goto('/en/search/?q=zzzzqqqq');
		await expect(page.locator('.search-empty')).toContainText('Nothing found for “zzzzqqqq”');
		await expect(page.locator('.search-empty')).toContainText('glossary');
		await page.locator('#search-query').fill('?!…');
		await expect(page.locator('.search-result')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});
});
