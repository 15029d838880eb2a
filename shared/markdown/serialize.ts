/**
 * Writes a Glossa document back to Markdown (wiki-links as `[[lang:target]]`), for revisions the user edited: the
 * blocks an edit changed (`writeBack.ts` keeps the others as they were in the file), or the whole body when the file
 * cannot be kept block by block. An unedited revision is exported from its original bytes instead, so this only has to
 * be faithful, not identical: parsing its output gives the same document again.
 */
import type { DocJSON } from '../model/article';
import { sameWikiLink } from './wikiLinkSeq';

type Mark = NonNullable<DocJSON['marks']>[number];

/** The Markdown of an edited article: the original header, a blank line, then the body. */
export function serializeArticle(doc: DocJSON, header: string): string {
  const body = serializeBlocks(doc.content ?? []);
  const head = header.replace(/\s+$/, '');
  return (head ? `${head}\n\n` : '') + body + '\n';
}

/** Markdown of a document's body alone. */
export function serializeDocument(doc: DocJSON): string {
  return serializeBlocks(doc.content ?? []);
}

/**
 * Blocks joined by a blank line (a line break in a tight list item). Markdown joins two lists of the same kind that
 * follow each other into one unless their markers differ (`1.` then `2)`, `-` then `*`), so a list right after one
 * written with its marker is written with another.
 */
function serializeBlocks(blocks: DocJSON[], tight = false): string {
  const out: string[] = [];
  let previous: { type: string; marker: string | undefined } = { type: '', marker: undefined };
  for (const block of blocks) {
    let marker: string | undefined;
    if (block.type === 'bullet_list' || block.type === 'ordered_list') {
      const own = block.type === 'bullet_list' ? String(block.attrs?.bullet ?? '-') : '.';
      const clash = previous.type === block.type && previous.marker === own;
      marker = !clash ? own : block.type === 'ordered_list' ? ')' : own === '-' ? '*' : '-';
    }
    out.push(serializeBlock(block, marker));
    previous = { type: block.type, marker };
  }
  return out.join(tight ? '\n' : '\n\n');
}

/** One block; `marker` is a list's bullet or number delimiter. */
function serializeBlock(node: DocJSON, marker?: string): string {
  switch (node.type) {
    case 'paragraph':
      return serializeInline(node.content ?? []);
    case 'heading': {
      const level = Number(node.attrs?.level ?? 2);
      const inline = serializeInline(node.content ?? []);
      // A heading over several lines comes from a setext heading (text underlined with --- or ===): written back
      // that way it keeps its line breaks. An ATX heading (##) is one line.
      if (inline.includes('\n') && level <= 2) return `${inline}\n${level === 1 ? '===' : '---'}`;
      return `${'#'.repeat(level)} ${inline.replace(/\n/g, ' ')}`;
    }
    case 'blockquote':
      return prefixLines(serializeBlocks(node.content ?? []), '> ', '>');
    case 'horizontal_rule':
      return '---';
    case 'code_block': {
      const text = (node.content ?? []).map((c) => c.text ?? '').join('');
      const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}${String(node.attrs?.info ?? '')}\n${text}\n${fence}`;
    }
    case 'bullet_list': {
      const bullet = marker ?? String(node.attrs?.bullet ?? '-');
      return (node.content ?? []).map((item) => listItem(item, `${bullet} `)).join('\n');
    }
    case 'ordered_list': {
      let n = Number(node.attrs?.order ?? 1);
      const delimiter = marker ?? '.';
      return (node.content ?? []).map((item) => listItem(item, `${n++}${delimiter} `)).join('\n');
    }
    case 'table':
      return serializeTable(node);
    case 'footnotes':
      return (node.content ?? []).map(serializeFootnote).join('\n\n');
    default:
      return serializeInline(node.content ?? []);
  }
}

/**
 * A GFM table: the first row is the header, a delimiter row carries each column's alignment. A cell's text keeps
 * to one line (a line break becomes `<br>`, which the parser reads back as one) and its `|` is escaped.
 */
function serializeTable(node: DocJSON): string {
  const rows = (node.content ?? []).map((row) => row.content ?? []);
  const columns = Math.max(1, ...rows.map((cells) => cells.length));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const cellText = (cell: DocJSON | undefined) =>
    cell ? escapeCellPipes(serializeInline(cell.content ?? [])).replace(/\\\n/g, '<br>').replace(/\n/g, ' ') : '';
  const header = rows[0] ?? [];
  const aligns = Array.from({ length: columns }, (_, i) => String(header[i]?.attrs?.align ?? ''));
  const delimiter = aligns.map((a) => (a === 'left' ? ':---' : a === 'center' ? ':---:' : a === 'right' ? '---:' : '---'));
  const pad = (cells: DocJSON[]) => Array.from({ length: columns }, (_, i) => cellText(cells[i]));
  return [line(pad(header)), line(delimiter), ...rows.slice(1).map((cells) => line(pad(cells)))].join('\n');
}

/**
 * A cell's `|` escaped, except inside a wiki-link (`[[zh:香港|香港特区]]`): the parser hides those pipes from the table
 * rule already, and an escape there would end up in the link's target.
 */
function escapeCellPipes(text: string): string {
  return text.replace(/\[\[[^\]\n]*\]\]|\|/g, (m) => (m === '|' ? '\\|' : m));
}

/**
 * A note as its definition, `[^label]: ` and its text, the lines after the first indented by four spaces (a note's
 * later paragraphs are indented so). Notes are written after the body in number order, which reads back as the same
 * numbers: a note's number is the order it is first referred to.
 */
export function serializeFootnote(note: DocJSON): string {
  const lines = serializeBlocks(note.content ?? []).split('\n');
  return lines.map((line, i) => (i === 0 ? `[^${String(note.attrs?.label ?? '')}]: ${line}` : line ? `    ${line}` : '')).join('\n');
}

function listItem(item: DocJSON, marker: string): string {
  const inner = serializeBlocks(item.content ?? [], (item.content ?? []).length <= 1);
  const indent = ' '.repeat(marker.length);
  const lines = inner.split('\n');
  return lines.map((line, i) => (i === 0 ? marker + line : line ? indent + line : '')).join('\n');
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : emptyPrefix))
    .join('\n');
}

/** Delimiters of the marks Markdown writes around text, outermost first (the schema's mark order). */
const MARK_ORDER = ['link', 'em', 'strong', 'strike'];

function openDelimiter(mark: Mark): string {
  return mark.type === 'link' ? '[' : mark.type === 'em' ? '*' : mark.type === 'strong' ? '**' : '~~';
}

function closeDelimiter(mark: Mark): string {
  if (mark.type === 'link') return `](${linkTarget(mark.attrs?.href, mark.attrs?.title)})`;
  return openDelimiter(mark);
}

/** A piece of inline Markdown and the wrapping marks it sits in. */
interface Unit {
  marks: Mark[];
  markdown: string;
}

/**
 * Inline content: wiki-links are written whole (`[[zh:卡塔尔]]`, a label cannot hold markup), everything else as
 * escaped text; wrapping marks are opened and closed like a stack so bold around a wiki-link stays bold.
 */
function serializeInline(nodes: DocJSON[]): string {
  const units: Unit[] = [];
  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i];
    const wiki = node.marks?.find((m) => m.type === 'wikiLink');
    if (wiki) {
      // One link is the nodes with its mark; a link right after it to the same page has another `seq`.
      const group = takeWhile(nodes, i, (n) => sameWikiLink(n.marks?.find((m) => m.type === 'wikiLink'), wiki));
      units.push({ marks: commonMarks(group), markdown: wikiLink(wiki, group) });
      i += group.length;
    } else {
      units.push({ marks: wrappingMarks(node), markdown: leaf(node) });
      i++;
    }
  }
  let out = '';
  let stack: Mark[] = [];
  for (const [u, unit] of units.entries()) {
    // White space opening a line is dropped by Markdown; after a hard break it is text the reader wrote (` 结尾`), so
    // it is written as character references, which the parser reads back as the spaces.
    if (u > 0 && units[u - 1]?.markdown === '\\\n' && unit.marks.length === 0 && /^[ \t]/.test(unit.markdown) && !unit.markdown.startsWith('`')) {
      unit.markdown = unit.markdown.replace(/^[ \t]+/, whiteSpaceReferences);
    }
    let keep = 0;
    while (keep < stack.length && keep < unit.marks.length && sameMark(stack[keep], unit.marks[keep])) keep++;
    for (let k = stack.length - 1; k >= keep; k--) out += closeDelimiter(stack[k]);
    for (let k = keep; k < unit.marks.length; k++) out += openDelimiter(unit.marks[k]);
    stack = unit.marks;
    out += unit.markdown;
  }
  for (let k = stack.length - 1; k >= 0; k--) out += closeDelimiter(stack[k]);
  return out;
}

function wrappingMarks(node: DocJSON): Mark[] {
  return (node.marks ?? []).filter((m) => MARK_ORDER.includes(m.type)).sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

function commonMarks(group: DocJSON[]): Mark[] {
  const first = wrappingMarks(group[0]);
  return first.filter((mark) => group.every((n) => wrappingMarks(n).some((m) => sameMark(m, mark))));
}

function leaf(node: DocJSON): string {
  if (node.type === 'hard_break') return '\\\n';
  if (node.type === 'footnote_ref') return `[^${String(node.attrs?.label ?? '')}]`;
  if (node.type === 'image') {
    const attrs = node.attrs ?? {};
    return `![${escapeText(String(attrs.alt ?? ''))}](${destination(String(attrs.src ?? ''))}${titlePart(attrs.title)})`;
  }
  if (node.marks?.some((m) => m.type === 'code')) {
    const text = node.text ?? '';
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
  }
  // Likewise at the start of a line the text itself breaks (a soft line break).
  return escapeText(node.text ?? '').replace(/\n([ \t]+)/g, (_m, space: string) => `\n${whiteSpaceReferences(space)}`);
}

/** Spaces and tabs as character references (`&#32;`, `&#9;`): kept where Markdown would drop them as indentation. */
function whiteSpaceReferences(space: string): string {
  return space.replace(/ /g, '&#32;').replace(/\t/g, '&#9;');
}

function wikiLink(mark: Mark, group: DocJSON[]): string {
  const lang = String(mark.attrs?.lang ?? 'zh');
  const target = String(mark.attrs?.target ?? '');
  const label = group.map((n) => n.text ?? '').join('');
  const head = `${lang}:${literalTitle(target)}`;
  return label === target ? `[[${head}]]` : `[[${head}|${literalText(label).replace(/([\\\]|])/g, '\\$1')}]]`;
}

/**
 * Text the wiki-link rule would decode, written so it reads back as itself: an `&` that would start an entity
 * (`A&amp;B` as text) becomes `&amp;`.
 */
function literalText(text: string): string {
  return text.replace(/&(?=#?[0-9A-Za-z]+;)/g, '&amp;');
}

/** A title as `literalText`, and a `%` that would start a percent-encoding (`%41` as text) as `%25`. */
function literalTitle(title: string): string {
  return literalText(title).replace(/%(?=[0-9A-Fa-f]{2})/g, '%25');
}

function takeWhile(nodes: DocJSON[], from: number, test: (n: DocJSON) => boolean): DocJSON[] {
  let end = from;
  while (end < nodes.length && test(nodes[end])) end++;
  return nodes.slice(from, end);
}

function sameMark(a: Mark | undefined, b: Mark): boolean {
  return !!a && a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});
}

/** What the serializer writes between a link's `(` and `)` for this destination and title (`url "title"`). */
export function linkTarget(href: unknown, title: unknown): string {
  return `${destination(String(href ?? ''))}${titlePart(title)}`;
}

function destination(url: string): string {
  return /[\s()<>]/.test(url) || url === '' ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

function titlePart(title: unknown): string {
  return typeof title === 'string' && title ? ` "${title.replace(/"/g, '\\"')}"` : '';
}

/** Escapes what Markdown would read as markup, including block markers at the start of a line. */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
    .replace(/(^|\n)([ \t]*)(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}(?=[.)](?:\s|$))|=+(?=\s*$)|-{3,})/g, (_m, nl: string, sp: string, marker: string) => {
      if (/^\d/.test(marker)) return `${nl}${sp}${marker}\\`;
      return `${nl}${sp}\\${marker}`;
    })
    .replace(/(\S)( {2,})(?=\n)/g, '$1');
}
