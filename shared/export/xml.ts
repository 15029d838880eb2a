/**
 * The XML plumbing of the translation exchange formats (TMX, XLIFF, TBX), on top of fast-xml-parser, so that no
 * exporter concatenates XML and every importer reports malformed input the same way.
 *
 * Writing: exporters describe elements with `el()` and `buildXml()` escapes all text and attribute values (`<`, `>`
 * and `&` always, so `]]>` can never appear). XML 1.0 cannot carry most control characters (U+0000–U+001F except
 * tab, line feed and carriage return), U+FFFE/U+FFFF or unpaired surrogates. Exporters decide what becomes of them
 * with `xmlTextGuard` (replaced by U+FFFD, counted, so the file can say so) or `xmlCodePoints` (XLIFF 2 `<cp>`);
 * whatever still reaches `buildXml` is dropped, so the output is always well-formed. A carriage return in text is
 * written as `&#13;`, which a parser keeps (a literal CR LF would be read back as LF). In attribute values, tabs and
 * line breaks become spaces (a parser normalises them so). Exporters only put ids, language tags, states and short
 * keywords in attributes; all text goes into elements. An element holding text is written on one line, inline
 * elements and all, so indentation never changes text.
 *
 * Reading: `parseXml` checks well-formedness first and turns a failure into a `GlossaError` (`BAD_INPUT`) naming the
 * format, the line and the column; it never expands DOCTYPE entities (no entity-expansion attacks) and decodes the
 * five predefined entities and numeric character references itself. The result is a small element tree with
 * namespace prefixes kept in names; `localName` strips them for matching.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { GlossaError } from '../ipc/errors';
import { NOT_XML } from './characters';

/** An element of a parsed document. Attribute names keep their prefix (`xml:lang`). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag in the source, for error messages. */
  line: number;
}

/** A child node: an element or a run of text (entities decoded; CDATA is text too). */
export type XmlNode = XmlElement | string;

/** An element to write. `children` may mix elements and strings; `undefined` attributes are left out. */
export interface XmlSpec {
  name: string;
  attrs?: Record<string, string | number | undefined>;
  children?: (XmlSpec | string)[];
}

/** Shorthand for an `XmlSpec`. */
export function el(name: string, attrs: XmlSpec['attrs'] = {}, children: (XmlSpec | string)[] = []): XmlSpec {
  return { name, attrs, children };
}

const INVALID_XML = NOT_XML;

/** Text as XML can carry it: invalid characters dropped, CR LF and CR turned into LF. */
export function xmlSafeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVALID_XML, '');
}

/** The sentence a file carries when `xmlTextGuard` replaced characters, naming how many. */
export function replacedCharactersNote(count: number): string {
  return `${count} character${count === 1 ? '' : 's'} that XML 1.0 cannot carry (control characters, U+FFFE, U+FFFF or unpaired surrogates) ${count === 1 ? 'was' : 'were'} replaced by U+FFFD (�).`;
}

/** Replaces, within one document, what XML 1.0 cannot carry by U+FFFD and counts it, so the document can say so. */
export interface XmlTextGuard {
  /** `text` with every character XML 1.0 cannot carry replaced by U+FFFD. */
  text(text: string): string;
  /** How many characters were replaced so far. */
  readonly replaced: number;
}

/** A fresh `XmlTextGuard` for one document. */
export function xmlTextGuard(): XmlTextGuard {
  let replaced = 0;
  return {
    text(text: string): string {
      return text.replace(INVALID_XML, () => {
        replaced += 1;
        return '\uFFFD';
      });
    },
    get replaced() {
      return replaced;
    },
  };
}

/**
 * Text split into runs XML can carry and `<cp hex="…"/>` elements for the characters it cannot: XLIFF 2's own way of
 * carrying them (its readers, `xliffImport.ts` too, turn each back into its character).
 */
export function xmlCodePoints(text: string): (XmlSpec | string)[] {
  const out: (XmlSpec | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(INVALID_XML)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(el('cp', { hex: (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0') }));
    last = m.index + m[0].length;
  }
  // Always a text run, even empty, so that `buildXml` writes the element inline: indentation would become content.
  out.push(text.slice(last));
  return out;
}

function escapeText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[c] as string);
}

function escapeAttr(value: string): string {
  return xmlSafeText(value)
    .replace(/[\t\n]/g, ' ')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

function startTag(spec: XmlSpec): string {
  let out = `<${spec.name}`;
  for (const [k, v] of Object.entries(spec.attrs ?? {})) if (v !== undefined) out += ` ${k}="${escapeAttr(String(v))}"`;
  return out;
}

/** An element on one line: for elements that hold text, where added white space would change the content. */
function inline(spec: XmlSpec): string {
  const children = spec.children ?? [];
  const content = children.map((c) => (typeof c === 'string' ? escapeText(c) : inline(c))).join('');
  return content === '' ? `${startTag(spec)}/>` : `${startTag(spec)}>${content}</${spec.name}>`;
}

function write(spec: XmlSpec, indent: string, out: string[]): void {
  const children = spec.children ?? [];
  if (children.length === 0 || children.some((c) => typeof c === 'string')) {
    out.push(indent + inline(spec));
    return;
  }
  out.push(`${indent}${startTag(spec)}>`);
  for (const c of children) write(c as XmlSpec, `${indent}  `, out);
  out.push(`${indent}</${spec.name}>`);
}

/**
 * Serialises a document: the XML declaration, then `root`, indented where elements hold only elements; an element
 * holding text is written on one line with its inline elements.
 */
export function buildXml(root: XmlSpec): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
});

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else is left as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function convert(nodes: unknown[], lineStarts: number[], metaSymbol: symbol): XmlNode[] {
  const out: XmlNode[] = [];
  for (const raw of nodes) {
    const node = raw as Record<string | symbol, unknown>;
    if ('#text' in node) {
      out.push(decodeEntities(String(node['#text'])));
      continue;
    }
    if ('#cdata' in node) {
      const inner = node['#cdata'] as { '#text'?: unknown }[];
      out.push(inner.map((t) => String(t['#text'] ?? '')).join(''));
      continue;
    }
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name.startsWith('?') || name.startsWith('!')) continue;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries((node[':@'] as Record<string, unknown> | undefined) ?? {})) attrs[k] = decodeEntities(String(v));
    const meta = node[metaSymbol] as { startIndex?: number } | undefined;
    const line = meta?.startIndex !== undefined ? lineAt(lineStarts, meta.startIndex) : 0;
    out.push({ name, attrs, children: convert(node[name] as unknown[], lineStarts, metaSymbol), line });
  }
  return out;
}

/**
 * Parses an XML document into its root element. `format` names the file type in error messages (`TMX`, `XLIFF`).
 * Throws `GlossaError('BAD_INPUT')` for input that is not well-formed XML or has no single root element.
 */
export function parseXml(xml: string, format: string): XmlElement {
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new GlossaError('BAD_INPUT', `The ${format} file is empty.`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    const where = line ? ` at line ${line}${col ? `, column ${col}` : ''}` : '';
    throw new GlossaError('BAD_INPUT', `The ${format} file is not well-formed XML${where}: ${msg}`);
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // fast-xml-parser types its metadata key as the `Symbol` wrapper object; at run time it is a primitive symbol.
  const metaSymbol = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const roots = convert(parser.parse(text) as unknown[], lineStarts, metaSymbol).filter((n): n is XmlElement => typeof n !== 'string');
  if (roots.length !== 1) throw new GlossaError('BAD_INPUT', `The ${format} file must have exactly one root element; it has ${roots.length}.`);
  return roots[0];
}

/** The name without its namespace prefix (`mda:meta` -> `meta`). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** The child elements of `node`, optionally only those with the given local name. */
export function childElements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || localName(c.name) === name));
}

/** The first child element with the given local name, if any. */
export function firstChild(node: XmlElement, name: string): XmlElement | undefined {
  return childElements(node, name)[0];
}

/**
 * The text of an element, with inline markup flattened: the text inside elements named in `skip` (native codes such
 * as TMX `<bpt>` or XLIFF 1.2 `<ph>`) is dropped, other inline elements contribute their text. `replace` turns an
 * empty inline element into text (XLIFF 2 `<cp hex="0001"/>` -> the character).
 */
export function textContent(node: XmlElement, skip: ReadonlySet<string> = new Set(), replace?: (e: XmlElement) => string | null): string {
  let out = '';
  for (const c of node.children) {
    if (typeof c === 'string') out += c;
    else {
      const local = localName(c.name);
      const replaced = replace?.(c);
      if (replaced !== undefined && replaced !== null) out += replaced;
      else if (!skip.has(local)) out += textContent(c, skip, replace);
    }
  }
  return out;
}

/** An attribute by name, or by local name when the document uses another prefix; undefined when absent. */
export function attr(node: XmlElement, name: string): string | undefined {
  if (name in node.attrs) return node.attrs[name];
  const local = localName(name);
  if (name.includes(':')) {
    for (const [k, v] of Object.entries(node.attrs)) if (k.includes(':') && localName(k) === local && !k.startsWith('xmlns')) return v;
  }
  return undefined;
}

/** A `BAD_INPUT` error that names the format and, when known, the line. */
export function badInput(format: string, node: XmlElement | null, message: string): GlossaError {
  const where = node && node.line > 0 ? ` (line ${node.line})` : '';
  return new GlossaError('BAD_INPUT', `${format}${where}: ${message}`);
}
