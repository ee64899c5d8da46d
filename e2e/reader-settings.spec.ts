import { test as plainTest } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const ARTICLE = '/en/articles/kpa-kursk/';
const cellLanguages = (page: import('@playwright/test').Page, id: string) =>
	page
		.locator(`[id="${id}"] .segment`)
		.evaluateAll((cells) => cells.map((c) => c.getAttribute('lang')));

for (const ui of ['en', 'fa-AF', 'ru']) {
	for (const view of ['columns', 'lines']) {
		test(`${ui} interface, ${view} view: laid out as chosen, no axe violations`, async ({
			page
		}) => {
			await page.goto(`/${ui}/articles/kpa-kursk/?view=${view}`);
			await expect(page.locator('.parallel-text').last()).toHaveClass(new RegExp(`view-${view}`));
			const cells = page.locator('[id="kpa-kursk:1.1"] .segment');
			const [first, second] = await Promise.all([
				cells.nth(0).boundingBox(),
				cells.nth(1).boundingBox()
			]);
			if (view === 'columns') expect(Math.abs(first!.y - second!.y)).toBeLessThan(1);
			else expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
			// The UI language reads first.
			await expect.poll(async () => (await cellLanguages(page, 'kpa-kursk:1.1'))[0]).toBe(ui);
			await expectNoAxeViolations(page);
		});
	}
}

test('choosing and reordering languages updates the columns and the URL', async ({ page }) => {
	await page.goto(ARTICLE);
	await page.getByText('Reading settings').click();
	await page.getByRole('checkbox', { name: 'Russian' }).uncheck();
	await expect.poll(() => cellLanguages(page, 'kpa-kursk:3.1')).toEqual(['en', 'fa-AF']);
	await page.getByRole('button', { name: 'Move Dari earlier' }).click();
	await expect.poll(() => cellLanguages(page, 'kpa-kursk:3.1')).toEqual(['fa-AF', 'en']);
	await page.getByRole('checkbox', { name: 'Russian' }).check();
	await expect.poll(() => cellLanguages(page, 'kpa-kursk:3.1')).toEqual(['fa-AF', 'en', 'ru']);
	await page.getByRole('radio', { name: 'Line by line' }).check();
	await expect(page).toHaveURL(/\?langs=fa-AF%2Cen%2Cru&view=lines$/);
	await expectNoAxeViolations(page);
});

test('the move buttons point the way a language moves, mirrored right to left', async ({
	page
}) => {
	await page.goto('/fa-AF/articles/kpa-kursk/');
	await page.locator('.reader-settings summary').click();
	const later = page.locator('.language-order li').first().locator('button').last();
	// Side by side, the next column is to the left in Dari.
	await expect(later).toHaveText('←');
	await page.locator('input[name="reader-view"][value="lines"]').check();
	await expect(later).toHaveText('↓');
	await page.locator('input[name="reader-view"][value="columns"]').check();
	await expect(later).toHaveText('←');
	await page.goto('/en/articles/kpa-kursk/');
	await page.locator('.reader-settings summary').click();
	await expect(page.getByRole('button', { name: 'Move English later' })).toHaveText('→');
});

test('the URL round-trips the view, and the device remembers the last one', async ({ page }) => {
	await page.goto(`${ARTICLE}?langs=ru,en,ru,xx&view=lines`);
	await expect.poll(() => cellLanguages(page, 'kpa-kursk:3.1')).toEqual(['ru', 'en']);
	await expect(page.locator('.view-lines')).toHaveCount(2);
	await page.reload();
	await expect.poll(() => cellLanguages(page, 'kpa-kursk:3.1')).toEqual(['ru', 'en']);
	await page.goto(ARTICLE);
	await expect.poll(() => cellLanguages(page, 'kpa-kursk:3.1')).toEqual(['ru', 'en']);
	await expect(page).toHaveURL(/langs=ru%2Cen&view=lines/);
});

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`a permalink brings its passage to the top of a ${viewport.width}px screen`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto(`${ARTICLE}#kpa-kursk:16.2`);
		const row = page.locator('[id="kpa-kursk:16.2"]');
		await expect(row).toBeFocused();
		// Just below the sticky column heads (scroll-margin), not merely somewhere on screen.
		const top = await row.evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThan(30);
		expect(top).toBeLessThan(120);
	});
}

test('a permalink scrolls to its passage and highlights it', async ({ page }) => {
	await page.goto(`${ARTICLE}#kpa-kursk:16.2`);
	const row = page.locator('[id="kpa-kursk:16.2"]');
	await expect(row).toBeInViewport();
	const background = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');
	const other = await page
		.locator('[id="kpa-kursk:16.3"]')
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(other).toBe('rgba(0, 0, 0, 0)');
});

test('the copy-link button copies the passage address', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(ARTICLE);
	await page.getByRole('button', { name: 'Copy link to passage 13.3' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link to passage' })).toHaveText(
		'Link to passage 13.3 copied'
	);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/\/en\/articles\/kpa-kursk\/(\?.*)?#kpa-kursk:13\.3$/);
});

test('keyboard: skip link, j and k between passages, ? for the shortcuts', async ({ page }) => {
	await page.goto(ARTICLE);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await page.keyboard.press('j');
	await expect(page.locator('[id="kpa-kursk:0.1"]')).toBeFocused();
	await page.keyboard.press('j');
	await expect(page.locator('[id="kpa-kursk:1.1"]')).toBeFocused();
	await page.keyboard.press('j');
	await page.keyboard.press('k');
	await expect(page.locator('[id="kpa-kursk:1.1"]')).toBeFocused();
	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('Next passage');
	await expectNoAxeViolations(page);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the theme and text size settings apply and persist', async ({ page }) => {
	await page.goto(ARTICLE);
	await page.getByText('Reading settings').click();
	const segment = page.locator('.block-paragraph .segment[lang="en"]').first();
	const before = await segment.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	await page.getByRole('button', { name: 'Larger text' }).click();
	await expect
		.poll(() => segment.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
		.toBeGreaterThan(before);
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await segment.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(
		before
	);
});

// Without the app's scripts (blocked here, so the fixture's console check is left out): what
// applies the saved settings is the inline script in app.html, under the page's CSP.
plainTest('the saved theme and text size apply before any of the app loads', async ({ page }) => {
	await page.goto(ARTICLE);
	await page.evaluate(() =>
		localStorage.setItem(
			'parallel-reader:preferences',
			JSON.stringify({ theme: 'dark', fontScale: 1.25 })
		)
	);
	const violations: string[] = [];
	page.on('console', (message) => {
		if (message.text().includes('Content Security Policy')) violations.push(message.text());
	});
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.reload();
	const root = page.locator('html');
	await expect(root).toHaveAttribute('data-theme', 'dark');
	expect(await root.evaluate((el) => el.style.getPropertyValue('--font-scale'))).toBe('1.25');
	await expect(root).not.toHaveAttribute('data-hydrated');
	expect(violations).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('reads line by line, and a tap folds and unfolds a passage', async ({ page }) => {
		await page.goto('/ru/articles/kpa-kursk/');
		await expect(page.locator('.parallel-text.view-lines')).toHaveCount(2);
		const row = page.locator('[id="kpa-kursk:3.1"]');
		const translations = row.locator('.segment ~ .segment');
		await expect(translations.first()).toBeVisible();
		// Tap the language label above the text, away from the glossary terms in it.
		const label = row.locator('.segment-label').first();
		await label.tap();
		await expect(translations.first()).toBeHidden();
		await expect(row.locator('.segment').first()).toBeVisible();
		await label.tap();
		await expect(translations.first()).toBeVisible();
		const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

test.describe('bad addresses', () => {
	for (const path of ['/xx/', '/fa-AF/articles/no-such-article/', '/en/nothing/here/']) {
		test(`${path} gets the 404 page in all three languages`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.locator('section[lang="en"] h1')).toHaveText('Page not found');
			await expect(page.locator('section[lang="fa-AF"][dir="rtl"] h2')).toHaveText('صفحه پیدا نشد');
			await expect(page.locator('section[lang="ru"] h2')).toHaveText('Страница не найдена');
			await expectNoAxeViolations(page);
		});
	}

	test('/prs/ is Dari', async ({ page }) => {
		await page.goto('/prs/articles/kpa-kursk/');
		await expect(page).toHaveURL('/fa-AF/articles/kpa-kursk/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	});
});

test.describe('the root address', () => {
	test('goes to the browser language', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'ru-RU' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL('/ru/');
		await context.close();
	});

	test('goes to the language the reader chose last', async ({ page }) => {
		await page.goto('/fa-AF/');
		await page.waitForFunction(
			() => localStorage.getItem('parallel-reader:ui-language') === 'fa-AF'
		);
		await page.goto('/');
		await expect(page).toHaveURL('/fa-AF/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	});

	test('Dari readers see their numbers in Persian digits', async ({ page }) => {
		await page.goto('/fa-AF/');
		const byline = page.locator('[data-slug="kpa-kursk"] .article-byline');
		await expect(byline).toContainText('۱۰ ثور ۱۴۰۴ (۳۰ اپریل ۲۰۲۵)');
		await expect(byline).toContainText('۴۵ بخش');
	});
});
