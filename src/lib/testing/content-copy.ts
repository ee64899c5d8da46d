import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { CHECKED_LIBRARY_ENV } from '../server/content';

/**
 * Runs each test of the file in a copy of this repository's content/, as the working directory (a
 * build's own), and restores the directory and the build's checked-library variable afterwards.
 * Returns the copy's root, for the tests to read while they run.
 */
export function inContentCopy(prefix: string): () => string {
	let root = '';
	let cwd = '';
	const saved = process.env[CHECKED_LIBRARY_ENV];
	beforeEach(() => {
		root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
		fs.cpSync(path.join(process.cwd(), 'content'), path.join(root, 'content'), { recursive: true });
		cwd = process.cwd();
		process.chdir(root);
	});
	afterEach(() => {
		process.chdir(cwd);
		fs.rmSync(root, { recursive: true, force: true });
		if (saved === undefined) delete process.env[CHECKED_LIBRARY_ENV];
		else process.env[CHECKED_LIBRARY_ENV] = saved;
	});
	return () => root;
}
