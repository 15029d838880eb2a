/**
 * The canonical plain text of an article revision and the maps between its offsets and document positions.
 *
 * This is the ONE definition of "the text" in Glossa: annotations, search, claims, alignment and exports all count in
 * these offsets (UTF-16 code units). Text blocks (paragraphs, headings, code blocks, at any nesting) are joined by a
 * blank line (`\n\n`); a hard break or a soft line break inside a block is `\n`; images and other inline leaves add no
 * text. Empty text blocks add nothing, not even a separator, so an image-only paragraph leaves no trace.
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

/** Computes the canonical text of a document, with its position runs. */
export function canonicalText(doc: PMNode): CanonicalText {
  const parts: string[] = [];
  const runs: InlineRun[] = [];
  const blocks: TextBlockRun[] = [];
  let length = 0;
  let blockIndex = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const contentPos = pos + 1;
    const blockText = blockTextOf(node);
    if (blockText.length > 0) {
      if (length > 0) {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      const start = length;
      node.forEach((child, childOffset) => {
        const inline = inlineTextOf(child);
        if (inline.length === 0) return;
        runs.push({ offset: length, pos: contentPos + childOffset, length: inline.length });
        parts.push(inline);
        length += inline.length;
      });
      blocks.push({ index: blockIndex, start, end: length, pos: contentPos });
    } else {
      blocks.push({ index: blockIndex, start: length, end: length, pos: contentPos });
    }
    blockIndex++;
    return false;
  });
  return { text: parts.join(''), runs, blocks };
}

function inlineTextOf(node: PMNode): string {
  if (node.isText) return node.text ?? '';
  if (node.type.name === 'hard_break') return '\n';
  return '';
}

function blockTextOf(node: PMNode): string {
  let text = '';
  node.forEach((child) => {
    text += inlineTextOf(child);
  });
  return text;
}

/** Builds a document from its JSON with the Glossa schema, checking it is valid. */
export function documentFromJSON(json: DocJSON): PMNode {
  const doc = PMNode.fromJSON(schema, json);
  doc.check();
  return doc;
}

/** The facts every revision stores: its canonical text and its wiki-link occurrences in canonical offsets. */
export function documentFacts(doc: DocJSON | PMNode): { text: string; wikiLinks: WikiLinkOccurrence[] } {
  const node = doc instanceof PMNode ? doc : documentFromJSON(doc);
  const canonical = canonicalText(node);
  return { text: canonical.text, wikiLinks: wikiLinksOf(node, canonical) };
}

/**
 * Wiki-link occurrences: maximal stretches of text carrying the same wikiLink mark (same lang and target), so a link
 * split into several text nodes by bold inside it still counts once, and two adjacent links to different targets
 * count twice. Runs of different blocks never touch (a separator lies between them), so a link never spans blocks.
 */
export function wikiLinksOf(doc: PMNode, canonical: CanonicalText = canonicalText(doc)): WikiLinkOccurrence[] {
  const links: WikiLinkOccurrence[] = [];
  for (const run of canonical.runs) {
    const node = doc.nodeAt(run.pos);
    const mark = node?.marks.find((m) => m.type.name === 'wikiLink');
    if (!mark) continue;
    const lang = String(mark.attrs.lang);
    const target = String(mark.attrs.target);
    const last = links[links.length - 1];
    if (last && last.end === run.offset && last.lang === lang && last.target === target) {
      last.end = run.offset + run.length;
    } else {
      links.push({ start: run.offset, end: run.offset + run.length, lang, target });
    }
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
