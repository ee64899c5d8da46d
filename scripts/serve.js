// Serves build/ as a static host does: files as they are, and build/404.html with status 404 for
// any address that has no file. Usage: node scripts/serve.js [port]
import http from 'node:http';
import fs from 'node:fs';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const notFound = fs.readFileSync('build/404.html');
const files = sirv('build', {
	etag: true,
	// The build writes .br and .gz beside each file; send them to browsers that accept them.
	brotli: true,
	gzip: true,
	// sirv knows no type for .tmx (the TMX exports); without this it would send an empty one.
	setHeaders: (res, pathname) => {
		if (pathname.endsWith('.tmx')) res.setHeader('Content-Type', 'application/xml; charset=utf-8');
	},
	onNoMatch: (_req, res) => {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(notFound);
	}
});

http.createServer(files).listen(port, '127.0.0.1', () => {
	console.log(`Serving build/ at http://127.0.0.1:${port}/`);
});
