/**
 * Strict checks for what the exports write, used by the hostile-content tests: an XML 1.0 well-formedness checker
 * (fast-xml-parser's validator lets control characters, bad references and `]]>` through), an HTML scan that tokenises
 * tags the way a browser does and lists anything that could run, and a strict RFC 4180 reader.
 */

/** True for a code point XML 1.0 allows (the `Char` production). */
export function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** `text` with every code unit XML 1.0 cannot carry (controls, U+FFFE/U+FFFF, lone surrogates) replaced by U+FFFD. */
export function xmlReplaced(text: string): string {
  let out = '';
  for (const ch of text) out += ch.length === 2 || isXmlChar(ch.codePointAt(0) ?? 0) ? ch : '\uFFFD';
  return out;
}

/** `text` with every code unit XML 1.0 cannot carry dropped. */
export function xmlDropped(text: string): string {
  return xmlReplaced(text).split('\uFFFD').join('');
}

function describeChar(text: string, i: number): string {
  return `U+${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')} at ${i}`;
}

/** `text` as a page for reading shows it: invisible controls and U+FFFE/U+FFFF dropped, lone surrogates as U+FFFD. */
export function readableForm(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch.length === 2 || isXmlChar(cp)) out += ch;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\uFFFD';
  }
  return out;
}

/** Characters of a string that XML 1.0 (and UTF-8) cannot carry. */
export function badChars(text: string): string[] {
  const problems: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i += 1;
      else problems.push(`lone surrogate ${describeChar(text, i)}`);
    } else if (!isXmlChar(c)) problems.push(`character ${describeChar(text, i)}`);
  }
  return problems;
}

const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const TAG = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const ATTR = new RegExp(`(${NAME})\\s*=`, 'g');
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;

/** Every way `xml` falls short of well-formed XML 1.0 (empty when it is well-formed). Entities must be predefined. */
export function xmlProblems(xml: string): string[] {
  const problems = badChars(xml);
  const stack: string[] = [];
  let roots = 0;
  let i = xml.startsWith('\uFEFF') ? 1 : 0;
  const references = (chunk: string, at: number): void => {
    for (let j = chunk.indexOf('&'); j >= 0; j = chunk.indexOf('&', j + 1)) {
      REFERENCE.lastIndex = j;
      const m = REFERENCE.exec(chunk);
      if (!m) problems.push(`bad reference at ${at + j}: ${JSON.stringify(chunk.slice(j, j + 12))}`);
      else if (m[2] !== undefined || m[3] !== undefined) {
        const cp = m[2] !== undefined ? Number(m[2]) : parseInt(m[3] as string, 16);
        if (!isXmlChar(cp)) problems.push(`reference to a character XML cannot carry at ${at + j}: ${m[0]}`);
      }
    }
  };
  const text = (chunk: string, at: number): void => {
    if (chunk.includes(']]>')) problems.push(`"]]>" in text at ${at}`);
    references(chunk, at);
    if (stack.length === 0 && chunk.trim() !== '') problems.push(`text outside the root element at ${at}`);
  };
  while (i < xml.length && problems.length < 20) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? xml.length : lt;
    text(xml.slice(i, end), i);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      if (close < 0) return [...problems, `unclosed comment at ${lt}`];
      const body = xml.slice(lt + 4, close);
      if (body.includes('--') || body.endsWith('-')) problems.push(`"--" inside a comment at ${lt}`);
      i = close + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) problems.push(`CDATA outside the root at ${lt}`);
      const close = xml.indexOf(']]>', lt);
      if (close < 0) return [...problems, `unclosed CDATA at ${lt}`];
      i = close + 3;
    } else if (xml.startsWith('<?', lt)) {
      const close = xml.indexOf('?>', lt);
      if (close < 0) return [...problems, `unclosed processing instruction at ${lt}`];
      i = close + 2;
    } else if (/^<!DOCTYPE\s[^<>[\]]*>/i.test(xml.slice(lt, lt + 200))) {
      i = xml.indexOf('>', lt) + 1;
    } else {
      TAG.lastIndex = lt;
      const m = TAG.exec(xml);
      if (!m) return [...problems, `not a tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 40))}`];
      const [whole, closing, name, attrs, selfClosing] = m as unknown as [string, string, string, string, string];
      const names = [...attrs.matchAll(ATTR)].map((a) => a[1]);
      if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}> at ${lt}`);
      for (const value of attrs.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) references(value[1] ?? value[2] ?? '', lt);
      if (closing) {
        if (stack.pop() !== name) problems.push(`</${name}> does not close the open element at ${lt}`);
      } else {
        if (stack.length === 0) roots += 1;
        if (!selfClosing) stack.push(name);
      }
      i = lt + whole.length;
    }
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', period: '.' };

/** Decodes the character references of an HTML attribute value (numeric, and the named ones that spell URL schemes). */
export function decodeHtmlRefs(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/** True for a URL a browser would follow without running anything: http(s), mailto or a fragment of the page. */
export function isInertHref(raw: string): boolean {
  // Browsers strip leading and trailing C0 controls and spaces, and drop tabs and line breaks anywhere in a URL.
  const url = decodeHtmlRefs(raw).replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(https?:|mailto:|#)/.test(url);
}

const DANGEROUS_TAGS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'img', 'image', 'svg', 'math', 'link', 'base', 'form', 'input', 'button', 'textarea', 'select', 'video', 'audio', 'source', 'track', 'portal', 'template', 'noscript', 'xmp', 'plaintext']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'srcset', 'data', 'ping', 'cite', 'longdesc', 'manifest', 'codebase']);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** One tag as a browser tokenises it. */
export interface HtmlTag {
  name: string;
  attrs: [string, string][];
  /** The text of a raw-text element (script, style, title...). */
  body?: string;
}

/** The start tags of an HTML page, tokenised as the HTML standard does (quotes, unquoted values, raw-text elements). */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || (html[lt + 1] === '/' && /[a-z]/i.test(html[lt + 2] ?? ''))) {
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    if (!/[a-z]/i.test(html[lt + 1] ?? '')) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < html.length && !/[\s/>]/.test(html[j] as string)) j++;
    const tag: HtmlTag = { name: html.slice(lt + 1, j).toLowerCase(), attrs: [] };
    for (;;) {
      while (j < html.length && /[\s/]/.test(html[j] as string)) j++;
      if (j >= html.length || html[j] === '>') break;
      const nameStart = j;
      j++;
      while (j < html.length && !/[\s/>=]/.test(html[j] as string)) j++;
      const name = html.slice(nameStart, j).toLowerCase();
      while (j < html.length && /\s/.test(html[j] as string)) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < html.length && /\s/.test(html[j] as string)) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const close = html.indexOf(q, j + 1);
          value = html.slice(j + 1, close < 0 ? html.length : close);
          j = close < 0 ? html.length : close + 1;
        } else {
          const start = j;
          while (j < html.length && !/[\s>]/.test(html[j] as string)) j++;
          value = html.slice(start, j);
        }
      }
      tag.attrs.push([name, value]);
    }
    i = j + 1;
    if (RAW_TEXT.has(tag.name)) {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, i);
      tag.body = html.slice(i, close < 0 ? html.length : close);
      i = close < 0 ? html.length : close;
    }
    tags.push(tag);
  }
  return tags;
}

/** Everything in an HTML page that could run script or fetch: script elements (but JSON-LD), handlers, unsafe URLs. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  let styles = 0;
  for (const tag of htmlTags(html)) {
    const attrs = new Map(tag.attrs);
    if (tag.name === 'script') {
      if (attrs.get('type') !== 'application/ld+json') problems.push(`<script> of type ${attrs.get('type') ?? '(none)'}`);
      else if (/<!--|<\/script/i.test(tag.body ?? '')) problems.push('"<!--" or "</script" inside the JSON-LD block');
    }
    if (DANGEROUS_TAGS.has(tag.name)) problems.push(`<${tag.name}>`);
    if (tag.name === 'style' && ++styles > 1) problems.push('a second <style> element');
    if (tag.name === 'meta' && /refresh/i.test(attrs.get('http-equiv') ?? '')) problems.push('<meta http-equiv=refresh>');
    for (const [name, value] of tag.attrs) {
      if (name.startsWith('on')) problems.push(`handler attribute ${name} on <${tag.name}>`);
      if (URL_ATTRS.has(name) && !isInertHref(value)) problems.push(`${name}="${value}" on <${tag.name}>`);
      if (name === 'style' && /url\(|expression|javascript|@import/i.test(decodeHtmlRefs(value))) problems.push(`style="${value}"`);
      if (!/^[a-z][a-z0-9-]*$/.test(name)) problems.push(`odd attribute name ${JSON.stringify(name)} on <${tag.name}>`);
    }
  }
  return problems;
}

/** A strict RFC 4180 reader (CRLF line ends, quotes doubled inside quoted fields); throws on anything else. */
export function parseCsvStrict(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"' && field === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i += 2;
    } else if (c === '"' || c === '\n' || c === '\r') {
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('a quoted field is never closed');
  if (field !== '' || row.length > 0) throw new Error('last line not terminated by CRLF');
  return rows;
}

/** Cells a spreadsheet would run as a formula (OWASP's list: = + - @ tab CR at the start). */
export function isFormulaCell(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell);
}
