import { defineConfig, devices } from '@playwright/test';

// The hostile-text test's browser half, run by scripts/hostile-test.ts against the site it built
// from e2e-hostile/content in a scratch copy (HOSTILE_SITE), on a port of its own so that it
// never meets the main suite's server.
const PORT = 4193;
const site = process.env.HOSTILE_SITE;
if (!site)
	throw new Error('e2e-hostile: run it through scripts/hostile-test.ts (HOSTILE_SITE is unset)');

export default defineConfig({
	testDir: '.',
	// In the scratch copy (kept when the test fails), never in the checkout's test-results/, which
	// the main suite empties when it starts.
	outputDir: `${site}/test-results`,
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
				viewport: { width: 1440, height: 900 },
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
		// The built site, served as any static host would serve it, CSP in each page's <meta>.
		command: `node scripts/serve.js ${PORT}`,
		cwd: site,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
