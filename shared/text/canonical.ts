/**
 * The canonical plain text of an article revision and the maps between its offsets and document positions.
 *
 * This is the ONE definition of "the text" in Glossa: annotations, search, claims, alignment and exports all count in
 * these offsets (UTF-16 code units). Text blocks (paragraphs, headings, code blocks, at any nesting) are joined by a
 * blank line (`\n\n`); a hard break or a soft line break inside a block is `\n`; images, footnote references and other
 * inline leaves add no text; footnotes come after the body, as the document holds them. Empty text blocks add nothing,
 * not even a separator, so an image-only paragraph leaves no trace.
 */
import { Node as PMNode } from 'prosemirror-model';
import type { DocJSON, WikiLinkOccurrence } from '../model/article';
import { schema } from '../schema';

/** Separator between text blocks in the canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

/** A stretch of canonical text that sits at one stretch of document positions (a text node or a hard break). */
export interface InlineRun {
  offset: number;
  pos: number;
  length: number;
  /** The text node or hard break itself, for callers that need its marks. */
  node: DocJSON;
}

/** A text block's place in the canonical text, in document order; `index` counts all text blocks, empty ones too. */
export interface TextBlockRun {
  index: number;
  start: number;
  end: number;
  /** Document position of the block's content start. */
  pos: number;
}

export interface CanonicalText {
  text: string;
  runs: InlineRun[];
  blocks: TextBlockRun[];
}

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'code_block', 'table_header', 'table_cell']);

/**
 * Computes the canonical text of a document (its JSON, or a live ProseMirror node), with its position runs.
 * Positions follow ProseMirror's counting: a text node is as long as its text, a leaf is 1, a node with content adds
 * 1 for its opening and 1 for its closing token.
 */
export function canonicalText(doc: DocJSON | PMNode): CanonicalText {
  const json = doc instanceof PMNode ? (doc.toJSON() as DocJSON) : doc;
  const parts: string[] = [];
  const runs: InlineRun[] = [];
  const blocks: TextBlockRun[] = [];
  let length = 0;

  const visitTextblock = (node: DocJSON, contentPos: number) => {
    const children = node.content ?? [];
    let hasText = false;
    for (const child of children) if (inlineTextOf(child).length > 0) hasText = true;
    if (!hasText) {
      blocks.push({ index: blocks.length, start: length, end: length, pos: contentPos });
      return;
    }
    if (length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    const start = length;
    let pos = contentPos;
    for (const child of children) {
      const inline = inlineTextOf(child);
      if (inline.length > 0) {
        runs.push({ offset: length, pos, length: inline.length, node: child });
        parts.push(inline);
        length += inline.length;
      }
      pos += child.type === 'text' ? (child.text ?? '').length : 1;
    }
    blocks.push({ index: blocks.length, start, end: length, pos: contentPos });
  };

  /** Walks a node's children starting at `pos` (the position of its content start); returns the content size. */
  const visitContent = (node: DocJSON, pos: number): number => {
    let at = pos;
    for (const child of node.content ?? []) at += visitNode(child, at);
    return at - pos;
  };
  const visitNode = (node: DocJSON, pos: number): number => {
    if (node.type === 'text') return (node.text ?? '').length;
    if (TEXTBLOCKS.has(node.type)) {
      visitTextblock(node, pos + 1);
      return contentSize(node) + 2;
    }
    if (!node.content || node.content.length === 0) return LEAVES.has(node.type) ? 1 : 2;
    return visitContent(node, pos + 1) + 2;
  };
  visitContent(json, 0);
  return { text: parts.join(''), runs, blocks };
}

const LEAVES = new Set(['image', 'hard_break', 'horizontal_rule', 'footnote_ref']);

function contentSize(node: DocJSON): number {
  let size = 0;
  for (const child of node.content ?? []) size += child.type === 'text' ? (child.text ?? '').length : 1;
  return size;
}

function inlineTextOf(node: DocJSON): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hard_break') return '\n';
  return '';
}

/** Builds a document from its JSON with the Glossa schema, checking that it is valid (edits come from outside). */
export function documentFromJSON(json: DocJSON): PMNode {
  const doc = PMNode.fromJSON(schema, json);
  doc.check();
  return doc;
}

/** The facts every revision stores: its canonical text and its wiki-link occurrences in canonical offsets. */
export function documentFacts(doc: DocJSON | PMNode): { text: string; wikiLinks: WikiLinkOccurrence[] } {
  const canonical = canonicalText(doc instanceof PMNode ? doc : documentFromJSON(doc));
  return { text: canonical.text, wikiLinks: wikiLinksOf(canonical) };
}

/**
 * Wiki-link occurrences: maximal stretches of text carrying the same wikiLink mark (same lang, target and `seq`), so a
 * link split into several text nodes by bold inside it still counts once, and two adjacent links to different targets
 * count twice, as do two adjacent links to one target (`[[zh:美国]][[zh:美国]]`, told apart by `seq`). Runs of
 * different blocks never touch (a separator lies between them), so a link never spans blocks.
 */
export function wikiLinksOf(canonical: CanonicalText): WikiLinkOccurrence[] {
  const links: WikiLinkOccurrence[] = [];
  let lastSeq = 0;
  for (const run of canonical.runs) {
    const mark = run.node.marks?.find((m) => m.type === 'wikiLink');
    if (!mark) continue;
    const lang = String(mark.attrs?.lang ?? '');
    const target = String(mark.attrs?.target ?? '');
    // Absent in documents stored before `seq` existed: 0.
    const seq = typeof mark.attrs?.seq === 'number' ? mark.attrs.seq : 0;
    const last = links[links.length - 1];
    if (last && last.end === run.offset && last.lang === lang && last.target === target && seq === lastSeq) {
      last.end = run.offset + run.length;
    } else {
      links.push({ start: run.offset, end: run.offset + run.length, lang, target });
    }
    lastSeq = seq;
  }
  return links;
}

/** Index of the run holding `offset` (the run ending at it when `offset` is a run's end), or -1. */
function runIndexAt(runs: InlineRun[], offset: number, preferNext: boolean): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid];
    if (run.offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return runs.length > 0 ? 0 : -1;
  const run = runs[found];
  if (!preferNext && offset === run.offset && found > 0 && runs[found - 1].offset + runs[found - 1].length === offset) return found - 1;
  return found;
}

/**
 * Document position of a canonical offset. Offsets inside a block separator go to the end of the block before it
 * (`bias: -1`) or the start of the block after it (`bias: 1`).
 */
export function offsetToPos(canonical: CanonicalText, offset: number, bias: -1 | 1 = 1): number {
  const { runs } = canonical;
  if (runs.length === 0) return 1;
  const i = runIndexAt(runs, offset, bias > 0);
  const run = runs[i];
  if (offset < run.offset) return run.pos;
  const within = offset - run.offset;
  if (within <= run.length) {
    return run.pos + within;
  }
  // In a separator after this run: end of this run, or start of the next.
  const next = runs[i + 1];
  return bias > 0 && next ? next.pos : run.pos + run.length;
}

/** Canonical offset of a document position; positions between blocks or inside leaves snap to the nearest text. */
export function posToOffset(canonical: CanonicalText, pos: number): number {
  const { runs } = canonical;
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].pos <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return 0;
  const run = runs[found];
  return run.offset + Math.min(pos - run.pos, run.length);
}
