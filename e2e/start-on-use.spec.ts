import { test as plainTest, expect, type Page } from '@playwright/test';

// An article page arrives as HTML alone and starts its app at the reader's first interaction
// (src/lib/reader/start-on-use.js). These tests open pages without the fixture's goto, which would
// press a key to start the app itself, and check the console on their own.

const ARTICLE = '/en/articles/kpa-kursk/';
const START = '**/_app/immutable/entry/start.*.js';

const test = plainTest.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

// The service worker is kept out: once it controls a page it fetches the app's scripts past the
// page's routes, which these tests hold back or fail (e2e/offline.spec.ts tests it).
test.use({ serviceWorkers: 'block' });
plainTest.use({ serviceWorkers: 'block' });

const hydrated = (page: Page) => page.locator('html[data-hydrated]');

/**
 * Holds the app's entry module until the returned function is called, so that what the reader
 * does first happens before the app is ready.
 */
async function holdApp(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(START, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

test('before any interaction the page loads no script but the starter, and no data', async ({
	page
}) => {
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
	await page.goto(ARTICLE);
	await page.waitForLoadState('load');
	await page.waitForTimeout(1000);
	const scripts = loaded.filter((path) => path.endsWith('.js') && path.startsWith('/_app/'));
	expect(scripts).toEqual([expect.stringMatching(/\/start-on-use\.[\w-]+\.js$/)]);
	expect(loaded.filter((path) => path.endsWith('__data.json'))).toEqual([]);
	// Its styles are in the page; the popover's come with the app.
	expect(loaded.filter((path) => path.endsWith('.css'))).toEqual([]);
	await expect(hydrated(page)).toHaveCount(0);
	// The text is all there.
	await expect(page.locator('[id="kpa-kursk:3.3"] .segment')).toHaveCount(3);
	await page.keyboard.press('Shift');
	await expect(hydrated(page)).toHaveCount(1);
	expect(loaded).toContain('/en/articles/kpa-kursk/__data.json');
	// The app's own stylesheet, and none that the page has inlined already.
	expect(loaded.filter((path) => path.endsWith('.css'))).toEqual([
		expect.stringMatching(/\/reader-app\.[\w-]+\.css$/)
	]);
});

test('a term clicked before the app is ready opens its popover once it is', async ({ page }) => {
	const release = await holdApp(page);
	await page.goto(ARTICLE);
	const term = page.locator('[id="kpa-kursk:3.3"] .segment[lang="en"] a.term').first();
	await term.click();
	await expect(page.locator('html[data-starting]')).toHaveCount(1);
	release();
	await expect(hydrated(page)).toHaveCount(1);
	await expect(page.locator('.term-popover')).toBeVisible();
	// Its styles came with the app, before it opened: it stands by its term, not unstyled.
	expect(
		await page.locator('.term-popover').evaluate((popover) => getComputedStyle(popover).position)
	).toBe('fixed');
	await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
	await expect(page.locator('html[data-starting]')).toHaveCount(0);
});

test('a key for a shortcut, pressed before the app is ready, is answered once it is', async ({
	page
}) => {
	const release = await holdApp(page);
	await page.goto(ARTICLE);
	await page.keyboard.press('?');
	release();
	await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('the settings opened before the app is ready say so, and show their controls once it is', async ({
	page
}) => {
	const release = await holdApp(page);
	await page.goto(ARTICLE);
	// The settings open without script (<details>); their controls come with the app.
	await page.getByText('Reading settings').click();
	await expect(page.getByText('Loading the settings…')).toBeVisible();
	await expect(page.getByRole('checkbox')).toHaveCount(0);
	release();
	await expect(hydrated(page)).toHaveCount(1);
	await expect(page.getByText('Loading the settings…')).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Russian' }).click();
	await expect(page.locator('[id="kpa-kursk:3.1"] .segment[lang="ru"]')).toHaveCount(0);
	await expect(page).toHaveURL(/langs=en%2Cfa-AF/);
});

test('an address that asks for a view starts the app at once and shows it', async ({ page }) => {
	await page.goto(`${ARTICLE}?langs=ru,en&view=lines`);
	await expect(hydrated(page)).toHaveCount(1);
	await expect(page.locator('[id="kpa-kursk:3.1"] .segment')).toHaveCount(2);
	await expect(page.locator('.view-lines')).toHaveCount(2);
});

test('a view remembered on the device starts the app at once and shows it', async ({ page }) => {
	await page.goto(ARTICLE);
	await page.evaluate(() => localStorage.setItem('parallel-reader:view', 'langs=ru,en&view=lines'));
	await page.reload();
	await expect(hydrated(page)).toHaveCount(1);
	await expect(page.locator('[id="kpa-kursk:3.1"] .segment')).toHaveCount(2);
});

test('a page read without a touch still tells the root address its interface language', async ({
	page
}) => {
	await page.goto('/fa-AF/articles/kpa-kursk/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('parallel-reader:ui-language')))
		.toBe('fa-AF');
	await expect(hydrated(page)).toHaveCount(0);
	await page.goto('/');
	await expect(page).toHaveURL('/fa-AF/');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a term tapped before the app is ready opens its popover once it is', async ({ page }) => {
		const release = await holdApp(page);
		await page.goto('/fa-AF/articles/kpa-kursk/');
		const term = page.locator('[id="kpa-kursk:3.3"] .segment[lang="fa-AF"] a.term').first();
		await term.tap();
		release();
		await expect(hydrated(page)).toHaveCount(1);
		await expect(page.locator('.term-popover')).toBeVisible();
		await expect(page).toHaveURL(/\/fa-AF\/articles\/kpa-kursk\/$/);
	});
});

// The app fails to load here, so the console check is the test's own.
plainTest(
	'without its scripts the page stays a page: a term is a link to its entry',
	async ({ page }) => {
		await page.route(START, (route) => route.abort());
		const failures: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') failures.push(message.text());
		});
		await page.goto(ARTICLE);
		await page.locator('[id="kpa-kursk:3.3"] .segment[lang="en"] a.term').first().click();
		await expect(page).toHaveURL(/\/en\/glossary\/[\w-]+\/$/);
		// The failed load is reported, not hidden.
		expect(failures.length).toBeGreaterThan(0);
	}
);
