import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalAddress, LANGUAGE_SPELLINGS } from '../src/params/langAlias.ts';
import {
	caddyAliasRules,
	metaPolicy,
	nginxAliasMap,
	pageAddresses,
	pagePolicies,
	renderConfigs,
	sharedPolicy
} from './serve-nginx-config.ts';

const meta = (policy: string) =>
	`<!doctype html><head><meta charset="utf-8" /><meta http-equiv="content-security-policy" content="${policy}"></head>`;

// A built site in miniature: two pages with their own hashes, an alias root with no policy.
const build = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-config-'));
afterAll(() => fs.rmSync(build, { recursive: true, force: true }));
const files: Record<string, string> = {
	'404.html': meta("default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-N'"),
	'en/index.html': meta("default-src 'self'; script-src 'self' 'sha256-B'; img-src 'self' data:"),
	'prs/index.html': '<script>location.href="/fa-AF/";</script>',
	'language-aliases.json': JSON.stringify(LANGUAGE_SPELLINGS)
};
for (const [file, text] of Object.entries(files)) {
	fs.mkdirSync(path.dirname(path.join(build, file)), { recursive: true });
	fs.writeFileSync(path.join(build, file), text);
}

/** What nginx's map over $request_uri yields: the first regex that matches, in order, or "". */
function nginxRedirect(lines: string[], requestUri: string): string {
	for (const line of lines) {
		const [, flags = '', source = '', value = ''] = /^\t"~(\*?)(.*)" "(.*)";$/.exec(line) ?? [];
		const match = new RegExp(source, flags === '*' ? 'i' : '').exec(requestUri);
		if (match) return value.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
	}
	return '';
}

describe('metaPolicy', () => {
	it.each([
		[meta("default-src 'self'"), "default-src 'self'"],
		['<html><head></head></html>', null]
	])('reads the policy of %s', (html, policy) => {
		expect(metaPolicy(html)).toBe(policy);
	});
});

describe('sharedPolicy', () => {
	it('keeps what every page allows and drops per-page hashes and directives', () => {
		expect(
			sharedPolicy([
				"default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self'",
				"default-src 'self'; script-src 'self' 'sha256-B'"
			])
		).toBe("default-src 'self'; script-src 'self'");
	});

	it('refuses a build with no page policy', () => {
		expect(() => sharedPolicy([])).toThrow('build/: no page has a Content-Security-Policy <meta>');
	});
});

describe('pagePolicies', () => {
	it('lists each page by the path nginx serves it from, and skips pages with no policy', () => {
		expect([...pagePolicies(build).keys()]).toEqual(['/404.html', '/en/index.html']);
	});

	it.each([
		['/en/index.html', ['/en/', '/en/index.html']],
		['/404.html', ['/404.html']]
	])('Caddy may ask for %s as %j', (file, addresses) => {
		expect(pageAddresses(file)).toEqual(addresses);
	});
});

describe('the nginx alias map', () => {
	const lines = nginxAliasMap(LANGUAGE_SPELLINGS);
	// What scripts/serve.js and the 404 page's script answer, by the site's own rule.
	const expected = (requestUri: string) => {
		const [pathname = '', query = ''] = requestUri.split(/(?=\?)/);
		const target = canonicalAddress(pathname);
		return target === null ? '' : `${target}${query}`;
	};
	it.each([
		'/prs/articles/kpa-kursk/?view=lines',
		'/PRS/articles/kpa-kursk/',
		'/fa-af/glossary/',
		'/Fa-Af/',
		'/prs',
		'/prs?view=lines',
		'/EN/articles/x/',
		'/Ru',
		'/fa-AF/articles/kpa-kursk/',
		'/fa-AF',
		'/en/',
		'/ru/glossary/?q=1',
		'/prsx/',
		'/fa-afx',
		'/',
		'/_app/immutable/x.js'
	])('%s redirects as the site rule says', (requestUri) => {
		expect(nginxRedirect(lines, requestUri)).toBe(expected(requestUri));
	});

	it('refuses a spelling that would not be a safe regular expression', () => {
		expect(() => nginxAliasMap({ 'p(rs': 'fa-AF' })).toThrow(
			'build/language-aliases.json: "p(rs": "fa-AF" is no language tag'
		);
	});
});

describe('the Caddy alias rules', () => {
	it('redirect every spelling of fa-AF but the canonical one, with and without a query', () => {
		const rules = caddyAliasRules(LANGUAGE_SPELLINGS).join('\n');
		expect(rules).toContain('path_regexp alias_fa_AF (?i)^/(?:fa-af|prs)(?:/(.*))?$');
		expect(rules).toContain('not path_regexp ^/fa-AF(?:/|$)');
		expect(rules).toContain('redir @alias_fa_AF /fa-AF/{re.alias_fa_AF.1} 308');
		expect(rules).toContain('redir @alias_fa_AF_query /fa-AF/{re.alias_fa_AF.1}?{query} 308');
	});
});

describe('renderConfigs', () => {
	const options = { buildDir: build, root: '/srv/site', listen: '8080', address: ':8080' };

	it('fills every placeholder of both templates', () => {
		const { nginx, caddy } = renderConfigs({ ...options, brotli: true });
		expect(nginx).not.toMatch(/\{\{/);
		expect(caddy).not.toMatch(/\{\{/);
		expect(nginx).toContain('root /srv/site;');
		expect(nginx).toContain('\tbrotli_static on;');
		expect(nginx).toContain(
			`"/en/index.html" "default-src 'self'; script-src 'self' 'sha256-B'; img-src 'self' data:; frame-ancestors 'none'";`
		);
		expect(nginx).toContain(
			`default "default-src 'self'; script-src 'self'; frame-ancestors 'none'";`
		);
		expect(caddy).toContain(
			`"/en/" "default-src 'self'; script-src 'self' 'sha256-B'; img-src 'self' data:; frame-ancestors 'none'"`
		);
	});

	it('leaves brotli_static out for an nginx without the module', () => {
		expect(renderConfigs({ ...options, brotli: false }).nginx).not.toMatch(/^\s*brotli_static/m);
	});
});
