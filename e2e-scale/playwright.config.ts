import { defineConfig, devices } from '@playwright/test';

// The scale test's browser half, run by scripts/scale-test.ts against the 200-article site it
// built in a scratch copy (SCALE_SITE), on a port of its own so that it never meets the main
// suite's server.
const PORT = 4183;
const site = process.env.SCALE_SITE;
if (!site) throw new Error('e2e-scale: run it through scripts/scale-test.ts (SCALE_SITE is unset)');

export default defineConfig({
	testDir: '.',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'off'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				// Debian's Chromium; Playwright never downloads a browser here.
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: {
		// The built site, served as any static host would serve it (precompressed files included).
		command: `node scripts/serve.js ${PORT}`,
		cwd: site,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
