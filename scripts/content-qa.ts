// Translation QA of content/, as a translation editor expects from Xbench or Verifika: per article
// and language, errors (what content:check refuses) and warnings, each with file, segment and a
// snippet, then a summary. Exits 1 on any error, 2 on a wrong command line.
// Usage: tsx scripts/content-qa.ts [slug] [--json] [--root <dir>]   (root: the current directory)
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/server/content.ts';
import { reviewLibrary } from '../src/lib/qa/checks.ts';
import { formatReport, summarize, type QaReport } from '../src/lib/qa/report.ts';

function fail(message: string): never {
	console.error(`content:qa: ${message}`);
	console.error('usage: npm run content:qa -- [slug] [--json] [--root <dir>]');
	process.exit(2);
}

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: { json: { type: 'boolean', default: false }, root: { type: 'string' } }
	});
} catch (error) {
	fail((error as Error).message);
}
const { values, positionals } = args;
if (positionals.length > 1) fail(`one slug at most, got ${positionals.join(' ')}`);
const slug = positionals[0];

const library = checkContent(values.root ?? process.cwd());
const known = library.assembled.map((a) => a.slug);
if (slug !== undefined && !known.includes(slug)) {
	fail(`no article "${slug}" (articles: ${known.join(', ') || 'none'})`);
}
// Length ratios are measured against the whole library even when one article is reviewed.
const findings = reviewLibrary(library).filter((f) => slug === undefined || f.article === slug);
const articles = library.assembled
	.filter((a) => slug === undefined || a.slug === slug)
	.map((a) => ({ slug: a.slug, languages: a.meta.languages, segments: a.segmentIds.length }));
const report: QaReport = { articles, findings, summary: summarize(findings, articles) };

process.stdout.write(
	values.json ? `${JSON.stringify(report, null, '\t')}\n` : formatReport(report)
);
process.exit(report.summary.errors ? 1 : 0);
