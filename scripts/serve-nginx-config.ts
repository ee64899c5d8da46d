// Writes the nginx and Caddy configurations for build/ from deploy/nginx/site.conf.template and
// deploy/caddy/Caddyfile.template. What varies with the build is read from it: each page's
// Content-Security-Policy (SvelteKit writes it into the page's <meta> tag, with that page's own
// script and style hashes) and the spellings of the language prefixes
// (build/language-aliases.json). Usage:
//   tsx scripts/serve-nginx-config.ts [--out deploy/generated] [--root <dir>] [--listen 8080]
//     [--address :8080] [--no-brotli]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A <meta> policy cannot say who may frame the page; the header does, for every response. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** The site asks for no device feature; every one a browser might grant is refused. */
export const PERMISSIONS_POLICY =
	'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or null. */
export function metaPolicy(html: string): string | null {
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? null;
}

type Policy = [directive: string, sources: string[]][];

function parsePolicy(policy: string): Policy {
	return policy
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.filter(([directive]) => directive)
		.map(([directive = '', ...sources]) => [directive, sources]);
}

/**
 * The policy every page shares: each directive that all pages have, with the sources all of them
 * allow (the per-page script and style hashes drop out). It is what a file that is no page gets,
 * a service worker script included, so it must allow what the worker does (same-origin fetches).
 */
export function sharedPolicy(policies: string[]): string {
	const [first, ...rest] = policies.map(parsePolicy);
	if (first === undefined) throw new Error('build/: no page has a Content-Security-Policy <meta>');
	return first
		.flatMap(([directive, sources]): string[] => {
			const others = rest.map((policy) => policy.find(([name]) => name === directive)?.[1]);
			if (others.some((other) => other === undefined)) return [];
			const kept = sources.filter((source) => others.every((other) => other?.includes(source)));
			return [[directive, ...kept].join(' ')];
		})
		.join('; ');
}

/** The header policy for a page: its own <meta> policy with frame-ancestors added. */
export function headerPolicy(policy: string): string {
	return `${policy}; ${FRAME_ANCESTORS}`;
}

/** Each .html file of the build, as the path nginx serves it from (`/en/index.html`), with its policy. */
export function pagePolicies(buildDir: string): Map<string, string> {
	const pages = new Map<string, string>();
	const files = fs.readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).sort();
	for (const file of files.filter((name) => name.endsWith('.html'))) {
		const policy = metaPolicy(fs.readFileSync(path.join(buildDir, file), 'utf8'));
		// The alias roots (/prs/, /fa-af/) carry none: the redirect rule answers them first.
		if (policy !== null) pages.set(`/${file.split(path.sep).join('/')}`, policy);
	}
	return pages;
}

/**
 * The addresses Caddy sees for a page file: a directory index is asked for as its directory, and
 * may be asked for by its own name too (nginx maps by file, so it needs no such list).
 */
export function pageAddresses(file: string): string[] {
	return file.endsWith('/index.html') ? [file.slice(0, -'index.html'.length), file] : [file];
}

/** Spellings (lower case) grouped by the canonical prefix they stand for, canonical first. */
export function spellingsByLanguage(spellings: Record<string, string>): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const [spelling, lang] of Object.entries(spellings)) {
		if (!/^[a-z0-9-]+$/.test(spelling) || !/^[A-Za-z0-9-]+$/.test(lang))
			throw new Error(`build/language-aliases.json: "${spelling}": "${lang}" is no language tag`);
		groups.set(lang, [...(groups.get(lang) ?? []), spelling]);
	}
	return groups;
}

/**
 * nginx map lines over $request_uri: the canonical prefix in its own case maps to "" (no redirect),
 * then every spelling, any case, to the canonical prefix with the rest of the address and query.
 */
export function nginxAliasMap(spellings: Record<string, string>): string[] {
	const groups = [...spellingsByLanguage(spellings)];
	return [
		...groups.map(([lang]) => `\t"~^/${lang}(?:[/?]|$)" "";`),
		...groups.map(
			([lang, names]) => `\t"~*^/(?:${names.join('|')})(?:/([^?]*))?(\\?.*)?$" "/${lang}/$1$2";`
		)
	];
}

/** Caddyfile named matchers and 308 redirects doing what nginxAliasMap does. */
export function caddyAliasRules(spellings: Record<string, string>): string[] {
	return [...spellingsByLanguage(spellings)].flatMap(([lang, names]) => {
		const name = `alias_${lang.replace(/-/g, '_')}`;
		// Caddy 2.6 has no placeholder for "?query when there is one": two rules, with and without.
		return [false, true].flatMap((withQuery) => {
			const matcher = `${name}${withQuery ? '_query' : ''}`;
			return [
				`\t@${matcher} {`,
				`\t\tpath_regexp ${name} (?i)^/(?:${names.join('|')})(?:/(.*))?$`,
				`\t\tnot path_regexp ^/${lang}(?:/|$)`,
				`\t\texpression {query} ${withQuery ? '!=' : '=='} ""`,
				'\t}',
				`\tredir @${matcher} /${lang}/{re.${name}.1}${withQuery ? '?{query}' : ''} 308`
			];
		});
	});
}

function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{\{([A-Z_]+)\}\}/g, (placeholder, key: string) => {
		const value = values[key];
		if (value === undefined) throw new Error(`deploy template: ${placeholder} has no value`);
		return value;
	});
}

export interface SiteOptions {
	/** The built site. @defaultValue `<project>/build` */
	buildDir?: string;
	/** The directory nginx and Caddy serve it from (where build/ is copied on the host). */
	root: string;
	/** nginx `listen` argument, e.g. `127.0.0.1:8080`. */
	listen: string;
	/** Caddy site address, e.g. `:8080` or a domain. */
	address: string;
	/** Whether nginx has ngx_http_brotli_static_module (Debian: libnginx-mod-http-brotli-static). */
	brotli: boolean;
}

/** The nginx server block (and its maps) and the Caddyfile for the build. */
export function renderConfigs(options: SiteOptions): { nginx: string; caddy: string } {
	const buildDir = options.buildDir ?? path.join(PROJECT, 'build');
	const pages = pagePolicies(buildDir);
	const defaultCsp = headerPolicy(sharedPolicy([...pages.values()]));
	const spellings = JSON.parse(
		fs.readFileSync(path.join(buildDir, 'language-aliases.json'), 'utf8')
	) as Record<string, string>;
	const template = (name: string) => fs.readFileSync(path.join(PROJECT, 'deploy', name), 'utf8');
	const entries = [...pages];
	const nginx = fill(template('nginx/site.conf.template'), {
		// nginx's hash for the map must hold every page; a power of two above the count.
		MAP_HASH_MAX_SIZE: String(2 ** Math.ceil(Math.log2(Math.max(entries.length * 2, 1024)))),
		DEFAULT_CSP: defaultCsp,
		CSP_MAP: entries.map(([file, policy]) => `\t"${file}" "${headerPolicy(policy)}";`).join('\n'),
		ALIAS_MAP: nginxAliasMap(spellings).join('\n'),
		LISTEN: options.listen,
		ROOT: options.root,
		BROTLI_STATIC: options.brotli
			? 'brotli_static on;'
			: '# brotli_static on; (needs ngx_http_brotli_static_module: apt-get install libnginx-mod-http-brotli-static)',
		PERMISSIONS_POLICY
	});
	const caddy = fill(template('caddy/Caddyfile.template'), {
		ADDRESS: options.address,
		ROOT: options.root,
		DEFAULT_CSP: defaultCsp,
		CSP_MAP: entries
			.flatMap(([file, policy]) =>
				pageAddresses(file).map((address) => `\t\t"${address}" "${headerPolicy(policy)}"`)
			)
			.join('\n'),
		ALIAS_RULES: caddyAliasRules(spellings).join('\n'),
		PERMISSIONS_POLICY
	});
	return { nginx, caddy };
}

function main(args: string[]) {
	const option = (name: string, fallback: string) => {
		const at = args.indexOf(name);
		return at === -1 ? fallback : (args[at + 1] ?? fallback);
	};
	const out = path.resolve(option('--out', path.join(PROJECT, 'deploy', 'generated')));
	const port = process.env.PORT ?? '8080';
	const { nginx, caddy } = renderConfigs({
		root: option('--root', path.join(PROJECT, 'build')),
		listen: option('--listen', port),
		address: option('--address', `:${port}`),
		brotli: !args.includes('--no-brotli')
	});
	fs.mkdirSync(out, { recursive: true });
	fs.writeFileSync(path.join(out, 'site.conf'), nginx);
	fs.writeFileSync(path.join(out, 'Caddyfile'), caddy);
	console.log(`${path.join(out, 'site.conf')}\n${path.join(out, 'Caddyfile')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2));
}
