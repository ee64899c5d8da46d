// Serves build/ with a real Caddy, configured from deploy/caddy/Caddyfile.template, on
// http://127.0.0.1:$PORT (8080 unless set), in the foreground until stopped. Builds the site first
// if build/ is missing and installs Caddy through apt when it is missing. Caddy's own state (its
// data and configuration directories) stays in a temporary directory, and its admin endpoint is
// off, so several can run at once with no root. Usage: PORT=8080 npm run serve:caddy
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderConfigs } from './serve-nginx-config.ts';
import { aptInstall, BUILD, buildIfMissing, findProgram, runInForeground } from './web-server.ts';

const CADDY_PATHS = ['/usr/bin/caddy', '/usr/local/bin/caddy'];
const port = process.env.PORT ?? '8080';

buildIfMissing();

let caddy = findProgram('caddy', CADDY_PATHS);
if (caddy === null) {
	aptInstall(['caddy']);
	caddy = findProgram('caddy', CADDY_PATHS);
	if (caddy === null) {
		console.error(
			'Caddy is not installed and could not be installed: run `apt-get install caddy` as root.'
		);
		process.exit(1);
	}
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'parallel-reader-caddy-'));
// An http:// address: Caddy serves plain HTTP on it and asks for no certificate.
const { caddy: site } = renderConfigs({
	root: BUILD,
	listen: `127.0.0.1:${port}`,
	address: `http://127.0.0.1:${port}`,
	brotli: true
});
const caddyfile = path.join(home, 'Caddyfile');
fs.writeFileSync(caddyfile, `{\n\tadmin off\n}\n\n${site}`);

runInForeground(caddy, ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
	workDir: home,
	stopSignal: 'SIGTERM',
	env: { ...process.env, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home }
});
console.log(`Caddy serving build/ at http://127.0.0.1:${port}/ (configuration in ${caddyfile})`);
