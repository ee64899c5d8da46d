// Writes each article's files for translation tools (TMX, XLIFF per language pair, CSV), the same
// files the site publishes under /exports/, and prints the path of each file written.
// Usage: tsx scripts/content-export.ts [--out dir] [slug]   (dir defaults to exports/)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleExports } from '../src/lib/exchange/export.ts';
import { loadArticles } from '../src/lib/server/content.ts';

const USAGE = 'usage: npm run content:export [-- --out dir] [slug]';

function parseCommandLine() {
	try {
		return parseArgs({
			options: { out: { type: 'string', default: 'exports' } },
			allowPositionals: true
		});
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		process.exit(2);
	}
}

const { values, positionals } = parseCommandLine();
if (positionals.length > 1) {
	console.error(USAGE);
	process.exit(2);
}
const [slug] = positionals;
const articles = loadArticles();
const chosen = slug === undefined ? articles : articles.filter((a) => a.slug === slug);
if (!chosen.length) {
	console.error(`no article "${slug}" (articles: ${articles.map((a) => a.slug).join(', ')})`);
	process.exit(1);
}

fs.mkdirSync(values.out, { recursive: true });
for (const article of chosen) {
	for (const { file, body } of articleExports(article)) {
		const target = path.join(values.out, file.name);
		fs.writeFileSync(target, body);
		console.log(target);
	}
}
