// Serves build/ with a real nginx, configured as deploy/nginx describes, on 127.0.0.1:$PORT (8080
// unless set), in the foreground until stopped. Builds the site first if build/ is missing, and
// installs nginx (and its brotli_static module) through apt when it is missing, as .ci/run does
// for Chromium. Everything nginx writes (pid, temporary files) stays in a temporary directory, so
// no root is needed to run it. Usage: PORT=8080 npm run serve:nginx
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderConfigs } from './serve-nginx-config.ts';
import {
	aptInstall,
	BUILD,
	buildIfMissing,
	findProgram,
	PROJECT,
	runInForeground
} from './web-server.ts';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
const port = process.env.PORT ?? '8080';

buildIfMissing();

let nginx = findProgram('nginx', NGINX_PATHS);
if (nginx === null) {
	aptInstall(['nginx', 'libnginx-mod-http-brotli-static']);
	nginx = findProgram('nginx', NGINX_PATHS);
	if (nginx === null) {
		console.error(
			'nginx is not installed and could not be installed: run `apt-get install nginx libnginx-mod-http-brotli-static` as root.'
		);
		process.exit(1);
	}
}
if (!fs.existsSync(BROTLI_MODULE) && !aptInstall(['libnginx-mod-http-brotli-static'])) {
	console.warn(
		`${BROTLI_MODULE} is missing: serving .gz but not .br (apt-get install libnginx-mod-http-brotli-static).`
	);
}
const brotli = fs.existsSync(BROTLI_MODULE);

const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'parallel-reader-nginx-'));
const { nginx: site } = renderConfigs({
	root: BUILD,
	listen: `127.0.0.1:${port}`,
	address: `127.0.0.1:${port}`,
	brotli
});
fs.writeFileSync(path.join(prefix, 'site.conf'), site);
const main = fs
	.readFileSync(path.join(PROJECT, 'deploy/nginx/nginx.conf.template'), 'utf8')
	.replaceAll('{{PREFIX}}', prefix)
	// Started as root (as in CI), nginx runs its workers as nobody, who cannot read a checkout
	// under /root nor this private directory. The server listens on loopback only.
	.replace('{{USER}}', process.getuid?.() === 0 ? 'user root;' : '')
	.replace('{{LOAD_MODULES}}', brotli ? `load_module ${BROTLI_MODULE};` : '');
fs.writeFileSync(path.join(prefix, 'nginx.conf'), main);

// -e: nginx opens its default error log before reading the configuration; stderr needs no root.
runInForeground(nginx, ['-p', prefix, '-e', 'stderr', '-c', path.join(prefix, 'nginx.conf')], {
	workDir: prefix,
	stopSignal: 'SIGQUIT'
});
console.log(`nginx serving build/ at http://127.0.0.1:${port}/ (configuration in ${prefix})`);
