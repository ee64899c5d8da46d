// Serves build/ with a real nginx, configured as deploy/nginx describes, on 127.0.0.1:$PORT (8080
// unless set), in the foreground until stopped. Builds the site first if build/ is missing, and
// installs nginx (and its brotli_static module) through apt when it is missing, as .ci/run does
// for Chromium. Everything nginx writes (pid, temporary files) stays in a temporary directory, so
// no root is needed to run it. Usage: PORT=8080 npm run serve:nginx
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderConfigs } from './serve-nginx-config.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(PROJECT, 'build');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const port = process.env.PORT ?? '8080';

function findNginx(): string | null {
	for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
		if (fs.existsSync(candidate)) return candidate;
	}
	const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
	return found.status === 0 ? found.stdout.trim() : null;
}

/** Installs Debian packages, as root or through sudo; false when neither is possible. */
function aptInstall(packages: string[]): boolean {
	const root = process.getuid?.() === 0;
	const sudo = root ? [] : ['sudo', '-n'];
	if (!root && spawnSync('sh', ['-c', 'command -v sudo']).status !== 0) return false;
	if (spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) return false;
	console.log(`Installing ${packages.join(', ')} with apt-get…`);
	const run = (args: string[]) =>
		spawnSync(sudo[0] ?? args[0]!, [...sudo.slice(1), ...(root ? args.slice(1) : args)], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		}).status === 0;
	return run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', ...packages]);
}

if (!fs.existsSync(path.join(BUILD, 'index.html'))) {
	console.log('build/ is missing: building the site first.');
	execFileSync('npm', ['run', 'build'], { cwd: PROJECT, stdio: 'inherit' });
}

let nginx = findNginx();
if (nginx === null) {
	aptInstall(['nginx', 'libnginx-mod-http-brotli-static']);
	nginx = findNginx();
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
const server = spawn(nginx, ['-p', prefix, '-e', 'stderr', '-c', path.join(prefix, 'nginx.conf')], {
	stdio: 'inherit'
});
console.log(`nginx serving build/ at http://127.0.0.1:${port}/ (configuration in ${prefix})`);

const stop = () => server.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code, signal) => {
	fs.rmSync(prefix, { recursive: true, force: true });
	process.exit(code ?? (signal === 'SIGQUIT' ? 0 : 1));
});
