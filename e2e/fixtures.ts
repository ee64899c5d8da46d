import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * A test whose page fails it on any console error or uncaught exception, except the errors
 * `expected` accepts (a spec that cuts the network expects failed loads).
 */
export function pageTest(expected: (error: string) => boolean = () => false) {
	return base.extend<{ page: Page }>({
		page: async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() !== 'error' || expected(message.text())) return;
				// A 404 page is itself a failed load; only other failures count.
				const ownStatus =
					message.text().startsWith('Failed to load resource') &&
					message.location().url === page.url();
				if (!ownStatus) errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			// Every navigation waits until the page is interactive, so no key or tap is lost to a
			// page that has not hydrated yet.
			const interactive = () => untilInteractive(page);
			const goto = page.goto.bind(page);
			page.goto = async (url, options) => {
				const response = await goto(url, options);
				if ((response?.status() ?? 200) < 400) await interactive();
				return response;
			};
			const reload = page.reload.bind(page);
			page.reload = async (options) => {
				const response = await reload(options);
				await interactive();
				return response;
			};
			await use(page);
			expect(errors, 'console errors').toEqual([]);
		}
	});
}

/**
 * Waits until the page is interactive. An article or the library starts its app at the reader's
 * first interaction (src/lib/reader/start-on-use.js): a Shift, which does nothing else, is one.
 */
export async function untilInteractive(page: Page) {
	const state = await page.waitForFunction(() =>
		document.documentElement.hasAttribute('data-hydrated')
			? 'hydrated'
			: document.getElementById('deferred-start') && 'waiting'
	);
	if ((await state.jsonValue()) === 'hydrated') return;
	await page.keyboard.press('Shift');
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

/** A page that fails the test on any console error or uncaught exception. */
export const test = pageTest();

export { expect };

/** Runs axe on the page and expects no violation at any impact level. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}
