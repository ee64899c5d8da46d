// Imports an article from one file per language (Markdown, plain text or Word .docx), or from a
// TMX file, into content/articles/<slug>/: cleans, normalizes, splits and aligns, then writes
// meta.json, structure.json and the language files atomically and reports what it did.
// Usage: npm run content:import -- --slug <slug> --en <file> [--fa-AF <file>] [--ru <file>]
//          [--source en] [--force] [--dry-run]
//        npm run content:import -- --slug <slug> --tmx <file> [--force] [--dry-run]
import { runImport } from '../src/lib/import/run.ts';
import { ImportError } from '../src/lib/import/source.ts';

runImport(process.argv.slice(2), process.cwd()).then(
	(report) => console.log(report),
	(error: unknown) => {
		if (!(error instanceof ImportError)) throw error;
		console.error(`content:import refused: ${error.message}`);
		process.exit(1);
	}
);
