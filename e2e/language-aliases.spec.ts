import fs from 'node:fs';
import { expect, test } from './fixtures';

// `prs` (ISO 639-3) and `fa-af` are other spellings of the Dari prefix `fa-AF`. They cost the site
// one small redirect page each (their roots) and one rule of the host; never a page per article.

test.describe('language aliases', () => {
	for (const [alias, path] of [
		['prs', 'articles/kpa-kursk/'],
		['fa-af', 'articles/kpa-kursk/'],
		['prs', 'glossary/'],
		['PRS', 'articles/about-this-edition/']
	] as const) {
		test(`/${alias}/${path} is answered with 308 to /fa-AF/${path}`, async ({ request }) => {
			const response = await request.get(`/${alias}/${path}?view=lines`, { maxRedirects: 0 });
			expect(response.status()).toBe(308);
			expect(response.headers()['location']).toBe(`/fa-AF/${path}?view=lines`);
		});
	}

	test('an article under an alias reaches its canonical page in Dari', async ({ page }) => {
		await page.goto('/fa-af/articles/kpa-kursk/');
		await expect(page).toHaveURL('/fa-AF/articles/kpa-kursk/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('[id="kpa-kursk:1.1"] .segment[lang="fa-AF"]')).toBeVisible();
	});

	test('on a host without the redirect rule, the 404 page sends the reader on', async ({
		page
	}) => {
		// What a host that only serves files answers for an address it has no file for.
		const notFound = fs.readFileSync('build/404.html', 'utf8');
		await page.route(/\/prs\/articles\//, (route) =>
			route.fulfill({ status: 404, contentType: 'text/html', body: notFound })
		);
		await page.goto('/prs/articles/kpa-kursk/?view=lines#kpa-kursk:3.1', { waitUntil: 'commit' });
		await expect(page).toHaveURL('/fa-AF/articles/kpa-kursk/?view=lines#kpa-kursk:3.1');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('[id="kpa-kursk:3.1"]')).toBeVisible();
	});

	test('each alias is one small file in the build', () => {
		for (const alias of ['prs', 'fa-af']) {
			const files = fs.readdirSync(`build/${alias}`, { recursive: true }).sort();
			expect(files).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
			expect(fs.statSync(`build/${alias}/index.html`).size).toBeLessThan(200);
		}
	});
});
