import { test as plainTest } from '@playwright/test';
import fs from 'node:fs';
import type { Term } from '../src/lib/content/glossary-schema';
import type { LanguageCode } from '../src/lib/languages';
import { expect, expectNoAxeViolations, test } from './fixtures';

const ARTICLE = '/en/articles/kpa-kursk/';
const kcnaIn = (language: string) =>
	`[id="kpa-kursk:5.1"] .segment[lang="${language}"] .term[href$="/glossary/kcna/"]`;

test.describe('term popovers', () => {
	test('open on hover after a delay, stay while the pointer moves in, close after it leaves', async ({
		page
	}) => {
		await page.goto(ARTICLE);
		const term = page.locator(kcnaIn('en'));
		const popover = page.locator('.term-popover');
		await term.hover();
		await expect(popover).toBeVisible();
		await expect(popover.locator('dd[lang="en"]')).toContainText('Korean Central News Agency');
		await expect(popover.locator('dd[lang="fa-AF"][dir="rtl"]')).toContainText(
			'خبرگزاری مرکزی کوریا'
		);
		await expect(popover.locator('dd[lang="ru"]')).toContainText(
			'Центральное телеграфное агентство Кореи'
		);
		await popover.hover();
		await page.waitForTimeout(500);
		await expect(popover).toBeVisible();
		await page.mouse.move(5, 5);
		await expect(popover).toBeHidden();
	});

	test('open with Enter, close with Escape, and return focus', async ({ page }) => {
		await page.goto(ARTICLE);
		const term = page.locator(kcnaIn('en'));
		await term.focus();
		await page.keyboard.press('Enter');
		const popover = page.getByRole('dialog', { name: 'Glossary: Korean Central News Agency' });
		await expect(popover).toBeVisible();
		await expect(popover).toBeFocused();
		await expectNoAxeViolations(page);
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();
		await expect(term).toBeFocused();
		await page.keyboard.press('Space');
		await expect(popover).toBeVisible();
	});

	test('the Dari popover speaks Dari and mirrors', async ({ page }) => {
		await page.goto('/fa-AF/articles/kpa-kursk/');
		await page.locator(kcnaIn('fa-AF')).click();
		const popover = page.locator('.term-popover');
		await expect(popover).toHaveAttribute('dir', 'rtl');
		await expect(popover).toHaveAttribute('lang', 'fa-AF');
		await expect(popover.locator('.term-type')).toHaveText('سازمان');
		await expectNoAxeViolations(page);
	});

	test('a term in the English column lights up its Dari and Russian counterparts', async ({
		page
	}) => {
		await page.goto(ARTICLE);
		await page.locator(kcnaIn('en')).hover();
		await expect(page.locator(kcnaIn('fa-AF'))).toHaveClass(/term-counterpart/);
		await expect(page.locator(kcnaIn('ru'))).toHaveClass(/term-counterpart/);
		await page.mouse.move(5, 5);
		await expect(page.locator(kcnaIn('ru'))).not.toHaveClass(/term-counterpart/);
	});

	test('a setting turns the terms off', async ({ page }) => {
		await page.goto(ARTICLE);
		await expect(page.locator('.term').first()).toBeVisible();
		await page.getByText('Reading settings').click();
		await page.getByRole('radio', { name: 'Off', exact: true }).check();
		await expect(page.locator('.term')).toHaveCount(0);
		await page.reload();
		await expect(page.locator('.term')).toHaveCount(0);
	});
});

// The definitions fail to load here, so the fixture's console check is left out.
plainTest(
	'without the definitions, a term still leads to its glossary entry',
	async ({ browser }) => {
		// Without the service worker: it would answer the definitions itself, past page.route.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		let fetches = 0;
		await page.route('**/glossary-index.json', (route) => {
			fetches++;
			return route.abort();
		});
		await page.goto(ARTICLE);
		const term = page.locator(kcnaIn('en'));
		// Reaching for a term starts the page's app, which fetches the definitions; that fetch fails.
		await term.hover();
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await expect.poll(() => fetches).toBeGreaterThan(0);
		await page.waitForTimeout(300);
		// A click asks again, and when that fails too, follows the link.
		const before = fetches;
		await term.click();
		await expect(page).toHaveURL(/\/en\/glossary\/kcna\/$/);
		expect(fetches).toBeGreaterThan(before);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(
			'Korean Central News Agency'
		);
		await context.close();
	}
);

test.describe('term popovers on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a tap opens, a tap outside closes, and the popover stays on screen', async ({ page }) => {
		await page.goto(ARTICLE);
		const term = page.locator(kcnaIn('ru'));
		await term.scrollIntoViewIfNeeded();
		await term.tap();
		const popover = page.locator('.term-popover');
		await expect(popover).toBeVisible();
		const box = (await popover.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await page.locator('.site-header').tap();
		await expect(popover).toBeHidden();
	});
});

test.describe('glossary pages', () => {
	test('the list filters by typing in any script and by type', async ({ page }) => {
		await page.goto('/en/glossary/');
		await expectNoAxeViolations(page);
		const items = page.locator('.glossary-list > li');
		expect(await items.count()).toBeGreaterThanOrEqual(35);
		await page.getByRole('searchbox', { name: 'Filter terms' }).fill('كورسك');
		await expect(items.first()).toContainText('Kursk');
		await page.getByRole('searchbox', { name: 'Filter terms' }).fill('');
		await page.getByLabel('Type').selectOption('person');
		await expect(items.first().locator('.glossary-type')).toHaveText('Person');
	});

	test('Dari terms are in Dari alphabetical order (پ after ب, گ after ک)', async ({ page }) => {
		await page.goto('/fa-AF/glossary/');
		const labels = await page.locator('.glossary-term').allTextContents();
		const alphabet = [...'اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'];
		const rank = (label: string) => alphabet.indexOf(label.trim()[0] ?? '');
		const ranks = labels.map(rank);
		expect(ranks.every((r) => r >= 0)).toBe(true);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	test('the concordance links land on the right passage', async ({ page }) => {
		await page.goto('/en/glossary/kcna/');
		await expectNoAxeViolations(page);
		await expect(page.locator('.concordance-text[lang="fa-AF"] mark')).toContainText(
			'خبرگزاری مرکزی کوریا'
		);
		await page.getByRole('link', { name: 'Open passage 5.1 in the article' }).click();
		await expect(page).toHaveURL(/\/en\/articles\/kpa-kursk\/#kpa-kursk:5\.1$/);
		await expect(page.locator('[id="kpa-kursk:5.1"]')).toBeInViewport();
	});

	const noteHeading: Record<string, string> = {
		en: 'In this text',
		'fa-AF': 'در این متن',
		ru: 'В этом тексте'
	};
	const textVariant: Record<string, string> = {
		en: 'only in this text',
		'fa-AF': 'تنها در این متن',
		ru: 'только в этом тексте'
	};
	for (const ui of ['en', 'fa-AF', 'ru']) {
		test(`the term page in ${ui} shows every language, each name's status, sources and reliability`, async ({
			page
		}) => {
			await page.goto(`/${ui}/glossary/cspt/`);
			for (const language of ['en', 'fa-AF', 'ru']) {
				await expect(page.locator(`.term-entry dd[lang="${language}"]`)).toHaveCount(1);
			}
			await expect(page.locator('.term-sources > dt')).toHaveCount(3);
			// Gerasimov's "Agreement" is marked, in the interface's language, as this text's only.
			const agreement = page
				.locator('.term-sources li')
				.filter({ hasText: 'Comprehensive Strategic Partnership Agreement' });
			await expect(agreement.locator('.name-status')).toHaveText(textVariant[ui] as string);
			// The Russian name's sources are links a reader can follow.
			await expect(
				page.locator('.term-sources .name-sources a[href^="https://"]').first()
			).toBeVisible();
			// The English note, under its heading in the interface's language, marks "Agreement" as
			// this text's wording.
			const english = page.locator('.term-entry dd[lang="en"]');
			await expect(english.locator(`.term-entry-note-heading [lang="${ui}"]`)).toHaveText(
				noteHeading[ui] as string
			);
			// The heading stands where the English note under it starts, in every interface.
			const left = (selector: string) =>
				english.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().left));
			expect(await left('.term-entry-note-heading span')).toBe(
				await left('.term-entry-note-heading + p')
			);
			await expect(english).toContainText('not an official name');
			await expect(page.locator('.concordance > li')).not.toHaveCount(0);
			// The passages are numbered in the interface's digits.
			expect(
				await page.locator('.concordance').evaluate((el) => getComputedStyle(el).listStyleType)
			).toBe(ui === 'fa-AF' ? 'persian' : 'decimal');
			await expectNoAxeViolations(page);
		});

		test(`the term page in ${ui} gives each name's note in ${ui}, and how its sources were searched, folded, in English`, async ({
			page
		}) => {
			const kpa = JSON.parse(fs.readFileSync('content/glossary/kpa.json', 'utf8')) as Term;
			const dari = kpa['fa-AF'].label;
			await page.goto(`/${ui}/glossary/kpa/`);
			const item = page
				.locator('.term-sources li')
				.filter({ has: page.locator('strong', { hasText: dari.name }) });
			await expect(item.locator('.name-note')).toHaveText(dari.note![ui as LanguageCode]);
			// The note takes its language and direction from the page.
			expect(
				await item
					.locator('.name-note')
					.evaluate((el) => [
						el.closest('[lang]')?.getAttribute('lang'),
						getComputedStyle(el).direction
					])
			).toEqual([ui, ui === 'fa-AF' ? 'rtl' : 'ltr']);
			const research = item.locator('details.name-research');
			await expect(research.locator('p')).toBeHidden();
			await research.locator('summary').click();
			await expect(research.locator('p[lang="en"][dir="ltr"]')).toHaveText(dari.research!);
			// Names are shown as written (a Russian common noun keeps its lower case); the language
			// heading its section starts with a capital.
			const firstLetter = (selector: string) =>
				page
					.locator(selector)
					.first()
					.evaluate((el) => getComputedStyle(el, '::first-letter').textTransform);
			expect(await firstLetter('.term-sources strong')).toBe('none');
			expect(await firstLetter('.term-sources > dt')).toBe('uppercase');
			// No note sends a reader to a file of the project.
			await expect(page.locator('.term-sources')).not.toContainText(/\.md\b/);
			await expectNoAxeViolations(page);
		});
	}
});
