import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../playwright.config';

// The same browser as the main suite, against a real nginx configured from deploy/nginx
// (`npm run serve:nginx`, which installs nginx through apt when it is missing) instead of
// scripts/serve.js: its own spec, and the offline reading spec, whose service worker must work with
// nginx's headers, cache rules and precompressed files as with the small server. Run with
// `npm run test:nginx`.
const PORT = 4174;

export default defineConfig({
	...base,
	testDir: '.',
	testMatch: ['nginx.spec.ts', 'offline.spec.ts'],
	testIgnore: [],
	outputDir: '../test-results/nginx',
	use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
	webServer: {
		command: 'npx tsx scripts/serve-nginx.ts',
		cwd: fileURLToPath(new URL('..', import.meta.url)),
		env: { PORT: String(PORT) },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		// nginx stops and scripts/serve-nginx.ts removes its temporary directory.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
		// Long enough for apt-get to install nginx on a fresh machine.
		timeout: 300_000
	}
});
