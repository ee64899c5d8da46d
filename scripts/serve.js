// Serves build/ as a static host does: files as they are, build/404.html with status 404 for any
// address that has no file, and one redirect rule for the language aliases. Usage:
// node scripts/serve.js [port]
import http from 'node:http';
import fs from 'node:fs';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const notFound = fs.readFileSync('build/404.html');
// Each spelling of a language prefix (lower case) and its canonical code, written by the build
// from src/params/langAlias.ts. The site prerenders only the alias roots (/prs/, /fa-af/), so a
// deeper address under an alias is this rule's, as it would be a real host's (308, the path, query
// and all kept), and never a page per article.
const spellings = JSON.parse(fs.readFileSync('build/language-aliases.json', 'utf8'));

/** @param {string} url */
function canonicalRedirect(url) {
	const [, prefix = '', rest = ''] = /^\/([^/?#]*)(.*)$/.exec(url) ?? [];
	const spelling = prefix.toLowerCase();
	if (!Object.hasOwn(spellings, spelling) || spellings[spelling] === prefix) return null;
	return `/${spellings[spelling]}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

const files = sirv('build', {
	etag: true,
	// The build writes .br and .gz beside each file; send them to browsers that accept them.
	brotli: true,
	gzip: true,
	// sirv knows no type for .tmx (the TMX exports); without this it would send an empty one.
	setHeaders: (res, pathname) => {
		if (pathname.endsWith('.tmx')) res.setHeader('Content-Type', 'application/xml; charset=utf-8');
		// The browser must ask for the service worker each time, or a new deployment goes unseen.
		if (pathname === '/service-worker.js') res.setHeader('Cache-Control', 'no-cache');
	},
	onNoMatch: (_req, res) => {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(notFound);
	}
});

http
	.createServer((req, res) => {
		const target = canonicalRedirect(req.url ?? '/');
		if (target === null) return files(req, res);
		res.writeHead(308, { Location: target });
		res.end();
	})
	.listen(port, '127.0.0.1', () => {
		console.log(`Serving build/ at http://127.0.0.1:${port}/`);
	});
