import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { readBudgets } from '../scripts/check-budgets.ts';
import type { ScaleResult } from '../scripts/scale-test.ts';

// Run by scripts/scale-test.ts, which builds the sites and writes what it measured here.
const resultFile = process.env.SCALE_RESULT;
if (!resultFile) throw new Error('e2e-scale: run it through scripts/scale-test.ts (SCALE_RESULT)');
const { one, many, queries } = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as ScaleResult;
const { scale } = readBudgets('budgets.json');
if (!scale) throw new Error('budgets.json: the scale budgets are missing');

test('each added article costs at most the budgeted share of the one-article build', () => {
	const added = many.generated - one.generated;
	const perArticle = (many.cpuSeconds - one.cpuSeconds) / added;
	const ratio = perArticle / one.cpuSeconds;
	console.log(
		`build: 1 article ${one.cpuSeconds.toFixed(1)} s CPU, ${many.generated} articles ${many.cpuSeconds.toFixed(1)} s; each added article ${perArticle.toFixed(3)} s, ${ratio.toFixed(4)} of the one-article build (target ${scale.perArticleBuildRatio}, ceiling ${scale.ceiling.perArticleBuildRatio})`
	);
	expect(
		ratio,
		`each added article costs ${ratio.toFixed(4)} of the one-article build`
	).toBeLessThanOrEqual(scale.ceiling.perArticleBuildRatio);
});

for (const query of queries) {
	test(`the first search for ${query.kind} (${query.query}) stays within its budget`, async ({
		browser
	}) => {
		// A new context has an empty cache; the service worker, which may fetch search files of its
		// own accord, is kept out so that only the query's own requests count.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const fetched: { url: string; bytes: number }[] = [];
		page.on('requestfinished', async (request) => {
			if (!request.url().includes('/search-index/')) return;
			const sizes = await request.sizes();
			fetched.push({
				url: request.url(),
				bytes: sizes.responseBodySize + sizes.responseHeadersSize
			});
		});
		await page.goto(`/en/search/?q=${encodeURIComponent(query.query)}`);
		const first = page.locator('.search-result').first();
		await expect(first).toBeVisible({ timeout: 30_000 });
		await page.waitForLoadState('networkidle');
		const href = (await first.locator('.result-link').getAttribute('href')) ?? '';
		const segment = decodeURIComponent(href.slice(href.indexOf('#') + 1));
		expect(query.expected, `the first hit ${segment} is one an exact reading finds`).toContain(
			segment
		);
		const kib = fetched.reduce((sum, file) => sum + file.bytes, 0) / 1024;
		const files = fetched.map((file) => new URL(file.url).pathname).join(', ');
		console.log(`${query.kind}: ${kib.toFixed(1)} KiB in ${fetched.length} requests`);
		expect(fetched.length, `requests: ${files}`).toBeLessThanOrEqual(scale.firstQuery.requests);
		expect(kib, `KiB: ${files}`).toBeLessThanOrEqual(scale.firstQuery.kib);
		await context.close();
	});
}
