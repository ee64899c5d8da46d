import type { LanguageCode } from '../languages.ts';
import { formatProblem } from '../content/validate.ts';
import { CHECKS, type CheckId, type Finding, type Severity } from './checks.ts';

/** An article as the report lists it. */
export interface ReviewedArticle {
	slug: string;
	languages: readonly LanguageCode[];
	segments: number;
}

export interface QaSummary {
	errors: number;
	warnings: number;
	/** Per article and language (language null: findings that concern no one language). */
	byArticle: {
		article: string | null;
		language: LanguageCode | null;
		errors: number;
		warnings: number;
	}[];
	byCheck: { check: CheckId; description: string; errors: number; warnings: number }[];
}

/** What the machines get from `content:qa --json`. */
export interface QaReport {
	articles: ReviewedArticle[];
	findings: Finding[];
	summary: QaSummary;
}

const count = (findings: readonly Finding[], severity: Severity) =>
	findings.filter((f) => f.severity === severity).length;

/** Counts the findings per article and language (every language listed, clean ones too) and per check. */
export function summarize(
	findings: readonly Finding[],
	articles: readonly ReviewedArticle[]
): QaSummary {
	const rows = articles.flatMap((a) =>
		a.languages.map((language) => ({
			article: a.slug as string | null,
			language: language as LanguageCode | null
		}))
	);
	for (const f of findings) {
		if (!rows.some((r) => r.article === f.article && r.language === f.language)) {
			rows.push({ article: f.article, language: f.language });
		}
	}
	const byArticle = rows.map((row) => {
		const own = findings.filter((f) => f.article === row.article && f.language === row.language);
		return { ...row, errors: count(own, 'error'), warnings: count(own, 'warning') };
	});
	const byCheck = (Object.keys(CHECKS) as CheckId[]).flatMap((check) => {
		const own = findings.filter((f) => f.check === check);
		return own.length
			? [
					{
						check,
						description: CHECKS[check],
						errors: count(own, 'error'),
						warnings: count(own, 'warning')
					}
				]
			: [];
	});
	return {
		errors: count(findings, 'error'),
		warnings: count(findings, 'warning'),
		byArticle,
		byCheck
	};
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const groupName = (f: Pick<Finding, 'article' | 'language'>) =>
	`${f.article ?? 'library'} · ${f.language ?? 'all languages'}`;

function section(title: string, findings: readonly Finding[]): string[] {
	if (!findings.length) return [`${title} (0): none`];
	const lines = [`${title} (${findings.length})`];
	let group = '';
	for (const f of findings) {
		if (groupName(f) !== group) {
			group = groupName(f);
			lines.push(`  ${group}`);
		}
		lines.push(`    ${formatProblem(f)} [${f.check}]`);
		if (f.snippet) lines.push(`      | ${f.snippet}`);
	}
	return lines;
}

/**
 * The report a translation editor reads: errors, then warnings, each grouped by article and
 * language and given as `file: segment: what is wrong [check]` with a snippet; then a summary.
 */
export function formatReport(report: QaReport): string {
	const { articles, findings, summary } = report;
	const segments = articles.reduce((sum, a) => sum + a.segments, 0);
	const pad = (s: string, n: number) => s.padEnd(n);
	const width = Math.max(7, ...summary.byArticle.map((r) => (r.article ?? 'library').length));
	const lines = [
		`Translation QA: ${plural(articles.length, 'article')}, ${plural(segments, 'segment')}`,
		'',
		...section(
			'Errors',
			findings.filter((f) => f.severity === 'error')
		),
		'',
		...section(
			'Warnings',
			findings.filter((f) => f.severity === 'warning')
		),
		'',
		'Summary',
		...summary.byArticle.map(
			(r) =>
				`  ${pad(r.article ?? 'library', width)}  ${pad(r.language ?? 'all', 5)}  ${pad(plural(r.errors, 'error'), 10)}  ${plural(r.warnings, 'warning')}`
		),
		...summary.byCheck.map(
			(c) =>
				`  ${c.check} (${c.description}): ${[
					c.errors ? plural(c.errors, 'error') : '',
					c.warnings ? plural(c.warnings, 'warning') : ''
				]
					.filter(Boolean)
					.join(', ')}`
		),
		`${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`
	];
	return `${lines.join('\n')}\n`;
}
