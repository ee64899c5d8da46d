// Writes .br and .gz beside each compressible file of the built site, as adapter-static's
// `precompress` does, but with a bounded number of files open at once.
//
// adapter-static compresses every file of build/ at the same time (two streams per file): at a
// thousand articles that is tens of thousands of open files and the build dies with EMFILE. Here a
// small pool of workers takes one file at a time, reads it whole (pages are small), compresses it
// in zlib's thread pool and writes the two results, so at most `concurrency` sources and their
// outputs are open at any moment, whatever the size of the library.
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';
import { afterSiteWritten } from './site-written.ts';

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The extensions SvelteKit's own `builder.compress` compresses; fonts and images already are. */
export const COMPRESSIBLE_EXTENSIONS = new Set([
	'.html',
	'.js',
	'.mjs',
	'.json',
	'.css',
	'.svg',
	'.xml',
	'.wasm',
	'.txt',
	'.md',
	'.mdx'
]);

/**
 * Brotli quality (0–11) for the files every page shares, the scripts and styles under
 * `_app/immutable/`: the best, as a few dozen files are compressed once and fetched by every reader.
 */
export const SHARED_BROTLI_QUALITY = zlib.constants.BROTLI_MAX_QUALITY;

/**
 * Brotli quality for everything else, which grows with the library (each article's pages in three
 * languages, their data, the search files). Measured on generated article pages: quality 11 takes
 * about 0.24 s a page, so 0.7 s of each article's build, and writes 18.5% of the HTML; quality 5
 * takes 5 ms and writes 20.4%, still a tenth under gzip -9 (which the page budgets are held to).
 */
export const PAGE_BROTLI_QUALITY = 5;

export interface PrecompressOptions {
	/** Files compressed at the same time; each holds one source and its two outputs open. */
	concurrency?: number;
	/** Brotli quality, 0–11, of a file at this path relative to the built site. */
	brotliQuality?: number | ((file: string) => number);
}

/** The quality `precompress` uses unless told otherwise: see the two constants. */
export function defaultBrotliQuality(file: string): number {
	return file.split(path.sep).join('/').startsWith('_app/immutable/')
		? SHARED_BROTLI_QUALITY
		: PAGE_BROTLI_QUALITY;
}

/** What was written, for the build log. */
export interface PrecompressResult {
	files: number;
	bytes: number;
	brotliBytes: number;
}

/** Every file under `dir` whose extension is in `COMPRESSIBLE_EXTENSIONS`, as absolute paths. */
export async function compressibleFiles(dir: string): Promise<string[]> {
	const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && COMPRESSIBLE_EXTENSIONS.has(path.extname(entry.name)))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

/**
 * Writes `<file>.br` and `<file>.gz` for every compressible file under `dir`, `concurrency` files
 * at a time.
 */
export async function precompress(
	dir: string,
	{ concurrency = 8, brotliQuality = defaultBrotliQuality }: PrecompressOptions = {}
): Promise<PrecompressResult> {
	const files = await compressibleFiles(dir);
	const result: PrecompressResult = { files: files.length, bytes: 0, brotliBytes: 0 };
	const qualityOf = (file: string) =>
		typeof brotliQuality === 'number' ? brotliQuality : brotliQuality(path.relative(dir, file));
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const file = files[next++]!;
			const source = await fs.readFile(file);
			const [brotli, gzipped] = await Promise.all([
				brotliCompress(source, {
					params: {
						[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
						[zlib.constants.BROTLI_PARAM_QUALITY]: qualityOf(file),
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length
					}
				}),
				gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION })
			]);
			await Promise.all([fs.writeFile(`${file}.br`, brotli), fs.writeFile(`${file}.gz`, gzipped)]);
			result.bytes += source.length;
			result.brotliBytes += brotli.length;
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
	return result;
}

/** Precompresses `outDir` once the build, adapter included, has written it. */
export function precompressPlugin(outDir = 'build', options?: PrecompressOptions): Plugin {
	return afterSiteWritten('precompress', async () => {
		const started = performance.now();
		const { files, bytes, brotliBytes } = await precompress(outDir, options);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(
			`precompressed ${files} files in ${outDir}/ (${bytes} bytes, ${brotliBytes} as brotli) in ${seconds} s`
		);
	});
}
