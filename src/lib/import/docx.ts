import { XMLParser } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { ImportError } from './source.ts';

// Word's title style is the article's title; underlined runs are kept, as in PDFs, to be
// reported as links the source lost. Everything else follows mammoth's default style map.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", 'u => u'];

type OrderedNode = Record<string, OrderedNode[] | string> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: true,
	trimValues: false,
	processEntities: true,
	htmlEntities: true
});

function textOf(nodes: OrderedNode[]): string {
	return nodes
		.map((node) => {
			if ('#text' in node) return String(node['#text']);
			const [tag, children] = Object.entries(node).find(([key]) => key !== ':@') ?? [];
			if (!tag || !Array.isArray(children)) return '';
			if (tag === 'br') return ' ';
			const inner = textOf(children);
			return tag === 'u' ? `<u>${inner}</u>` : inner;
		})
		.join('');
}

/** The blocks of mammoth's HTML as the Markdown the import reads: `#` title, `##` headings, lists. */
function htmlToMarkdown(html: string): string {
	const nodes = parser.parse(`<root>${html}</root>`) as OrderedNode[];
	const root = (nodes[0]?.root ?? []) as OrderedNode[];
	const out: string[] = [];
	for (const node of root) {
		const [tag, children] = Object.entries(node).find(([key]) => key !== ':@') ?? [];
		if (!tag || !Array.isArray(children)) continue;
		const heading = tag.match(/^h([1-6])$/);
		if (heading) out.push(`${'#'.repeat(Math.min(Number(heading[1]), 3))} ${textOf(children)}`);
		else if (tag === 'ol' || tag === 'ul')
			out.push(
				children
					.filter((child) => 'li' in child)
					.map(
						(child, i) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${textOf(child.li as OrderedNode[])}`
					)
					.join('\n')
			);
		else out.push(textOf(children));
	}
	return out.filter((block) => block.trim()).join('\n\n');
}

/**
 * Reads a Word document as translators deliver it, through mammoth, into the Markdown the import
 * reads. Refuses a file that is not a Word document, naming it.
 */
export async function readDocx(buffer: Buffer, file: string): Promise<string> {
	let html: string;
	try {
		({ value: html } = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP }));
	} catch (error) {
		throw new ImportError(`${file}: not a readable Word document: ${(error as Error).message}`);
	}
	return htmlToMarkdown(html);
}
