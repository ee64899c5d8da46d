import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

type Strings = Record<string, Record<string, string>>;
/** The real UI strings of a language, as the page shows them. */
const stringsOf = (lang: string): Strings =>
	JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as Strings;

/** A passage number as the interface writes it: Persian digits, isolated, in Dari. */
const passageNumber = (lang: string, number: string) =>
	lang === 'fa-AF'
		? `\u2068${number.replace(/[0-9]/g, (d) => String.fromCodePoint(0x6f0 + Number(d)))}\u2069`
		: number;

/** WCAG contrast ratio of two computed colours (rgb() or rgba() over an opaque background). */
function contrast(foreground: string, background: string): number {
	const channels = (color: string) => color.match(/[\d.]+/g)!.map(Number);
	const [br, bg, bb] = channels(background);
	const [fr, fg, fb, alpha = 1] = channels(foreground);
	const over = (f: number, b: number) => f * alpha + b * (1 - alpha);
	const luminance = (r: number, g: number, b: number) => {
		const linear = (c: number) =>
			c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
		return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
	};
	const a = luminance(over(fr!, br!), over(fg!, bg!), over(fb!, bb!));
	const b = luminance(br!, bg!, bb!);
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** What a keyboard, screen-reader and zoom user meets on the reader (issue 14), per UI language. */
const UIS = [
	{ lang: 'en', close: 'Close' },
	{ lang: 'fa-AF', close: 'بستن' },
	{ lang: 'ru', close: 'Закрыть' }
] as const;

const articleIn = (lang: string) => `/${lang}/articles/kpa-kursk/`;

/** The focused element's box, and the bottom edge of the sticky column heads (0 when not shown). */
async function focusBox(page: Page) {
	return page.evaluate(() => {
		const focused = document.activeElement as HTMLElement;
		const box = focused.getBoundingClientRect();
		const heads = document.querySelector('.column-heads');
		const headsBottom =
			heads && getComputedStyle(heads).display !== 'none'
				? heads.getBoundingClientRect().bottom
				: 0;
		return {
			what: `${focused.tagName.toLowerCase()}.${focused.className} ${focused.textContent?.slice(0, 30)}`,
			top: box.top,
			bottom: box.bottom,
			left: box.left,
			right: box.right,
			headsBottom,
			viewportHeight: document.documentElement.clientHeight,
			viewportWidth: document.documentElement.clientWidth,
			inPopover: !!focused.closest('.term-popover'),
			opacity: Number(getComputedStyle(focused).opacity)
		};
	});
}

/** Opens a term's popover from the keyboard, as a reader tabbing through the text would. */
async function openByKeyboard(page: Page, term: Locator) {
	await term.focus();
	await page.keyboard.press('Enter');
	const popover = page.locator('.term-popover');
	await expect(popover).toBeVisible();
	await expect(popover).toBeFocused();
	return popover;
}

for (const ui of UIS) {
	test.describe(`${ui.lang} interface`, () => {
		test('Tab and Shift+Tab out of an open popover close it and go on from its term', async ({
			page
		}) => {
			await page.goto(articleIn(ui.lang));
			const term = page.locator('.block-paragraph .term').first();
			await expect(term).not.toHaveAttribute('aria-expanded', 'true');
			const popover = await openByKeyboard(page, term);
			const id = await popover.getAttribute('id');
			expect(id).toBeTruthy();
			await expect(term).toHaveAttribute('aria-expanded', 'true');
			await expect(term).toHaveAttribute('aria-controls', id!);
			await expect(term).toHaveAttribute('aria-haspopup', 'dialog');
			// The term a reader has not opened says it is closed, and what it opens.
			const other = page.locator('.block-paragraph .term').nth(3);
			await expect(other).toHaveAttribute('aria-expanded', 'false');
			await expect(other).toHaveAttribute('aria-controls', id!);

			// Close first, as it is seen first; then the other languages' definitions; then the entry.
			await page.keyboard.press('Tab');
			await expect(popover.getByRole('button', { name: ui.close })).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(popover.locator('summary')).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(popover.locator('.term-footer a')).toBeFocused();
			for (let i = 0; i < 3; i++) {
				const box = await focusBox(page);
				expect(box.top).toBeGreaterThanOrEqual(0);
				expect(box.bottom).toBeLessThanOrEqual(box.viewportHeight);
			}
			await page.keyboard.press('Tab');
			await expect(popover).toBeHidden();
			await expect(term).toHaveAttribute('aria-expanded', 'false');
			// Focus went on to what follows the term, on screen, not to the top of the page.
			const after = await term.evaluate((el) => {
				const focused = document.activeElement!;
				return {
					follows: !!(el.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING),
					inReader: !!focused.closest('.reader')
				};
			});
			expect(after).toEqual({ follows: true, inReader: true });
			const box = await focusBox(page);
			expect(box.top).toBeGreaterThanOrEqual(box.headsBottom);
			expect(box.bottom).toBeLessThanOrEqual(box.viewportHeight);

			// Shift+Tab from the popover goes back to its term, and closes it.
			await openByKeyboard(page, term);
			await page.keyboard.press('Shift+Tab');
			await expect(popover).toBeHidden();
			await expect(term).toBeFocused();
			await expect(term).toHaveAttribute('aria-expanded', 'false');

			// From Close, its first control, too.
			await openByKeyboard(page, term);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Shift+Tab');
			await expect(popover).toBeHidden();
			await expect(term).toBeFocused();
		});

		test('40 Shift+Tab stops back through the article are each fully in sight', async ({
			page
		}) => {
			await page.goto(articleIn(ui.lang));
			await page.evaluate(() => document.fonts.ready);
			await page.locator('.segment-row .copy-link').last().focus();
			const hidden: string[] = [];
			for (let i = 0; i < 40; i++) {
				await page.keyboard.press('Shift+Tab');
				const box = await focusBox(page);
				// The focus ring (3px, 1-2px from the element) must clear the sticky heads too.
				const clear =
					box.top - 4 >= box.headsBottom &&
					box.bottom <= box.viewportHeight &&
					box.left >= 0 &&
					box.right <= box.viewportWidth &&
					box.opacity === 1;
				if (!clear) hidden.push(`${i + 1}: ${box.what} ${JSON.stringify(box)}`);
			}
			expect(hidden).toEqual([]);
		});

		test('the popover fits a 320×256 screen (400% zoom): Close in sight, its body scrolls', async ({
			page
		}) => {
			await page.setViewportSize({ width: 320, height: 256 });
			await page.goto(articleIn(ui.lang));
			const terms = page.locator('.block-paragraph .term');
			// Terms at the top and the bottom of the screen, and one with a long entry.
			for (const index of [0, 5, 12]) {
				const term = terms.nth(index);
				const popover = await openByKeyboard(page, term);
				const measure = () =>
					popover.evaluate((element) => {
						const rect = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
						return {
							popover: rect(element),
							close: rect(element.querySelector('.term-close')!),
							width: document.documentElement.clientWidth,
							height: document.documentElement.clientHeight
						};
					});
				const outside = (boxes: Awaited<ReturnType<typeof measure>>) =>
					[boxes.popover, boxes.close].filter(
						(box) =>
							box.top < 0 || box.left < 0 || box.bottom > boxes.height || box.right > boxes.width
					);
				// The popover is placed once its size is known (a frame or two after it opens).
				await expect.poll(async () => outside(await measure())).toEqual([]);
				const boxes = await measure();
				// The last control can be reached: focusing it scrolls the body, not the page.
				const entry = popover.locator('.term-footer a');
				await entry.focus();
				const entryBox = await entry.evaluate((el) => el.getBoundingClientRect().toJSON());
				expect(entryBox.top).toBeGreaterThanOrEqual(boxes.popover.top);
				expect(entryBox.bottom).toBeLessThanOrEqual(boxes.popover.bottom);
				await page.keyboard.press('Escape');
				await expect(popover).toBeHidden();
			}
			await openByKeyboard(page, terms.first());
			await expectNoAxeViolations(page);
		});
	});
}

for (const ui of UIS) {
	test.describe(`${ui.lang} interface, semantics and settings`, () => {
		const strings = stringsOf(ui.lang);
		// A language name as a label starts with a capital, in Russian too ("Русский · черновик").
		const name = (language: string) => {
			const text = strings.language![language]!;
			return text.charAt(0).toLocaleUpperCase() + text.slice(1);
		};
		const label = (language: string) =>
			language === 'en' ? name(language) : `${name(language)} · ${strings.segment!.draftNote}`;

		test('each passage is a named group; one heading outline; cell labels in the UI language', async ({
			page
		}) => {
			await page.goto(articleIn(ui.lang));
			// One h1 (the title in the first column), each section heading once.
			const title = page.getByRole('heading', { level: 1 });
			await expect(title).toHaveCount(1);
			// Its name is its text alone, with no language label prefixed.
			await expect(title).toHaveAccessibleName((await title.textContent())!.trim());
			const sections = await page.locator('.block-heading-2 .segment-row').count();
			expect(sections).toBeGreaterThan(0);
			await expect(page.locator('.parallel-text').getByRole('heading', { level: 2 })).toHaveCount(
				sections
			);

			const titleRow = page.getByRole('group', { name: strings.segment!.titleRow, exact: true });
			await expect(titleRow).toHaveCount(1);
			await expect(titleRow.getByRole('heading', { level: 1 })).toHaveCount(1);

			const name = strings.segment!.passage!.replace('{{number}}', passageNumber(ui.lang, '3.2'));
			const passage = page.getByRole('group', { name, exact: true });
			await expect(passage).toHaveCount(1);
			await expect(passage).toHaveAttribute('id', 'kpa-kursk:3.2');
			// Every cell is preceded by its language, in the interface's language and direction.
			const labels = passage.locator('.segment-label');
			expect((await labels.allTextContents()).sort()).toEqual(
				['en', 'fa-AF', 'ru'].map(label).sort()
			);
			for (const each of await labels.all()) {
				expect(await each.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(
					ui.lang
				);
				expect(await each.evaluate((el) => getComputedStyle(el).direction)).toBe(
					ui.lang === 'fa-AF' ? 'rtl' : 'ltr'
				);
			}
			const tree = await passage.ariaSnapshot();
			for (const language of ['en', 'fa-AF', 'ru']) expect(tree).toContain(label(language));
			await expectNoAxeViolations(page);
		});

		test('the single-key shortcuts can be switched off, and stay off', async ({ page }) => {
			await page.goto(articleIn(ui.lang));
			await page.locator('main').focus();
			await page.keyboard.press('j');
			await expect(page.locator('[id="kpa-kursk:0.1"]')).toBeFocused();

			await page.locator('.reader-settings summary').click();
			const toggle = page.getByRole('checkbox', { name: strings.reader!.singleKeyShortcuts });
			await expect(toggle).toBeChecked();
			await toggle.uncheck();
			await page.reload();
			await page.locator('main').focus();
			for (const key of ['j', 'k', '/', '?']) await page.keyboard.press(key);
			await expect(page.locator('main')).toBeFocused();
			await expect(page.locator('.shortcuts-dialog')).toBeHidden();
			await page.locator('.reader-settings summary').click();
			await expect(toggle).not.toBeChecked();

			// The list, still offered by its button, names every key, "/" included.
			await page.getByRole('button', { name: strings.reader!.showShortcuts }).click();
			const dialog = page.getByRole('dialog', { name: strings.shortcuts!.title });
			await expect(dialog).toBeVisible();
			await expect(dialog.locator('kbd')).toHaveText(['j', 'k', '/', '?', '↑', '↓']);
			await expect(dialog).toContainText(strings.shortcuts!.search!);
			await page.keyboard.press('Escape');

			await toggle.check();
			await page.locator('main').focus();
			await page.keyboard.press('/');
			await expect(page.locator('[data-search-box]')).toBeFocused();
		});

		test('term links: every occurrence, the first in each passage, or none, remembered', async ({
			page
		}) => {
			await page.goto(articleIn(ui.lang));
			const terms = page.locator('.parallel-text .term');
			const all = await terms.count();
			const repeated = () =>
				page
					.locator('.parallel-text .segment')
					.evaluateAll(
						(cells) =>
							cells.filter(
								(cell) =>
									new Set([...cell.querySelectorAll('.term')].map((t) => t.getAttribute('href')))
										.size !== cell.querySelectorAll('.term').length
							).length
					);
			expect(await repeated()).toBeGreaterThan(0);

			await page.locator('.reader-settings summary').click();
			const first = page.getByRole('radio', { name: strings.reader!.termLinksFirst, exact: true });
			await expect(
				page.getByRole('radio', { name: strings.reader!.termLinksAll, exact: true })
			).toBeChecked();
			await first.check();
			await expect.poll(() => terms.count()).toBeLessThan(all);
			expect(await terms.count()).toBeGreaterThan(0);
			expect(await repeated()).toBe(0);

			await page.reload();
			await page.locator('.reader-settings summary').click();
			await expect(first).toBeChecked();
			expect(await repeated()).toBe(0);
			await expect.poll(() => terms.count()).toBeLessThan(all);

			await page.getByRole('radio', { name: strings.reader!.termLinksOff, exact: true }).check();
			await expect(terms).toHaveCount(0);
			await expectNoAxeViolations(page);
		});
	});
}

for (const scheme of ['light', 'dark'] as const) {
	test(`${scheme}: the copy-link icon and field borders reach 3:1, the search placeholder 4.5:1`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(articleIn('en'));
		await page.mouse.move(0, 0);
		const measure = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => {
					const style = getComputedStyle(el);
					return {
						color: style.color,
						border: style.borderBlockStartColor,
						opacity: style.opacity,
						placeholder: getComputedStyle(el, '::placeholder').color,
						paper: getComputedStyle(document.documentElement).backgroundColor
					};
				});
		const icon = await measure('.block-paragraph .copy-link');
		expect(icon.opacity).toBe('1');
		expect(contrast(icon.color, icon.paper)).toBeGreaterThanOrEqual(3);

		const header = await measure('.site-search input');
		expect(contrast(header.border, header.paper)).toBeGreaterThanOrEqual(3);
		expect(contrast(header.placeholder, header.paper)).toBeGreaterThanOrEqual(4.5);
		await expect(page.getByRole('searchbox', { name: 'Search the texts' })).toHaveCount(1);

		await page.goto('/en/search/');
		const field = await measure('.search-form input');
		expect(contrast(field.border, field.paper)).toBeGreaterThanOrEqual(3);
	});
}

test('the Russian treaty term page fits 320px, also with WCAG 1.4.12 text spacing', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/ru/glossary/cspt/');
	const overflow = () =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
	expect(await overflow()).toBe(0);
	// Set through the CSSOM, which the page's content security policy allows.
	await page.evaluate(() => {
		for (const element of document.querySelectorAll<HTMLElement>('body *')) {
			element.style.setProperty('line-height', '1.5', 'important');
			element.style.setProperty('letter-spacing', '0.12em', 'important');
			element.style.setProperty('word-spacing', '0.16em', 'important');
			if (element.tagName === 'P')
				element.style.setProperty('margin-block-end', '2em', 'important');
		}
	});
	expect(await overflow()).toBe(0);
});

test.describe('a way through the terms', () => {
	for (const ui of UIS) {
		test(`${ui.lang}: one Tab stop per passage for its terms, the arrows between them`, async ({
			page
		}) => {
			await page.goto(articleIn(ui.lang));
			const terms = page.locator('.parallel-text .term');
			const stops = page.locator('.parallel-text .term:not([tabindex="-1"])');
			const rows = await page.locator('.segment-row').count();
			expect(await terms.count()).toBeGreaterThan(rows);
			expect(await stops.count()).toBeLessThanOrEqual(rows);

			// A passage with three terms or more, two of them in its Dari cell, and the row before it.
			const [previousId, id] = await page
				.locator('.parallel-text:has(.column-heads) .segment-row')
				.evaluateAll((all) => {
					const index = all.findIndex(
						(row, i) =>
							i > 0 &&
							row.querySelectorAll('.term').length > 2 &&
							row.querySelectorAll('.segment[lang="fa-AF"] .term').length > 1
					);
					return [all[index - 1]!.id, all[index]!.id];
				});
			const row = page.locator(`[id="${id}"]`);
			const inRow = row.locator('.term');
			await page.locator(`[id="${previousId}"] .copy-link`).focus();
			await page.keyboard.press('Tab');
			await expect(inRow.first()).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await expect(inRow.nth(1)).toBeFocused();
			await expect(inRow.nth(1)).toHaveAttribute('tabindex', '0');
			await expect(inRow.first()).toHaveAttribute('tabindex', '-1');
			await page.keyboard.press('End');
			await expect(inRow.last()).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await expect(inRow.last()).toBeFocused();
			await page.keyboard.press('Home');
			await expect(inRow.first()).toBeFocused();
			// Tab leaves the passage's terms for its copy-link.
			await page.keyboard.press('Tab');
			await expect(row.locator('.copy-link')).toBeFocused();

			// In Dari text, ← goes on to the next term.
			const dari = row.locator('.segment[lang="fa-AF"] .term');
			await dari.first().focus();
			await page.keyboard.press('ArrowLeft');
			await expect(dari.nth(1)).toBeFocused();
		});
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a tap that closes a popover does not fold the passage under it', async ({ page }) => {
		await page.goto(articleIn('en'));
		const row = page.locator('[id="kpa-kursk:3.1"]');
		const translations = row.locator('.segment ~ .segment');
		await row.locator('.term').first().tap();
		await expect(page.locator('.term-popover')).toBeVisible();
		const label = row.locator('.segment-label').first();
		await label.tap();
		await expect(page.locator('.term-popover')).toBeHidden();
		await expect(translations.first()).toBeVisible();
		await label.tap();
		await expect(translations.first()).toBeHidden();
	});
});

test.describe('search in Dari', () => {
	test('the query in "nothing found" is isolated, and results carry no list numbers', async ({
		page
	}) => {
		await page.goto('/fa-AF/search/?q=zzqq%202025!');
		await expect(page.locator('.search-empty bdi')).toHaveText('zzqq 2025!');
		await page.goto('/fa-AF/search/?q=%DA%A9%D9%88%D8%B1%DB%8C%D8%A7');
		const results = page.locator('.search-results');
		await expect(results.locator('li').first()).toBeVisible();
		expect(await results.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');
	});
});
