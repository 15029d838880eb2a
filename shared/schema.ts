/**
 * The ProseMirror schema of an article. DOM-free (only `toDOM` specs, which are plain arrays), so Node builds and
 * validates documents with the very schema the editor uses.
 *
 * Wiki-links are marks, not nodes: `[[zh:卡塔尔]]` is the text 卡塔尔 carrying a `wikiLink` mark, so selection, search,
 * annotations and canonical offsets treat the linked words as ordinary text.
 */
import { Schema, type MarkSpec, type NodeSpec } from 'prosemirror-model';

/**
 * Wikipedia URL of a wiki-link target, the only place Glossa sends a click on one. A `#section` becomes the URL's
 * fragment (encoded as part of the title it would name a page that does not exist). Runs of spaces and underscores
 * are one underscore, as MediaWiki reads a title (`Gaza  Strip` is the page Gaza_Strip, not Gaza__Strip).
 */
export function wikipediaUrl(lang: string, target: string): string {
  const safeLang = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang) ? lang.toLowerCase() : 'en';
  const hash = target.indexOf('#');
  const title = hash >= 0 ? target.slice(0, hash) : target;
  const section = hash >= 0 ? target.slice(hash + 1).trim() : '';
  const encode = (part: string): string => encodeURIComponent(part.replace(/[\s_]+/g, ' ').trim().replace(/ /g, '_'));
  return `https://${safeLang}.wikipedia.org/wiki/${encode(title)}${section ? `#${encode(section)}` : ''}`;
}

/** A wiki-link's `seq`: absent, or a positive whole number (see the `wikiLink` mark). */
function validateSeq(value: unknown): void {
  if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && value > 0)) return;
  throw new RangeError(`A wiki-link's seq must be absent or a positive whole number, not ${JSON.stringify(value) ?? String(value)}.`);
}

/** A table cell's DOM attributes: its column's alignment as a style, nothing when the column has none. */
function cellAttrs(align: unknown): Record<string, string> {
  return align === 'left' || align === 'center' || align === 'right' ? { style: `text-align: ${align}` } : {};
}

/** A header (`th`) or body (`td`) cell: a text block of its own with its column's alignment. */
function tableCell(tag: 'th' | 'td'): NodeSpec {
  return {
    content: 'inline*',
    attrs: { align: { default: null, validate: 'string|null' } },
    isolating: true,
    parseDOM: [{ tag }],
    toDOM: (node) => [tag, cellAttrs(node.attrs.align), 0],
  };
}

const nodes: Record<string, NodeSpec> = {
  /** The body, then the article's footnotes (if it has any) as one list after it, as readers expect to find them. */
  doc: { content: 'block+ footnotes?' },
  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', 0],
  },
  heading: {
    attrs: { level: { default: 2 } },
    content: 'inline*',
    group: 'block',
    defining: true,
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
    toDOM: (node) => [`h${node.attrs.level as number}`, 0],
  },
  blockquote: {
    content: 'block+',
    group: 'block',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: () => ['blockquote', 0],
  },
  horizontal_rule: {
    group: 'block',
    parseDOM: [{ tag: 'hr' }],
    toDOM: () => ['hr'],
  },
  code_block: {
    attrs: { info: { default: '' } },
    content: 'text*',
    marks: '',
    group: 'block',
    code: true,
    defining: true,
    parseDOM: [{ tag: 'pre', preserveWhitespace: 'full' }],
    toDOM: () => ['pre', ['code', 0]],
  },
  bullet_list: {
    attrs: { bullet: { default: '-' } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => ['ul', 0],
  },
  ordered_list: {
    attrs: { order: { default: 1 } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ol' }],
    toDOM: (node) => ['ol', { start: String(node.attrs.order) }, 0],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },
  /**
   * GFM tables (`| a | b |` over a `|---|---|` row). Cells are text blocks of their own, so each cell is a block of
   * the canonical text; `align` is the column's alignment from the delimiter row (left, center, right or null).
   */
  table: {
    content: 'table_row+',
    group: 'block',
    isolating: true,
    parseDOM: [{ tag: 'table' }],
    toDOM: () => ['table', { class: 'article-table' }, ['tbody', 0]],
  },
  table_row: {
    content: '(table_header | table_cell)+',
    parseDOM: [{ tag: 'tr' }],
    toDOM: () => ['tr', 0],
  },
  table_header: tableCell('th'),
  table_cell: tableCell('td'),
  text: { group: 'inline' },
  /** Images are offline placeholders: the URL is shown, nothing remote is fetched unless the user asks. */
  image: {
    inline: true,
    group: 'inline',
    atom: true,
    attrs: { src: { default: '' }, alt: { default: '' }, title: { default: null } },
    toDOM: (node) => [
      'span',
      { class: 'image-placeholder', 'data-src': node.attrs.src as string, title: (node.attrs.src as string) || '(no URL)' },
      // A word, not an emoji: a machine without an emoji font (a PDF made on a server) showed an empty box.
      ['span', { class: 'image-badge' }, 'image'],
      ` ${(node.attrs.alt as string) ? `${node.attrs.alt as string} — ` : ''}${(node.attrs.src as string) || '(no URL)'}`,
    ],
  },
  /**
   * A footnote reference (`[^1]`): its note's `number` (notes are numbered in the order first referred to) shown as a
   * superscript link to the note, and the `label` the file writes. A leaf, so it adds no characters to the canonical
   * text: a claim reading `增长3%[^2]` reads 增长3%, not 3%2.
   */
  footnote_ref: {
    inline: true,
    group: 'inline',
    atom: true,
    attrs: { label: { default: '', validate: 'string' }, number: { default: 1, validate: 'number' } },
    toDOM: (node) => [
      'sup',
      { class: 'footnote-ref', 'data-label': node.attrs.label as string, title: `[^${node.attrs.label as string}]` },
      ['a', { href: `#fn-${node.attrs.number as number}` }, String(node.attrs.number)],
    ],
  },
  /** The notes of an article, in number order, after its body. */
  footnotes: {
    content: 'footnote+',
    isolating: true,
    toDOM: () => ['section', { class: 'footnotes' }, ['ol', { class: 'footnotes-list' }, 0]],
  },
  /** One note (`[^1]: …`): its `number` and the `label` the file writes; its text may run over several blocks. */
  footnote: {
    content: 'block+',
    defining: true,
    isolating: true,
    attrs: { label: { default: '', validate: 'string' }, number: { default: 1, validate: 'number' } },
    toDOM: (node) => ['li', { id: `fn-${node.attrs.number as number}`, class: 'footnote-item', value: String(node.attrs.number), 'data-label': node.attrs.label as string }, 0],
  },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

const marks: Record<string, MarkSpec> = {
  /**
   * A link to a Wikipedia article: `lang` is the interlanguage prefix, `target` the page title. `seq` tells apart a
   * link that directly follows another link to the same page (`[[zh:A|甲]][[zh:A|乙]]`, `[[zh:美国]][[zh:美国]]`):
   * absent for a link that follows none, else 1 after an absent one and absent after a 1 (`shared/markdown/wikiLinkSeq`).
   * Without it the two marks were equal and ProseMirror joined the two links into one, saved as `[[zh:A|甲乙]]`.
   * Absent is `undefined`, which JSON leaves out: every other link is written, stored and compared as before `seq`.
   */
  wikiLink: {
    attrs: { lang: { default: 'zh' }, target: {}, seq: { default: undefined, validate: validateSeq } },
    inclusive: false,
    toDOM: (mark) => [
      'a',
      {
        class: 'wiki-link',
        'data-lang': mark.attrs.lang as string,
        'data-target': mark.attrs.target as string,
        href: wikipediaUrl(mark.attrs.lang as string, mark.attrs.target as string),
        title: `${mark.attrs.lang as string}: ${mark.attrs.target as string}`,
        rel: 'noopener noreferrer',
      },
      0,
    ],
  },
  /** An ordinary external link; opened only in the system browser and only for https URLs. */
  link: {
    attrs: { href: {}, title: { default: null } },
    inclusive: false,
    toDOM: (mark) => [
      'a',
      { class: 'external-link', href: mark.attrs.href as string, title: (mark.attrs.title as string | null) ?? (mark.attrs.href as string), rel: 'noopener noreferrer' },
      0,
    ],
  },
  em: { parseDOM: [{ tag: 'em' }, { tag: 'i' }], toDOM: () => ['em', 0] },
  strong: { parseDOM: [{ tag: 'strong' }, { tag: 'b' }], toDOM: () => ['strong', 0] },
  strike: { parseDOM: [{ tag: 's' }, { tag: 'del' }], toDOM: () => ['s', 0] },
  code: { parseDOM: [{ tag: 'code' }], toDOM: () => ['code', 0] },
};

/** The one schema of Glossa documents, shared by importer, services, exports and editor. */
export const schema = new Schema({ nodes, marks });
