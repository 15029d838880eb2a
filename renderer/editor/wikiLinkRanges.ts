/**
 * Where wiki-links are in a document, in ProseMirror positions. A link is a maximal stretch of inline content inside
 * one text block whose nodes carry equal `wikiLink` marks, so a link split by bold inside it is one link and two
 * adjacent links to different targets are two, as are two adjacent links to one target (their marks differ in `seq`):
 * the same rule the canonical text uses to count occurrences.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';

/** One wiki-link occurrence as positions in a document. */
export interface WikiLinkRange {
  from: number;
  to: number;
  lang: string;
  target: string;
  mark: Mark;
}

function wikiMarkOf(node: PMNode): Mark | null {
  return node.marks.find((m) => m.type.name === 'wikiLink') ?? null;
}

/** The wiki-links of one text block whose content starts at `contentStart`. */
function rangesInBlock(block: PMNode, contentStart: number): WikiLinkRange[] {
  const ranges: WikiLinkRange[] = [];
  block.forEach((child, offset) => {
    const mark = wikiMarkOf(child);
    if (!mark) return;
    const from = contentStart + offset;
    const to = from + child.nodeSize;
    const last = ranges[ranges.length - 1];
    if (last && last.to === from && last.mark.eq(mark)) last.to = to;
    else ranges.push({ from, to, lang: String(mark.attrs.lang), target: String(mark.attrs.target), mark });
  });
  return ranges;
}

/** Every wiki-link that overlaps or touches `[from, to]`, in document order. */
export function wikiLinksBetween(doc: PMNode, from: number, to: number): WikiLinkRange[] {
  const found: WikiLinkRange[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    for (const range of rangesInBlock(node, pos + 1)) {
      if (range.to >= from && range.from <= to) found.push(range);
    }
    return false;
  });
  return found;
}

/**
 * The wiki-link at a cursor position: the one containing it, else the one ending or starting at it (a cursor right
 * after a link still means that link).
 */
export function wikiLinkAt(doc: PMNode, pos: number): WikiLinkRange | null {
  const candidates = wikiLinksBetween(doc, pos, pos);
  return candidates.find((r) => r.from < pos && pos < r.to) ?? candidates[0] ?? null;
}
