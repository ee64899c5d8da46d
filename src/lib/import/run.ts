import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { z } from 'zod';
import { articleMetaSchema, structureSchema } from '../content/schema.ts';
import type { RawFile } from '../content/article-types.ts';
import { prepareMatchers, findTerms } from '../content/terms.ts';
import { formatProblem } from '../content/validate.ts';
import { importArticle, type ImportedArticle } from './article.ts';
import { readDocx } from './docx.ts';
import { articleFiles } from './files.ts';
import { ImportError, readSourceText } from './source.ts';
import { canonicalLanguage, LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { checkContent, readContentTree } from '../server/content.ts';
import { validateLibrary } from '../content/validate.ts';
import { validateGlossary } from '../content/glossary.ts';
import { findExistingArticle } from './existing.ts';
import { importTmx } from './tmx-import.ts';
import { isSegmentOf } from '../content/segment-id.ts';

function usage(message: string): never {
	throw new ImportError(
		`${message}\nusage: npm run content:import -- --slug <slug> --en <file> [--fa-AF <file>] [--ru <file>] [--source en] [--force] [--dry-run]\n       npm run content:import -- --slug <slug> --tmx <file> [--force] [--dry-run]`
	);
}

async function readInput(file: string, language: LanguageCode) {
	let data: Buffer;
	try {
		data = fs.readFileSync(file);
	} catch (error) {
		throw new ImportError(
			`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
		);
	}
	const name = path.basename(file);
	const text = file.toLowerCase().endsWith('.docx')
		? await readDocx(data, name)
		: data.toString('utf8');
	return readSourceText(text, name, language);
}

function report(imported: ImportedArticle, target: string, written: boolean): string {
	const { report: r, meta } = imported;
	const lines = [`${written ? 'Imported' : 'Dry run (nothing written):'} ${meta.slug} → ${target}`];
	lines.push(
		`  segments: ${Object.entries(r.segments)
			.map(([l, n]) => `${l} ${n}`)
			.join(', ')}; sentences: ${Object.entries(r.sentences)
			.map(([l, n]) => `${l} ${n}`)
			.join(', ')}`
	);
	lines.push(`  merged groups: ${r.merges.length}`);
	for (const m of r.merges) lines.push(`    ${m.segment}: ${m.note}, confidence ${m.confidence}`);
	lines.push(`  low-confidence groups, for a person to check: ${r.lowConfidence.length}`);
	for (const m of r.lowConfidence) lines.push(`    ${m.segment}: ${m.note}`);
	for (const [language, removals] of Object.entries(r.removals)) {
		for (const removal of removals ?? [])
			lines.push(
				`  removed from ${language}${removal.line ? ` line ${removal.line}` : ''}: ${removal.what} «${removal.text.slice(0, 60)}»`
			);
	}
	for (const [language, changes] of Object.entries(r.changes)) {
		const counted = Object.entries(changes ?? {}).filter(([, n]) => n > 0);
		if (counted.length)
			lines.push(`  normalized in ${language}: ${counted.map(([k, n]) => `${k} ${n}`).join(', ')}`);
	}
	if (meta.lostLinks.length) lines.push(`  lost links recorded: ${meta.lostLinks.length}`);
	if (r.tmx)
		lines.push(
			`  TMX: ${r.tmx.units} units read, ${r.tmx.changed} texts changed, ${r.tmx.untouched} segments not in the file kept as they were`
		);
	if (r.keptIds && !r.tmx) lines.push(`  segment IDs kept from the replaced article: ${r.keptIds}`);
	return lines.join('\n');
}

/** Writes the folder beside its final place, then swaps it in: a reader never sees half an article. */
function writeAtomically(dir: string, files: Record<string, string>) {
	const parent = path.dirname(dir);
	const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(dir)}.import-`));
	try {
		for (const [name, text] of Object.entries(files))
			fs.writeFileSync(path.join(staging, name), text);
		// Notes and reviews written by people beside the article stay with it.
		if (fs.existsSync(dir)) {
			for (const name of fs.readdirSync(dir)) {
				if (name.endsWith('.md')) fs.copyFileSync(path.join(dir, name), path.join(staging, name));
			}
		}
		const old = `${staging}.old`;
		if (fs.existsSync(dir)) fs.renameSync(dir, old);
		fs.renameSync(staging, dir);
		fs.rmSync(old, { recursive: true, force: true });
	} catch (error) {
		fs.rmSync(staging, { recursive: true, force: true });
		throw error;
	}
}

const SCHEMA_OF_FILE: Record<string, z.ZodType> = {
	'meta.json': articleMetaSchema,
	'structure.json': structureSchema
};

/**
 * A file whose data did not change keeps its bytes, however a person laid it out: an import that
 * changes one segment shows as one line in the history, not as a reformatted article.
 */
function keepUnchangedFiles(
	files: Record<string, string>,
	tree: RawFile[],
	slug: string
): Record<string, string> {
	const read = (name: string, text: string) => {
		const data: unknown = JSON.parse(text);
		const schema = SCHEMA_OF_FILE[name];
		const parsed = schema?.safeParse(data);
		return parsed ? (parsed.success ? parsed.data : data) : data;
	};
	return Object.fromEntries(
		Object.entries(files).map(([name, text]) => {
			const old = tree.find((f) => f.path === `content/articles/${slug}/${name}`);
			if (!old) return [name, text];
			try {
				return [name, isDeepStrictEqual(read(name, old.text), read(name, text)) ? old.text : text];
			} catch {
				return [name, text];
			}
		})
	);
}

/**
 * Runs `content:import` with the command line's arguments against the repository at `root`:
 * reads, aligns, checks and writes the article, and returns the report. Throws ImportError, with
 * a message for the editor, for anything it refuses.
 */
export async function runImport(args: string[], root: string): Promise<string> {
	const { values } = parseArgs({
		args,
		options: {
			slug: { type: 'string' },
			source: { type: 'string', default: 'en' },
			tmx: { type: 'string' },
			force: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			en: { type: 'string' },
			'fa-AF': { type: 'string' },
			'fa-af': { type: 'string' },
			prs: { type: 'string' },
			ru: { type: 'string' }
		},
		strict: true
	});
	const slug = values.slug;
	if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
		usage('--slug <slug> is required: lowercase letters, digits and hyphens');
	const sourceLanguage = canonicalLanguage(values.source ?? 'en');
	if (!sourceLanguage) usage(`--source ${values.source}: not one of ${LANGUAGE_CODES.join(', ')}`);

	const dir = path.join(root, 'content/articles', slug);
	const exists = fs.existsSync(dir);
	if (exists && !values.force)
		throw new ImportError(
			`content/articles/${slug} already exists: give --force to replace it (segment IDs whose text did not change are kept)`
		);
	const tree = readContentTree(root);
	const existing = findExistingArticle(tree, slug);

	let imported: ImportedArticle;
	if (values.tmx) {
		let xml: string;
		try {
			xml = fs.readFileSync(values.tmx, 'utf8');
		} catch (error) {
			throw new ImportError(
				`${values.tmx}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
			);
		}
		imported = importTmx(xml, path.basename(values.tmx), slug, existing);
	} else {
		const given: [LanguageCode, string][] = [];
		const files: Record<LanguageCode, string | undefined> = {
			en: values.en,
			'fa-AF': values['fa-AF'] ?? values['fa-af'] ?? values.prs,
			ru: values.ru
		};
		for (const language of LANGUAGE_CODES) {
			const file = files[language];
			if (file) given.push([language, file]);
		}
		if (!given.some(([l]) => l === sourceLanguage))
			usage(`the source language (${sourceLanguage}) needs a file: --${sourceLanguage} <file>`);
		given.sort(([a], [b]) => Number(b === sourceLanguage) - Number(a === sourceLanguage));
		const documents = [];
		for (const [language, file] of given) documents.push(await readInput(file, language));

		const { terms } = checkContent(root);
		const matchers = Object.fromEntries(LANGUAGE_CODES.map((l) => [l, prepareMatchers(terms, l)]));
		const termsIn = (text: string, language: LanguageCode) => [
			...new Set(findTerms(text, language, matchers[language] ?? []).map((t) => t.term))
		];
		imported = importArticle({ slug, sourceLanguage, documents, existing, termsIn });
	}

	const files = keepUnchangedFiles(await articleFiles(imported, root), tree, slug);
	// The article must pass the same check as the build before anything is written.
	const candidate = tree.filter((f) => !f.path.startsWith(`content/articles/${slug}/`));
	candidate.push(
		...Object.entries(files).map(([name, text]) => ({
			path: `content/articles/${slug}/${name}`,
			text
		}))
	);
	const articles = validateLibrary(candidate);
	const glossary = validateGlossary(candidate, articles.articles, {
		checkText: articles.problems.length === 0
	});
	const problems = [...articles.problems, ...glossary.problems].filter(
		(p) => p.file.includes(`/${slug}/`) || isSegmentOf(p.where, slug)
	);
	if (problems.length)
		throw new ImportError(
			`the imported article would not pass content:check:\n${problems.map(formatProblem).join('\n')}`
		);

	if (!values['dry-run']) writeAtomically(dir, files);
	return report(imported, path.relative(root, dir), !values['dry-run']);
}
