import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// The scale test's browser half, run by scripts/scale-test.ts against the 200-article site it
// built in a scratch copy (SCALE_SITE): the main suite's browser, on a port of its own so that it
// never meets the main suite's server.
const PORT = 4183;
const site = process.env.SCALE_SITE;
if (!site) throw new Error('e2e-scale: run it through scripts/scale-test.ts (SCALE_SITE is unset)');

export default defineConfig({
	...base,
	testDir: '.',
	testIgnore: [],
	use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
	webServer: {
		// The built site, served as any static host would serve it (precompressed files included).
		command: `node scripts/serve.js ${PORT}`,
		cwd: site,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
