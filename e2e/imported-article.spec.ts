import { expect, expectNoAxeViolations, test } from './fixtures';

// "About this edition" came in through content:import from content/sources: the reader, the
// glossary and search show it with no code written for it.
const SLUG = 'about-this-edition';
const TERM_ROW = `[id="${SLUG}:8.4"]`;

test.describe('an imported article', () => {
	for (const ui of ['en', 'fa-AF', 'ru'] as const) {
		test(`is read side by side, its list items marked (${ui})`, async ({ page }) => {
			await page.goto(`/${ui}/articles/${SLUG}/`);
			const row = page.locator(`[id="${SLUG}:13.1"]`);
			for (const language of ['en', 'fa-AF', 'ru']) {
				const cell = row.locator(`.segment[lang="${language}"]`);
				await expect(cell).toHaveAttribute('dir', language === 'fa-AF' ? 'rtl' : 'ltr');
				await expect(cell.locator('.item-marker')).toHaveText('•');
			}
			await expect(row.locator('.segment[lang="en"]')).toContainText('Original: the text');
			await expectNoAxeViolations(page);
		});
	}

	test('links its glossary terms, and the entry lists the passage', async ({ page }) => {
		await page.goto(`/ru/articles/${SLUG}/`);
		const term = page.locator(
			`${TERM_ROW} .segment[lang="ru"] .term[href$="/glossary/kursk-oblast/"]`
		);
		await expect(term).toHaveText('Курская область');
		await term.click();
		await expect(page.locator('.term-popover')).toBeVisible();
		await page.goto('/en/glossary/kursk-oblast/');
		const passage = page.locator(`.concordance a[href$="#${SLUG}:8.4"]`);
		await expect(passage).toHaveCount(1);
		await passage.click();
		await expect(page).toHaveURL(new RegExp(`/en/articles/${SLUG}/#${SLUG}:8\\.4$`));
	});

	test('is found by search in each of its languages', async ({ page }) => {
		for (const [ui, query] of [
			['en', 'segment ID'],
			['fa-AF', 'پیش‌نویس'],
			['ru', 'идентификатор фрагмента']
		] as const) {
			await page.goto(`/${ui}/search/?q=${encodeURIComponent(query)}&article=${SLUG}`);
			const links = page.locator('.search-result .result-link');
			await expect(links.first()).toHaveAttribute(
				'href',
				new RegExp(`/${ui}/articles/${SLUG}/#${SLUG}:`)
			);
		}
	});
});
