import { test as plain, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

// Runs against a real nginx or Caddy configured from deploy/ (e2e/web-server.config.ts starts the
// one WEB_SERVER names with `npm run serve:nginx` or `npm run serve:caddy`): what a host does that
// scripts/serve.js cannot show. Both must answer alike.
const SERVER = process.env.WEB_SERVER ?? 'nginx';

const BUILD = 'build';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The policy SvelteKit wrote into a built page's <meta> tag. */
function metaPolicy(file: string): string {
	const html = fs.readFileSync(path.join(BUILD, file), 'utf8');
	const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
	if (policy === undefined) throw new Error(`${file}: no Content-Security-Policy <meta>`);
	return policy;
}

/** The CSP violations the page has reported since it started loading. */
function violations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

function firstFile(dir: string, extension: string): string {
	const name = fs
		.readdirSync(path.join(BUILD, dir))
		.sort()
		.find((file) => file.endsWith(extension));
	if (name === undefined) throw new Error(`${BUILD}/${dir}: no ${extension} file`);
	return `/${dir}/${name}`;
}

test.describe(`${SERVER}: pages`, () => {
	for (const [address, file] of [
		['/en/', 'en/index.html'],
		['/fa-AF/articles/kpa-kursk/', 'fa-AF/articles/kpa-kursk/index.html'],
		['/ru/glossary/', 'ru/glossary/index.html'],
		['/index.html', 'index.html']
	] as const) {
		test(`${address} is the page with its own policy and the security headers`, async ({
			request
		}) => {
			const response = await request.get(address);
			expect(response.status()).toBe(200);
			const headers = response.headers();
			expect(headers['content-type']).toBe('text/html; charset=utf-8');
			expect(headers['cache-control']).toBe('no-cache');
			expect(headers['content-security-policy']).toBe(
				`${metaPolicy(file)}; frame-ancestors 'none'`
			);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('same-origin');
			expect(headers['permissions-policy']).toContain('camera=()');
			expect(headers['x-frame-options']).toBeUndefined();
			expect(await response.text()).toBe(fs.readFileSync(path.join(BUILD, file), 'utf8'));
		});
	}

	test('a page revalidated by its ETag is answered 304, with the same headers', async ({
		request
	}) => {
		const first = await request.get('/en/', { headers: { 'Accept-Encoding': 'br' } });
		const etag = first.headers()['etag'];
		expect(etag).toBeTruthy();
		const again = await request.get('/en/', {
			headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag! }
		});
		expect(again.status()).toBe(304);
		for (const header of ['cache-control', 'content-security-policy', 'x-content-type-options'])
			expect(again.headers()[header], header).toBe(first.headers()[header]);
	});

	test('a directory without its slash is sent to the address with it', async ({ request }) => {
		const response = await request.get('/en/glossary', { maxRedirects: 0 });
		// Permanently: nginx says 301, Caddy 308.
		expect([301, 308]).toContain(response.status());
		expect(response.headers()['location']).toBe('/en/glossary/');
	});
});

test.describe(`${SERVER}: the 404 page`, () => {
	for (const address of ['/xx/', '/en/articles/no-such-article/', '/_app/immutable/missing.js']) {
		test(`${address} is answered with the 404 page and status 404`, async ({ request }) => {
			const response = await request.get(address);
			expect(response.status()).toBe(404);
			const headers = response.headers();
			expect(headers['content-type']).toBe('text/html; charset=utf-8');
			expect(headers['cache-control']).toBe('no-cache');
			expect(headers['content-security-policy']).toBe(
				`${metaPolicy('404.html')}; frame-ancestors 'none'`
			);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(await response.text()).toBe(fs.readFileSync(path.join(BUILD, '404.html'), 'utf8'));
		});
	}
});

test.describe(`${SERVER}: files`, () => {
	// Every file at the top of build/ (favicon, robots.txt, the alias script, the service worker
	// once there is one) and a sample of the rest is revalidated on every use.
	const topFiles = fs
		.readdirSync(BUILD, { withFileTypes: true })
		.filter((entry) => entry.isFile() && !/\.(br|gz|html)$/.test(entry.name))
		.map((entry) => `/${entry.name}`);
	const revalidated = [
		...topFiles,
		'/_app/version.json',
		'/search-index/manifest.json',
		'/exports/kpa-kursk.tmx'
	];
	for (const address of revalidated) {
		test(`${address} has no-cache and the shared policy`, async ({ request }) => {
			const response = await request.get(address);
			expect(response.status()).toBe(200);
			const headers = response.headers();
			expect(headers['cache-control']).toBe('no-cache');
			// The shared policy still lets a service worker fetch from its own origin.
			expect(headers['content-security-policy']).toContain("connect-src 'self'");
			expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
			expect(headers['x-content-type-options']).toBe('nosniff');
		});
	}

	for (const dir of ['_app/immutable/entry', '_app/immutable/assets']) {
		for (const extension of ['.js', '.css', '.woff2']) {
			const exists = fs.readdirSync(path.join(BUILD, dir)).some((f) => f.endsWith(extension));
			if (!exists) continue;
			test(`${dir}/*${extension} is cached for a year as immutable`, async ({ request }) => {
				const response = await request.get(firstFile(dir, extension));
				expect(response.status()).toBe(200);
				expect(response.headers()['cache-control']).toBe(IMMUTABLE);
			});
		}
	}

	for (const [file, type] of [
		['/exports/kpa-kursk.tmx', 'application/xml; charset=utf-8'],
		['/exports/kpa-kursk.en-ru.xlf', 'application/xliff+xml; charset=utf-8'],
		['/exports/kpa-kursk.csv', 'text/csv; charset=utf-8'],
		['/glossary-index.json', 'application/json; charset=utf-8'],
		['/favicon.svg', 'image/svg+xml; charset=utf-8']
	] as const) {
		test(`${file} is sent as ${type}`, async ({ request }) => {
			const response = await request.get(file);
			expect(response.headers()['content-type']).toBe(type);
		});
	}
});

test.describe(`${SERVER}: precompressed files`, () => {
	const samples = [
		'/en/articles/kpa-kursk/',
		'/glossary-index.json',
		firstFile('_app/immutable/entry', '.js')
	];
	for (const address of samples) {
		for (const [accept, encoding] of [
			['br, gzip', 'br'],
			['gzip, deflate', 'gzip'],
			['identity', undefined]
		] as const) {
			test(`${address} with Accept-Encoding: ${accept} comes as ${encoding ?? 'it is'}`, async ({
				request
			}) => {
				const response = await request.get(address, { headers: { 'Accept-Encoding': accept } });
				expect(response.status()).toBe(200);
				expect(response.headers()['content-encoding']).toBe(encoding);
				expect(response.headers()['vary']).toBe('Accept-Encoding');
				// The client decodes it: the same bytes as the file in build/.
				const file = address.endsWith('/') ? `${address}index.html` : address;
				expect(Buffer.compare(await response.body(), fs.readFileSync(path.join(BUILD, file)))).toBe(
					0
				);
			});
		}
	}
});

test.describe(`${SERVER}: language aliases`, () => {
	const spellings = JSON.parse(
		fs.readFileSync(path.join(BUILD, 'language-aliases.json'), 'utf8')
	) as Record<string, string>;
	// Each spelling as written, upper-cased, and with the canonical prefix's own capitals undone.
	const redirects = Object.entries(spellings).flatMap(([spelling, lang]) =>
		[spelling, spelling.toUpperCase()]
			.filter((written) => written !== lang)
			.map((written) => [written, lang] as const)
	);
	for (const [written, lang] of redirects) {
		test(`/${written}/… is answered with 308 to /${lang}/…, query kept`, async ({ request }) => {
			const deep = await request.get(`/${written}/articles/kpa-kursk/?view=lines`, {
				maxRedirects: 0
			});
			expect(deep.status()).toBe(308);
			expect(deep.headers()['location']).toBe(`/${lang}/articles/kpa-kursk/?view=lines`);
			const root = await request.get(`/${written}`, { maxRedirects: 0 });
			expect(root.status()).toBe(308);
			expect(root.headers()['location']).toBe(`/${lang}/`);
		});
	}

	test('each canonical prefix is served, not redirected', async ({ request }) => {
		for (const lang of new Set(Object.values(spellings))) {
			const response = await request.get(`/${lang}/glossary/`, { maxRedirects: 0 });
			expect(response.status(), lang).toBe(200);
		}
	});

	test('a first segment that only starts like an alias is no alias', async ({ request }) => {
		const response = await request.get('/prsx/', { maxRedirects: 0 });
		expect(response.status()).toBe(404);
	});
});

test.describe(`${SERVER}: in the browser`, () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			const violations: string[] = [];
			Object.assign(window, { violations });
			document.addEventListener('securitypolicyviolation', (event) =>
				violations.push(`${event.violatedDirective} ${event.blockedURI}`)
			);
		});
	});

	for (const lang of ['en', 'fa-AF', 'ru']) {
		test(`the article in ${lang} hydrates under the header policy, with no violation`, async ({
			page
		}) => {
			const response = await page.goto(`/${lang}/articles/kpa-kursk/`);
			expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
			// The fixture's goto has waited for hydration: the page's inline script ran, which the
			// header allows by its hash alone.
			await expect(page.locator('[id="kpa-kursk:1.1"]')).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	}

	test('a missing page shows the 404 page in three languages', async ({ page }) => {
		const response = await page.goto('/en/nothing/here/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('section[lang="en"] h1')).toHaveText('Page not found');
		await expect(page.locator('section[lang="fa-AF"][dir="rtl"] h2')).toHaveText('صفحه پیدا نشد');
		await expect(page.locator('section[lang="ru"] h2')).toHaveText('Страница не найдена');
		expect(await violations(page)).toEqual([]);
	});

	test('an alias address reaches the Dari page', async ({ page }) => {
		await page.goto('/PRS/articles/kpa-kursk/');
		await expect(page).toHaveURL('/fa-AF/articles/kpa-kursk/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('[id="kpa-kursk:1.1"] .segment[lang="fa-AF"]')).toBeVisible();
	});
});

// The browser reports the refused frame as a console error, which the fixture's page would count.
plain(`${SERVER}: no page can be framed, not even by the site itself`, async ({ page }) => {
	await page.goto('/en/');
	const refused = page.waitForEvent('console', (message) =>
		message.text().includes('frame-ancestors')
	);
	await page.evaluate(() => {
		const frame = document.createElement('iframe');
		frame.src = '/ru/';
		document.body.append(frame);
	});
	await refused;
	// A refused frame shows the browser's error page, of another origin: no document to reach.
	await expect
		.poll(() => page.evaluate(() => document.querySelector('iframe')?.contentDocument === null))
		.toBe(true);
});
