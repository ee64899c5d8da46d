import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// The hostile-text test's browser half, run by scripts/hostile-test.ts against the site it built
// from e2e-hostile/content in a scratch copy (HOSTILE_SITE): the main suite's browser, on a port
// of its own so that it never meets the main suite's server.
const PORT = 4193;
const site = process.env.HOSTILE_SITE;
if (!site)
	throw new Error('e2e-hostile: run it through scripts/hostile-test.ts (HOSTILE_SITE is unset)');

export default defineConfig({
	...base,
	testDir: '.',
	testIgnore: [],
	// In the scratch copy (kept when the test fails), never in the checkout's test-results/, which
	// the main suite empties when it starts.
	outputDir: `${site}/test-results`,
	use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
	webServer: {
		// The built site, served as any static host would serve it, CSP in each page's <meta>.
		command: `node scripts/serve.js ${PORT}`,
		cwd: site,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
