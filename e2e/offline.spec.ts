import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type en from '../locales/en/common.json';
import { expectNoAxeViolations, pageTest } from './fixtures';

type Lang = 'en' | 'fa-AF' | 'ru';
const LANGS: Lang[] = ['en', 'fa-AF', 'ru'];
const strings = (lang: Lang) =>
	JSON.parse(fs.readFileSync(`locales/${lang}/common.json`, 'utf8')) as typeof en;
const otherThan = (lang: Lang): Lang => (lang === 'ru' ? 'en' : 'ru');
const article = (lang: Lang) => `/${lang}/articles/kpa-kursk/`;
const kcna = (lang: Lang) =>
	`[id="kpa-kursk:5.1"] .segment[lang="${lang}"] .term[href$="/glossary/kcna/"]`;

// A request that cannot reach the network is logged by the browser as an error; offline, that is
// what these tests expect. Anything else logged as an error, or thrown, fails the test.
const NETWORK_FAILURE =
	/Failed to load resource|ERR_INTERNET_DISCONNECTED|FetchEvent|Failed to fetch|net::ERR/;

const test = pageTest((error) => NETWORK_FAILURE.test(error));

/** Waits until the service worker controls the page. */
async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Waits until every one of `paths` is in one of the site's caches. */
async function cached(page: Page, paths: string[]) {
	await expect
		.poll(
			() =>
				page.evaluate(
					async (all) =>
						(await Promise.all(all.map((p) => caches.match(new URL(p, location.href).href)))).every(
							Boolean
						),
					paths
				),
			{ timeout: 15_000 }
		)
		.toBe(true);
}

/** The results found, read from the status line ("… passages found"). */
const resultLinks = (page: Page) => page.locator('.search-results .result-link');

for (const lang of LANGS) {
	const t = strings(lang);
	const other = otherThan(lang);

	test(`${lang}: after a visit, read, open a popover, search and switch language offline`, async ({
		page,
		context
	}) => {
		await page.goto(`/${other}/articles/kpa-kursk/`);
		await controlled(page);
		await page.goto(article(lang));
		await page.goto(`/${lang}/search/?q=Kursk`);
		await expect(resultLinks(page).first()).toBeVisible();
		await cached(page, [
			article(lang),
			`${article(lang)}__data.json`,
			`/${other}/articles/kpa-kursk/`,
			'/glossary-index.json',
			`/${lang}/search/`,
			'/search-index/manifest.json',
			'/search-index/texts/kpa-kursk.json'
		]);

		await context.setOffline(true);
		await page.goto(article(lang));
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator(kcna(lang))).toBeVisible();
		await page.locator(kcna(lang)).click();
		await expect(page.locator('.term-popover')).toBeVisible();
		await expect(page.locator('.term-popover dd[lang="ru"]')).toContainText(
			'Центральное телеграфное агентство Кореи'
		);
		await page.keyboard.press('Escape');

		// A query whose files were fetched during the visit is answered in full...
		await page.goto(`/${lang}/search/?q=Kursk`);
		await expect(resultLinks(page).first()).toBeVisible();
		await expect(page.getByText(t.search.incomplete)).toHaveCount(0);
		// ...one that needs files never fetched says so.
		await page.locator('#search-query').fill('Pyongyang');
		await expect(page.getByText(t.search.incomplete)).toBeVisible();

		await page.goto(article(lang));
		await page
			.getByRole('navigation', { name: t.nav.interfaceLanguage })
			.locator(`a[hreflang="${other}"]`)
			.click();
		await expect(page).toHaveURL(new RegExp(`/${other}/articles/kpa-kursk/$`));
		await expect(page.locator(kcna(other))).toBeVisible();
		await expect(page.locator('.skip-link')).toHaveText(strings(other).nav.skipToContent);
		await context.setOffline(false);
	});

	test(`${lang}: search fails offline, says so, and finds results once back online, with no reload`, async ({
		page,
		context
	}) => {
		await page.goto(`/${lang}/search/`);
		await controlled(page);
		await page.evaluate(
			() => ((window as unknown as { sameDocument: boolean }).sameDocument = true)
		);
		await context.setOffline(true);
		await page.locator('#search-query').fill('Kursk');
		await expect(page.getByRole('status').filter({ hasText: t.search.error })).toBeVisible();
		const retry = page.getByRole('button', { name: t.search.retry });
		await expect(retry).toBeVisible();

		await context.setOffline(false);
		await retry.click();
		await expect(resultLinks(page).first()).toBeVisible();
		await expect(page.getByText(t.search.error)).toHaveCount(0);
		// A new query after the network returned is answered too.
		await page.locator('#search-query').fill('Pyongyang');
		await expect(resultLinks(page).first()).toBeVisible();
		expect(
			await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)
		).toBe(true);
	});
}

/** Keeps the article from its page and waits until it is kept. */
async function keepArticle(page: Page, lang: Lang) {
	const t = strings(lang);
	await page.goto(article(lang));
	await controlled(page);
	await page.getByRole('button', { name: t.offline.keepArticle }).click();
	// Some 800 files: the article in three languages, its terms' pages, its search shards.
	await expect(page.locator('.keep-status')).toContainText(
		t.offline.keptSize.split('{{')[0]!.trim(),
		{ timeout: 120_000 }
	);
	// Every file the build lists for the article is in the kept cache.
	const missing = await page.evaluate(async () => {
		const { urls } = (await (await fetch('/offline-files/articles/kpa-kursk.json')).json()) as {
			urls: string[];
		};
		const kept = await caches.open('kept');
		const absent = await Promise.all(
			urls.map(async (url) => ((await kept.match(new URL(url, location.href).href)) ? null : url))
		);
		return absent.filter(Boolean);
	});
	expect(missing).toEqual([]);
}

// Each UI language on a desktop, and right to left on a phone.
const keepCases: { lang: Lang; phone: boolean }[] = [
	...LANGS.map((lang) => ({ lang, phone: false })),
	{ lang: 'fa-AF', phone: true }
];

for (const { lang, phone } of keepCases) {
	const t = strings(lang);
	const other = otherThan(lang);

	test.describe(`${lang}${phone ? ' on a phone' : ''}: after "Keep for offline"`, () => {
		if (phone) test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

		test('the article reads offline in every UI language, with popovers, glossary pages and search; the storage view lists it and removes it', async ({
			page,
			context
		}) => {
			await keepArticle(page, lang);
			await context.setOffline(true);
			// A language never opened online: kept.
			await page.goto(article(other));
			await expect(page.locator('html')).toHaveAttribute('lang', other);
			const term = page.locator(kcna(other));
			await term.scrollIntoViewIfNeeded();
			if (phone) await term.tap();
			else await term.click();
			await expect(page.locator('.term-popover')).toBeVisible();
			await expect(page.locator('.term-popover dd[lang="fa-AF"]')).toContainText(
				'خبرگزاری مرکزی کوریا'
			);
			await page.goto(`/${lang}/glossary/kcna/`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

			// The kept article's hits show; "Kursk" is in the other article too, whose texts are not
			// kept, and the page says so.
			await page.goto(`/${lang}/search/?q=Kursk`);
			await expect(resultLinks(page).first()).toBeVisible();
			expect(
				await resultLinks(page).evaluateAll((links) =>
					links.every((link) => link.getAttribute('href')?.includes('/articles/kpa-kursk/'))
				)
			).toBe(true);
			await expect(page.getByText(t.search.incomplete)).toBeVisible();

			await page.goto(`/${lang}/offline/`);
			await expect(page.locator('html')).toHaveAttribute('dir', lang === 'fa-AF' ? 'rtl' : 'ltr');
			const item = page.locator('.kept-list li');
			await expect(item).toHaveCount(1);
			await expect(item.locator('a')).toHaveAttribute('href', article(lang));
			await expect(item.locator('.kept-size')).toContainText(
				t.offline.megabytes.replace('{{value}}', '').trim()
			);
			await expectNoAxeViolations(page);
			await item.getByRole('button', { name: t.offline.remove }).click();
			await expect(page.getByText(t.offline.nothingKept)).toBeVisible();
			expect(
				await page.evaluate(async () => (await (await caches.open('kept')).keys()).length)
			).toBe(0);
			await context.setOffline(false);
		});
	});
}

test('keeping shows progress in files and bytes, and Cancel keeps nothing', async ({ page }) => {
	const t = strings('en');
	// A slow link: each search shard takes a moment.
	await page.route('**/search-index/words/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 150));
		await route.continue();
	});
	await page.goto(article('en'));
	await controlled(page);
	await page.getByRole('button', { name: t.offline.keepArticle }).click();
	const progress = page.getByRole('progressbar', { name: t.offline.downloading });
	await expect(progress).toBeVisible();
	await expect(page.locator('.keep-progress')).toContainText(/ of \d+ files, \d+ (KB|MB)/);
	await page.getByRole('button', { name: t.offline.cancel }).click();
	await expect(page.locator('.keep-status')).toHaveText(t.offline.cancelled);
	expect(await page.evaluate(async () => (await (await caches.open('kept')).keys()).length)).toBe(
		0
	);
});

test('the library page keeps the whole library, listed in the storage view', async ({ page }) => {
	const t = strings('ru');
	await page.goto('/ru/');
	await controlled(page);
	await page.getByRole('button', { name: t.offline.keepLibrary }).click();
	await expect(page.locator('.keep-status')).toContainText(
		t.offline.keptSize.split('{{')[0]!.trim(),
		{ timeout: 60_000 }
	);
	await page.goto('/ru/offline/');
	// The library itself and each of its articles.
	await expect(page.locator('.kept-list li')).toHaveCount(3);
	await expect(page.locator('.kept-list li').first()).toContainText(t.offline.library);
});

test('the service worker the browser fetches at every update check lists no page', async ({
	request
}) => {
	const worker = await (await request.get('/service-worker.js')).text();
	// SvelteKit's list of prerendered pages, unused, minified to one `base + ""` per page
	// (scripts/minify-scripts.ts drops it).
	expect(worker).not.toMatch(/\+``[,;]/);
	expect(worker).not.toContain('/articles/');
});
