import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

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
				const boxes = await popover.evaluate((element) => {
					const rect = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
					return {
						popover: rect(element),
						close: rect(element.querySelector('.term-close')!),
						width: document.documentElement.clientWidth,
						height: document.documentElement.clientHeight
					};
				});
				for (const box of [boxes.popover, boxes.close]) {
					expect(box.top).toBeGreaterThanOrEqual(0);
					expect(box.left).toBeGreaterThanOrEqual(0);
					expect(box.bottom).toBeLessThanOrEqual(boxes.height);
					expect(box.right).toBeLessThanOrEqual(boxes.width);
				}
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
