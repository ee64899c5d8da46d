import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type en from '../locales/en/common.json';
import { expect, test } from './fixtures';

// Issue 13: a new deployment is picked up quietly, with a localized "new version — reload" notice
// that never reloads by itself. The built site is served twice over, as a host would between two
// deployments: first as built, then as the next deployment, whose service worker and version file
// carry another version (the rest of a deployment is hashed files a new service worker fetches
// for itself).

type Lang = 'en' | 'fa-AF' | 'ru';
const strings = (lang: Lang) =>
	JSON.parse(fs.readFileSync(`locales/${lang}/common.json`, 'utf8')) as typeof en;

const VERSION = (
	JSON.parse(fs.readFileSync('build/_app/version.json', 'utf8')) as { version: string }
).version;
const NEXT = `${VERSION}-next`;

/** The site as built, or as the next deployment once `deployNext` is called. */
function host() {
	const files = sirv('build', { etag: true });
	let next = false;
	const server = http.createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://host').pathname;
		if (path === '/service-worker.js' || path === '/_app/version.json') {
			const text = fs.readFileSync(`build${path}`, 'utf8');
			res.writeHead(200, {
				'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'application/json',
				'Cache-Control': 'no-cache'
			});
			res.end(next ? text.replaceAll(VERSION, NEXT) : text);
			return;
		}
		files(req, res, () => {
			res.writeHead(404);
			res.end();
		});
	});
	return {
		start: () =>
			new Promise<string>((resolve) =>
				server.listen(0, '127.0.0.1', () =>
					resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
				)
			),
		deployNext: () => (next = true),
		stop: () => new Promise((resolve) => server.close(resolve))
	};
}

for (const lang of ['en', 'fa-AF', 'ru'] as const) {
	test(`${lang}: a new deployment shows a notice, and reloads only when the reader asks`, async ({
		page
	}) => {
		const site = host();
		const origin = await site.start();
		try {
			const t = strings(lang);
			await page.goto(`${origin}/${lang}/articles/kpa-kursk/`);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			// Marks this document: a reload would lose it.
			await page.evaluate(() => Object.assign(window, { readingSince: 1 }));

			site.deployNext();
			// The watcher checks for a new version when the connection comes back (and every 30 min).
			// A check made while the watcher's first one (of the old deployment) is still under way
			// joins it, as browsers merge equal update jobs, and finds nothing new: the next check
			// does, as it would for a reader.
			const notice = page.locator('.update-notice');
			await expect(async () => {
				await page.evaluate(() => dispatchEvent(new Event('online')));
				await expect(notice).toContainText(t.offline.newVersion, { timeout: 5_000 });
			}).toPass({ timeout: 40_000 });
			await page.waitForTimeout(1000);
			expect(await page.evaluate(() => 'readingSince' in window)).toBe(true);

			await notice.getByRole('button', { name: t.offline.reload }).click();
			await page.waitForFunction(() => !('readingSince' in window));
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			const shells = await page.evaluate(async () =>
				(await caches.keys()).filter((name) => name.startsWith('shell-'))
			);
			expect(shells).toEqual([`shell-${NEXT}`]);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		} finally {
			await site.stop();
		}
	});
}
