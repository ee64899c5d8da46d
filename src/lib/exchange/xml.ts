import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/** The prefix under which fast-xml-parser keeps attributes beside child elements. */
export const ATTR = '@_';
const TEXT = '#text';

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: ATTR,
	textNodeName: TEXT,
	format: true,
	indentBy: '  ',
	suppressEmptyNode: false,
	// The default writes an attribute whose value is "true" as a bare name, which is not XML.
	suppressBooleanAttributes: false
});

/** Writes a document from fast-xml-parser's object form, with the XML declaration first. */
export function buildXml(root: Record<string, unknown>): string {
	return builder.build({
		'?xml': { [`${ATTR}version`]: '1.0', [`${ATTR}encoding`]: 'UTF-8' },
		...root
	});
}

/**
 * Whether XML 1.0 can carry the code point in text unchanged. It cannot carry C0 controls other
 * than tab and line feed, lone surrogates, U+FFFE and U+FFFF; a carriage return is legal but every
 * parser turns it into a line feed, so a text holding one would not come back as it was written.
 */
function carried(code: number): boolean {
	if (code < 0x20) return code === 0x09 || code === 0x0a;
	return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

/** Throws, naming `where`, if `text` holds a character that would not survive a trip through XML. */
export function assertXmlText(text: string, where: string): void {
	let position = 0;
	for (const char of text) {
		position += 1;
		const code = char.codePointAt(0) ?? 0;
		if (!carried(code)) {
			const hex = code.toString(16).toUpperCase().padStart(4, '0');
			throw new Error(`${where}: U+${hex} at character ${position} cannot be written to XML`);
		}
	}
}

const PREDEFINED = new Map([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"]
]);
const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z_][\w.-]*));/g;

/**
 * XML's own five entities and character references, in one pass. fast-xml-parser leaves
 * `&#x200C;` undecoded unless told to decode HTML entities too, and translation tools write ZWNJ
 * and bidi controls that way.
 */
const xmlEntities = {
	decode(text: string): string {
		return text.replace(REFERENCE, (reference, hex?: string, decimal?: string, name?: string) => {
			if (name !== undefined) {
				const value = PREDEFINED.get(name);
				if (value === undefined) throw new Error(`undeclared entity ${reference}`);
				return value;
			}
			const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
			// A reference is how XML carries a carriage return; everything else must be carried.
			if (code > 0x10ffff || (code !== 0x0d && !carried(code))) {
				throw new Error(`character reference ${reference} is not a character XML allows`);
			}
			return String.fromCodePoint(code);
		});
	},
	// Entities declared in a DOCTYPE are not supported: neither format needs them.
	setExternalEntities() {},
	addInputEntities() {},
	reset() {},
	setXmlVersion() {}
};

/** An element as fast-xml-parser gives it: attributes under ATTR names, children by name. */
export type XmlElement = { [name: string]: unknown };

/**
 * Parses `xml` after checking it is well-formed, with every element an object (its text under
 * `#text`) and the named elements always arrays. Throws with `format`, line and column.
 */
export function parseXml(xml: string, format: string, arrays: readonly string[]): XmlElement {
	const valid = XMLValidator.validate(xml);
	if (valid !== true) {
		const { line, col, msg } = valid.err;
		throw new Error(`${format}: line ${line}, column ${col}: ${msg}`);
	}
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: ATTR,
		textNodeName: TEXT,
		ignoreDeclaration: true,
		// Text comes back exactly as written: no trimming, no numbers or booleans made of it.
		trimValues: false,
		parseTagValue: false,
		parseAttributeValue: false,
		alwaysCreateTextNode: true,
		entityDecoder: xmlEntities,
		isArray: (name) => arrays.includes(name)
	});
	try {
		return parser.parse(xml) as XmlElement;
	} catch (error) {
		throw new Error(`${format}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/** The value of attribute `name` of `element`, or undefined. */
export function attribute(element: XmlElement, name: string): string | undefined {
	const value = element[`${ATTR}${name}`];
	return typeof value === 'string' ? value : undefined;
}

/** The element's text; throws, naming `where`, if it holds elements (inline markup). */
export function textOf(element: XmlElement, where: string): string {
	const children = Object.keys(element).filter((key) => key !== TEXT && !key.startsWith(ATTR));
	if (children.length) {
		throw new Error(`${where}: inline markup <${children[0]}> is not supported, only plain text`);
	}
	const text = element[TEXT];
	return typeof text === 'string' ? text : '';
}

/** The child elements called `name` (declared in `arrays` when parsing), or none. */
export function children(element: XmlElement, name: string): XmlElement[] {
	const value = element[name];
	return Array.isArray(value) ? (value as XmlElement[]) : [];
}

/** The one child element called `name`; throws, naming `where`, if it is missing. */
export function child(element: XmlElement, name: string, where: string): XmlElement {
	const value = element[name];
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new Error(`${where}: <${name}> missing`);
	}
	return value as XmlElement;
}
