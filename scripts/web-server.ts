// What serving build/ with a real web server needs whichever server it is (scripts/serve-nginx.ts,
// scripts/serve-caddy.ts): the site built, the server installed, and a foreground process that
// stops cleanly and leaves nothing behind.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD = path.join(PROJECT, 'build');

/** The first of `candidates` that exists, else `name` on the PATH, else null. */
export function findProgram(name: string, candidates: string[]): string | null {
	for (const candidate of candidates) {
		if (fs.existsSync(candidate)) return candidate;
	}
	const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
	return found.status === 0 ? found.stdout.trim() : null;
}

/** Installs Debian packages, as root or through sudo; false when neither is possible. */
export function aptInstall(packages: string[]): boolean {
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

/** Builds the site first when build/ is missing. */
export function buildIfMissing(): void {
	if (fs.existsSync(path.join(BUILD, 'index.html'))) return;
	console.log('build/ is missing: building the site first.');
	execFileSync('npm', ['run', 'build'], { cwd: PROJECT, stdio: 'inherit' });
}

/**
 * Runs the server in the foreground until this process is stopped, then stops it with `stopSignal`
 * (each server's graceful stop) and removes `workDir`, its temporary files.
 */
export function runInForeground(
	command: string,
	args: string[],
	{
		workDir,
		stopSignal,
		env
	}: { workDir: string; stopSignal: NodeJS.Signals; env?: NodeJS.ProcessEnv }
): void {
	const server = spawn(command, args, { stdio: 'inherit', env: env ?? process.env });
	const stop = () => server.kill(stopSignal);
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	server.on('exit', (code, signal) => {
		fs.rmSync(workDir, { recursive: true, force: true });
		process.exit(code ?? (signal === stopSignal ? 0 : 1));
	});
}
