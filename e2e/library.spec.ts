import fs from 'node:fs';
import { test as plainTest, type Locator, type Page } from '@playwright/test';
import type en from '../locales/en/common.json';
import { LANGUAGE_CODES, type LanguageCode } from '../src/lib/languages';
import { loadArticles } from '../src/lib/server/content';
import { expect, expectNoAxeViolations, test } from './fixtures';

const localeOf = (lang: LanguageCode) =>
	JSON.parse(fs.readFileSync(`locales/${lang}/common.json`, 'utf8')) as typeof en;
const DIR = { en: 'ltr', 'fa-AF': 'rtl', ru: 'ltr' } as const;
const articles = loadArticles();
const AFGHAN_MONTHS = /حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت/;

/** The slugs in the order a list shows them. */
const slugsOn = (list: Locator) =>
	list.evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')));

test.describe('library', () => {
	for (const ui of LANGUAGE_CODES) {
		test(`lists every article in content/, newest first, in the ${ui} interface`, async ({
			page
		}) => {
			const strings = localeOf(ui);
			await page.goto(`/${ui}/`);
			await expect(page.locator('html')).toHaveAttribute('lang', ui);
			await expect(page.locator('html')).toHaveAttribute('dir', DIR[ui]);
			const items = page.locator('.article-list > li');
			await expect(items).toHaveCount(articles.length);
			expect((await slugsOn(items)).sort()).toEqual(articles.map((a) => a.slug).sort());
			const dates = await items
				.locator('time')
				.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
			expect(dates).toEqual(
				articles
					.map((a) => a.meta.published)
					.sort()
					.reverse()
			);

			for (const { slug, meta } of articles) {
				const item = page.locator(`.article-list > li[data-slug="${slug}"]`);
				// The title in the UI language, or in the source language and marked as such.
				const own = meta.title[ui];
				const titleLang = own === undefined ? meta.sourceLanguage : ui;
				const title = item.locator(`h2 a > span[lang="${titleLang}"]`);
				await expect(title).toHaveText(own ?? (meta.title[meta.sourceLanguage] as string));
				await expect(title).toHaveAttribute('dir', DIR[titleLang]);
				await expect(item.locator('h2 .fallback-marker')).toHaveCount(own === undefined ? 1 : 0);
				if (own === undefined) {
					await expect(item.locator('h2 .fallback-marker')).toHaveText(
						strings.library.inLanguage[meta.sourceLanguage]
					);
				}
				const author = meta.author.name[ui] ?? meta.author.name[meta.sourceLanguage];
				await expect(item.locator('.article-byline')).toContainText(author as string);
				// Each language with its translation's status, as the UI language names them.
				const languages = item.locator('.library-languages li');
				await expect(languages).toHaveText(
					meta.languages.map((language) => {
						const status = meta.translations[language]?.status ?? 'source';
						return new RegExp(`${strings.language[language]}\\s*${strings.status[status]}`);
					})
				);
				// Titles in the other languages, each with its own lang and dir.
				for (const language of meta.languages.filter((l) => l !== titleLang)) {
					await expect(item.locator(`.article-titles li[lang="${language}"]`)).toHaveAttribute(
						'dir',
						DIR[language]
					);
				}
			}
			await expectNoAxeViolations(page);
		});
	}

	test('dates the first article as each language writes dates', async ({ page }) => {
		const first = articles.find((a) => a.slug === 'kpa-kursk');
		expect(first?.meta.published).toBe('2025-04-30');
		const date = page.locator('.article-list > li[data-slug="kpa-kursk"] time');
		await page.goto('/en/');
		await expect(date).toHaveText('April 30, 2025');
		await page.goto('/ru/');
		await expect(date).toHaveText('30 апреля 2025 г.');
		await page.goto('/fa-AF/');
		// Solar Hijri with the Afghan month name, the Gregorian date beside it.
		await expect(date).toHaveText('۱۰ ثور ۱۴۰۴ (۳۰ اپریل ۲۰۲۵)');
		for (const text of await page.locator('.article-list time').allTextContents()) {
			expect(text).toMatch(AFGHAN_MONTHS);
		}
	});

	test('links every article to its reader in the same language', async ({ page }) => {
		await page.goto('/fa-AF/');
		const first = page.locator('.article-list > li').first();
		const slug = await first.getAttribute('data-slug');
		await first.locator('h2 a').click();
		await expect(page).toHaveURL(`/fa-AF/articles/${slug}/`);
	});
});

test.describe('previous and next article', () => {
	for (const ui of ['en', 'fa-AF'] as const) {
		test(`walk the library in its order (${ui})`, async ({ page }) => {
			await page.goto(`/${ui}/`);
			const order = await slugsOn(page.locator('.article-list > li'));
			for (const [at, slug] of order.entries()) {
				await page.goto(`/${ui}/articles/${slug}/`);
				const previous = page.locator('.article-nav a[rel="prev"]');
				const next = page.locator('.article-nav a[rel="next"]');
				for (const [link, neighbour] of [
					[previous, order[at - 1]],
					[next, order[at + 1]]
				] as const) {
					if (neighbour) {
						await expect(link).toHaveAttribute('href', `/${ui}/articles/${neighbour}/`);
						const meta = articles.find((a) => a.slug === neighbour)?.meta;
						const titleLang = meta?.title[ui] === undefined ? meta?.sourceLanguage : ui;
						await expect(link.locator(`span[lang="${titleLang}"]`)).toHaveAttribute(
							'dir',
							DIR[titleLang ?? ui]
						);
					} else await expect(link).toHaveCount(0);
				}
				// One article alone has nowhere to go: no empty navigation.
				await expect(page.locator('.article-nav')).toHaveCount(order.length > 1 ? 1 : 0);
			}
			if (order.length > 1) {
				await page.goto(`/${ui}/articles/${order[0]}/`);
				await page.locator('.article-nav a[rel="next"]').click();
				await expect(page).toHaveURL(`/${ui}/articles/${order[1]}/`);
				await page.locator('.article-nav a[rel="prev"]').click();
				await expect(page).toHaveURL(`/${ui}/articles/${order[0]}/`);
				await expectNoAxeViolations(page);
			}
		});
	}
});

test.describe('search by article', () => {
	/** The number in "12 passages found". */
	const found = async (page: Page) => {
		const status = page.locator('.search-status');
		await expect(status).toHaveText(/passages? found/);
		return Number((await status.textContent())?.replace(/\D/g, ''));
	};

	test('each article counts only its own hits, and together they count them all', async ({
		page
	}) => {
		await page.goto('/en/search/?q=the');
		const all = await found(page);
		let sum = 0;
		for (const { slug } of articles) {
			await page.goto(`/en/search/?q=the&article=${slug}`);
			await expect(page.locator('select[name="article"]')).toHaveValue(slug);
			const own = await found(page);
			sum += own;
			const hrefs = await page
				.locator('.result-link')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(hrefs.length).toBe(Math.min(own, 30));
			for (const href of hrefs) expect(href).toContain(`/en/articles/${slug}/#${slug}:`);
		}
		expect(sum).toBe(all);
	});

	test('the filter lives in the URL beside the query and the language', async ({ page }) => {
		const [first] = articles;
		await page.goto('/ru/search/?q=Kursk&in=en');
		const select = page.locator('select[name="article"]');
		await expect(select.locator('option')).toHaveCount(articles.length + 1);
		await expect(select.locator('option').first()).toHaveText(localeOf('ru').search.allArticles);
		for (const { slug, meta } of articles) {
			const option = select.locator(`option[value="${slug}"]`);
			const lang = meta.title.ru === undefined ? meta.sourceLanguage : 'ru';
			await expect(option).toHaveAttribute('lang', lang);
			await expect(option).toHaveText(meta.title[lang] as string);
		}
		await select.selectOption(first?.slug ?? '');
		await expect(page).toHaveURL(new RegExp(`\\?q=Kursk&in=en&article=${first?.slug}$`));
		await page.reload();
		await expect(select).toHaveValue(first?.slug ?? '');
		await expect(page.locator('#search-query')).toHaveValue('Kursk');
		await select.selectOption('');
		await expect(page).toHaveURL(/\?q=Kursk&in=en$/);
		await expectNoAxeViolations(page);
	});

	test('an article the site does not have filters nothing', async ({ page }) => {
		await page.goto('/en/search/?q=the&article=no-such-article');
		await expect(page.locator('select[name="article"]')).toHaveValue('');
		await expect(page.locator('.search-result').first()).toBeVisible();
	});
});

plainTest.describe('the language chooser without script', () => {
	plainTest.use({ javaScriptEnabled: false });

	plainTest('lists every article under each language, titled in it', async ({ page }) => {
		await page.goto('/');
		for (const ui of LANGUAGE_CODES) {
			const choice = page.locator(`.chooser-list > li[lang="${ui}"]`);
			await expect(choice).toHaveAttribute('dir', DIR[ui]);
			const links = choice.locator('ul a');
			await expect(links).toHaveCount(articles.length);
			for (const { slug, meta } of articles) {
				const link = choice.locator(`ul a[href="/${ui}/articles/${slug}/"]`);
				const lang = meta.title[ui] === undefined ? meta.sourceLanguage : ui;
				await expect(link.locator(`span[lang="${lang}"]`)).toHaveText(meta.title[lang] as string);
			}
		}
	});
});
