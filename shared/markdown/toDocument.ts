/**
 * Converts markdown-it's token stream into a Glossa document (ProseMirror JSON) and, for every text block, the list
 * of text pieces with the source range each came from. Pieces concatenate to exactly the block's canonical text.
 */
import type { Token } from 'markdown-it';
import type { DocJSON } from '../model/article';
import { writtenFootnoteLabel } from './footnotes';
import { tokenSource, type TokenSource } from './sourceTracking';
import { followingSeq, wikiLinkAttrs } from './wikiLinkSeq';

/** A run of a text block's text and where it came from in the block's inline content (null: no known source). */
export interface TextPiece {
  length: number;
  source: TokenSource | null;
}

/** A text block as the converter emitted it, in document order (empty blocks included). */
export interface EmittedBlock {
  pieces: TextPiece[];
  /** The block's inline token (its map and content locate the pieces in the file), or null for generated blocks. */
  inline: Token | null;
  /** For code blocks: the source lines of the code (pieces are then relative to the code content). */
  code: { firstLine: number } | null;
  /**
   * For table cells: the row's line, the cell's column (markdown-it gives cells no line map of their own) and how
   * many block quotes hold the table (its rows start with that many `>`).
   */
  cell?: { line: number; column: number; quotes: number };
}

type Mark = { type: string; attrs?: Record<string, unknown> };

const TABLE_CELLS = new Set(['table_header', 'table_cell']);

interface Frame {
  node: DocJSON;
  /** How many blocks were emitted when this node opened: where a paragraph added at its start goes. */
  blockIndex: number;
}

/** Builds the document from block tokens. */
export function tokensToDocument(tokens: Token[]): { doc: DocJSON; blocks: EmittedBlock[] } {
  const root: DocJSON = { type: 'doc', content: [] };
  const stack: Frame[] = [{ node: root, blockIndex: 0 }];
  const blocks: EmittedBlock[] = [];
  const lists = new MarkLists();
  // The table row being read: its source line and the next cell's column.
  let row: { line: number; column: number; quotes: number } | null = null;
  const top = () => stack[stack.length - 1].node;
  const open = (node: DocJSON) => {
    (top().content ??= []).push(node);
    stack.push({ node, blockIndex: blocks.length });
  };
  // Paragraphs the schema needs but the source has no text for (an empty list item or quote) are blocks too, with
  // nothing to map: the source map pairs blocks with the canonical text's in order.
  const close = () => {
    const { node, blockIndex } = stack.pop()!;
    if (node.type === 'list_item' && fixListItem(node)) blocks.splice(blockIndex, 0, { pieces: [], inline: null, code: null });
    if (node.content && node.content.length === 0 && node.type !== 'paragraph' && node.type !== 'heading' && !TABLE_CELLS.has(node.type)) {
      if (node.type === 'blockquote' || node.type === 'list_item' || node.type === 'footnote') {
        node.content.push({ type: 'paragraph' });
        blocks.push({ pieces: [], inline: null, code: null });
      }
    }
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph_open':
        open({ type: 'paragraph' });
        break;
      case 'heading_open':
        open({ type: 'heading', attrs: { level: Number(token.tag.slice(1)) || 2 } });
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', content: [] });
        break;
      case 'bullet_list_open':
        open({ type: 'bullet_list', attrs: { bullet: token.markup || '-' }, content: [] });
        break;
      case 'ordered_list_open':
        open({ type: 'ordered_list', attrs: { order: Number(token.attrGet('start') ?? 1) }, content: [] });
        break;
      case 'list_item_open':
        open({ type: 'list_item', content: [] });
        break;
      case 'table_open':
        open({ type: 'table', content: [] });
        break;
      case 'tr_open':
        open({ type: 'table_row', content: [] });
        row = { line: token.map?.[0] ?? -1, column: 0, quotes: stack.filter((frame) => frame.node.type === 'blockquote').length };
        break;
      case 'th_open':
      case 'td_open':
        open({ type: token.type === 'th_open' ? 'table_header' : 'table_cell', attrs: { align: cellAlign(token) } });
        break;
      case 'footnote_block_open':
        open({ type: 'footnotes', content: [] });
        break;
      case 'footnote_open':
        open({ type: 'footnote', attrs: footnoteAttrs(token), content: [] });
        break;
      case 'footnote_block_close':
      case 'footnote_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
      case 'paragraph_close':
      case 'heading_close':
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
        close();
        break;
      case 'hr':
        (top().content ??= []).push({ type: 'horizontal_rule' });
        break;
      case 'code_block':
      case 'fence': {
        const text = token.content.replace(/\n$/, '');
        const node: DocJSON = { type: 'code_block', attrs: { info: token.info.trim() } };
        if (text) node.content = [{ type: 'text', text }];
        (top().content ??= []).push(node);
        const firstLine = (token.map?.[0] ?? 0) + (token.type === 'fence' ? 1 : 0);
        blocks.push({ pieces: text ? [{ length: text.length, source: { start: 0, end: text.length, verbatim: true } }] : [], inline: null, code: { firstLine } });
        break;
      }
      case 'html_block': {
        // html is off in our parser, so this only appears if a plugin makes one: show it as text, never as HTML.
        const node: DocJSON = { type: 'paragraph', content: token.content ? [{ type: 'text', text: token.content.replace(/\n$/, '') }] : undefined };
        (top().content ??= []).push(node);
        blocks.push({ pieces: [{ length: token.content.replace(/\n$/, '').length, source: null }], inline: null, code: null });
        break;
      }
      case 'inline': {
        const block = top();
        const { content, pieces } = convertInline(token.children ?? [], lists);
        if (content.length > 0) block.content = content;
        else delete block.content;
        if (row && TABLE_CELLS.has(block.type)) blocks.push({ pieces, inline: token, code: null, cell: { line: row.line, column: row.column++, quotes: row.quotes } });
        else blocks.push({ pieces, inline: token, code: null });
        break;
      }
      default:
        break;
    }
  }
  // The schema wants a body before the notes: a file of footnote definitions alone gets an empty first paragraph.
  if ((root.content ?? []).length === 0 || root.content?.[0].type === 'footnotes') {
    (root.content ??= []).unshift({ type: 'paragraph' });
    blocks.unshift({ pieces: [], inline: null, code: null });
  }
  return { doc: root, blocks };
}

/** A note's or a reference's `label` (as written) and `number` (markdown-it-footnote counts from 0). */
function footnoteAttrs(token: Token): { label: string; number: number } {
  const meta = token.meta as { id: number; label?: string };
  return { label: writtenFootnoteLabel(meta.label ?? ''), number: meta.id + 1 };
}

/** A column's alignment as markdown-it writes it on each cell (`style="text-align:right"`), or null. */
function cellAlign(token: Token): string | null {
  const style = token.attrGet('style');
  const m = style ? /text-align:\s*(left|center|right)/.exec(style) : null;
  return m ? m[1] : null;
}

/** A list item must start with a paragraph (schema: `paragraph block*`). True when one was added. */
function fixListItem(node: DocJSON): boolean {
  const content = (node.content ??= []);
  if (content.length > 0 && content[0].type === 'paragraph') return false;
  content.unshift({ type: 'paragraph' });
  return true;
}

/**
 * The mark lists of one document: every node with the same marks gets the same (sorted) array, made once. An article
 * links the same few dozen pages hundreds of times; building a list and its mark objects per link was a share of
 * parsing, and packing the document for storage (`shared/model/storedDoc`) finds a list it has seen by identity. The
 * arrays are shared: nothing may change a node's marks in place (nothing does; ProseMirror makes its own).
 */
class MarkLists {
  /** By the open marks' key (see `InlineBuilder.key`). */
  private readonly plain = new Map<string, Mark[]>();
  private readonly code = new Map<string, Mark[]>();
  /** By the open marks' key, then the link's language, then its target and `seq`. */
  private readonly links = new Map<string, Map<string, Map<string, Mark[]>>>();

  /** The sorted list of `marks` (non-empty), whose key is `key`. */
  of(key: string, marks: Mark[]): Mark[] {
    let list = this.plain.get(key);
    if (!list) this.plain.set(key, (list = sortMarks(marks)));
    return list;
  }

  /** The list of `marks` plus inline code. */
  withCode(key: string, marks: Mark[]): Mark[] {
    let list = this.code.get(key);
    if (!list) this.code.set(key, (list = sortMarks([...marks, { type: 'code' }])));
    return list;
  }

  /** The list of `marks` plus a wiki-link to `target` on `lang`'s Wikipedia, with `seq` (see wikiLinkSeq.ts). */
  withWikiLink(key: string, marks: Mark[], lang: string, target: string, seq: number): Mark[] {
    let byLang = this.links.get(key);
    if (!byLang) this.links.set(key, (byLang = new Map()));
    let byTarget = byLang.get(lang);
    if (!byTarget) byLang.set(lang, (byTarget = new Map()));
    // A title holds no control character, so the name of a `seq` other than 0 is never a title.
    const name = seq === 0 ? target : `${seq}\u0000${target}`;
    let list = byTarget.get(name);
    if (!list) byTarget.set(name, (list = sortMarks([...marks, { type: 'wikiLink', attrs: wikiLinkAttrs(lang, target, seq) }])));
    return list;
  }
}

/** What a text run adds to the open marks: inline code, or a wiki-link. */
type ExtraMark = { type: 'code' } | { type: 'wikiLink'; lang: string; target: string };

/**
 * The inline content of one block being built: its text nodes, the pieces the source map needs, and the marks open
 * at this point. A class rather than closures: closures made per block were a measurable share of parsing time.
 */
class InlineBuilder {
  readonly content: DocJSON[] = [];
  readonly pieces: TextPiece[] = [];
  marks: Mark[] = [];
  /** Names the open marks (types and attributes, in opening order); '' when none is open. */
  private key = '';
  /** The last link pushed, while no text has followed it: a link to its page next gets another `seq`. */
  private lastLink: { lang: string; target: string; seq: number } | null = null;

  constructor(private readonly lists: MarkLists) {}

  /** The open marks as a node's sorted list (shared; see `MarkLists`), or undefined when none is open. */
  openMarks(): Mark[] | undefined {
    return this.marks.length > 0 ? this.lists.of(this.key, this.marks) : undefined;
  }

  withMark(mark: Mark): void {
    this.setMarks([...this.marks, mark]);
  }

  withoutMark(type: string): void {
    const marks = this.marks;
    for (let index = marks.length - 1; index >= 0; index--) {
      if (marks[index].type !== type) continue;
      this.setMarks([...marks.slice(0, index), ...marks.slice(index + 1)]);
      return;
    }
  }

  private setMarks(marks: Mark[]): void {
    this.marks = marks;
    this.key = marks.map((m) => (m.attrs ? `${m.type}${JSON.stringify(m.attrs)}` : m.type)).join('\u0000');
  }

  /** Text other than pushed text lies here (a hard break): the next link follows no link. */
  breakLinks(): void {
    this.lastLink = null;
  }

  pushText(text: string, source: TokenSource | null, extra?: ExtraMark): void {
    if (text.length === 0) return;
    const marks = this.marks;
    let nodeMarks: Mark[] | undefined;
    if (extra?.type === 'wikiLink') {
      const last = this.lastLink;
      const seq = last && last.lang === extra.lang && last.target === extra.target ? followingSeq(last.seq) : 0;
      nodeMarks = this.lists.withWikiLink(this.key, marks, extra.lang, extra.target, seq);
      this.lastLink = { lang: extra.lang, target: extra.target, seq };
    } else {
      nodeMarks = extra === undefined ? this.openMarks() : this.lists.withCode(this.key, marks);
      this.lastLink = null;
    }
    this.pieces.push({ length: text.length, source });
    // Neighbours with the same marks are one text node, as ProseMirror would make them.
    const content = this.content;
    const last = content[content.length - 1];
    if (last && last.type === 'text' && sameMarks(last.marks, nodeMarks)) {
      last.text += text;
      return;
    }
    const node: DocJSON = { type: 'text', text };
    if (nodeMarks) node.marks = nodeMarks;
    content.push(node);
  }
}

function convertInline(children: Token[], lists: MarkLists): { content: DocJSON[]; pieces: TextPiece[] } {
  const inline = new InlineBuilder(lists);
  const { content, pieces } = inline;

  for (const token of children) {
    const source = tokenSource(token) ?? null;
    switch (token.type) {
      case 'text':
      case 'text_special':
        inline.pushText(token.content, source);
        break;
      case 'code_inline':
        inline.pushText(token.content, codeSource(token, source), CODE);
        break;
      case 'softbreak':
        inline.pushText('\n', source ? { ...source, verbatim: false } : null);
        break;
      case 'hardbreak':
        inline.breakLinks();
        content.push(inline.marks.length ? { type: 'hard_break', marks: inline.openMarks() } : { type: 'hard_break' });
        pieces.push({ length: 1, source: source ? { ...source, verbatim: false } : null });
        break;
      case 'image': {
        const node: DocJSON = {
          type: 'image',
          attrs: { src: token.attrGet('src') ?? '', alt: altText(token), title: token.attrGet('title') },
        };
        if (inline.marks.length) node.marks = inline.openMarks();
        content.push(node);
        break;
      }
      case 'strong_open':
        inline.withMark({ type: 'strong' });
        break;
      case 'strong_close':
        inline.withoutMark('strong');
        break;
      case 'em_open':
        inline.withMark({ type: 'em' });
        break;
      case 'em_close':
        inline.withoutMark('em');
        break;
      case 's_open':
        inline.withMark({ type: 'strike' });
        break;
      case 's_close':
        inline.withoutMark('strike');
        break;
      case 'link_open':
        inline.withMark({ type: 'link', attrs: { href: token.attrGet('href') ?? '', title: token.attrGet('title') } });
        break;
      case 'link_close':
        inline.withoutMark('link');
        break;
      case 'footnote_ref': {
        // A leaf without text, like an image; a wiki-link after it still follows the one before (they touch in the text).
        const node: DocJSON = { type: 'footnote_ref', attrs: footnoteAttrs(token) };
        if (inline.marks.length) node.marks = inline.openMarks();
        content.push(node);
        break;
      }
      case 'footnote_anchor':
        // The note's link back to its reference: the reader and the export draw it from the note's number.
        break;
      case 'wiki_link':
        inline.pushText(token.content, source, { type: 'wikiLink', lang: token.attrGet('lang') ?? 'zh', target: token.attrGet('target') ?? '' });
        break;
      default:
        // Unknown inline tokens (html_inline cannot occur: html is off) keep their text visible.
        if (token.content) inline.pushText(token.content, source);
        break;
    }
  }
  return { content, pieces };
}

/**
 * An image's alt as text: its parsed content (escapes and entities decoded, wiki-links as their labels), as the
 * serializer escapes it back; the raw source kept gained a backslash per escape at every save.
 */
export function altText(token: Token): string {
  if (!token.children) return token.content ?? '';
  return token.children.map((child) => (child.type === 'image' ? altText(child) : child.content)).join('');
}

/** The code text sits inside the backticks: find it in the token's range. */
function codeSource(token: Token, source: TokenSource | null): TokenSource | null {
  if (!source) return null;
  const markup = token.markup.length;
  return { start: source.start + markup, end: source.end - markup, verbatim: false };
}

const CODE: ExtraMark = { type: 'code' };

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].type !== b[i].type || !sameAttrs(a[i].attrs, b[i].attrs)) return false;
  return true;
}

/** Mark attributes are flat records of strings and numbers (or null). */
function sameAttrs(a: Mark['attrs'], b: Mark['attrs']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

const MARK_ORDER = ['wikiLink', 'link', 'em', 'strong', 'strike', 'code'];

/** ProseMirror expects marks in schema order. */
function sortMarks(marks: Mark[]): Mark[] {
  if (marks.length <= 1) return marks.slice();
  const unique: Mark[] = [];
  for (const mark of marks) if (!unique.some((m) => m.type === mark.type)) unique.push(mark);
  return unique.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}
