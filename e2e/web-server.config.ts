import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../playwright.config';

// The same browser as the main suite, against a real web server configured from deploy/ (nginx or
// Caddy, as WEB_SERVER says; `npm run serve:nginx` and `npm run serve:caddy` install the server
// through apt when it is missing) instead of scripts/serve.js: its own spec, and the offline
// reading spec, whose service worker must work with the server's headers, cache rules and
// precompressed files as with the small server. Run with `npm run test:nginx` or
// `npm run test:caddy`.
const SERVERS = { nginx: 4174, caddy: 4175 } as const;
const server = process.env.WEB_SERVER ?? 'nginx';
if (!(server in SERVERS)) throw new Error(`WEB_SERVER is "${server}", not nginx or caddy`);
const PORT = SERVERS[server as keyof typeof SERVERS];

export default defineConfig({
	...base,
	testDir: '.',
	testMatch: ['web-server.spec.ts', 'offline.spec.ts'],
	testIgnore: [],
	outputDir: `../test-results/${server}`,
	use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
	webServer: {
		command: `npx tsx scripts/serve-${server}.ts`,
		cwd: fileURLToPath(new URL('..', import.meta.url)),
		env: { PORT: String(PORT) },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		// The server stops and its script removes its temporary directory.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
		// Long enough for apt-get to install the server on a fresh machine.
		timeout: 300_000
	}
});
