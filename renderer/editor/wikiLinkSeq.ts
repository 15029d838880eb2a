/**
 * Keeps the `seq` of wiki-link marks (see the schema and `shared/markdown/wikiLinkSeq.ts`) in the form the importer
 * gives it: a link that directly follows a link to the same page has a `seq` unlike it, every other link none. Editing
 * commands call `normalizeLinkSeqs` on the blocks they change, so an edited document compares equal to the document
 * its saved Markdown reads back to (a save that does not is written whole instead of block by block), and a link
 * moved next to another one to the same page stays a link of its own.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { followingSeq, seqOf } from '../../shared/markdown/wikiLinkSeq';
import { schema } from '../../shared/schema';

/** One link of a block as `normalizeLinkSeqs` finds it: its extent, its mark and the `seq` it should have. */
interface BlockLink {
  from: number;
  to: number;
  mark: Mark;
  seq: number;
}

function wikiMarkOf(node: PMNode): Mark | undefined {
  return node.marks.find((m) => m.type === schema.marks.wikiLink);
}

/**
 * The links of a text block whose content starts at `contentStart`, each with the `seq` the importer would give it.
 * A link is a run of text nodes with equal wiki-link marks; an image between two links adds no text, so the second
 * still directly follows the first; any other text or a line break does not.
 */
function blockLinks(block: PMNode, contentStart: number): BlockLink[] {
  const links: BlockLink[] = [];
  // The link that the next link would directly follow, and whether the previous node continues it.
  let last: BlockLink | null = null;
  let continues = false;
  block.forEach((child, offset) => {
    const mark = child.isText ? wikiMarkOf(child) : undefined;
    if (!mark) {
      if (child.type !== schema.nodes.image) last = null;
      continues = false;
      return;
    }
    const from = contentStart + offset;
    if (last && continues && last.mark.eq(mark)) {
      last.to = from + child.nodeSize;
      return;
    }
    const follows = last !== null && last.mark.attrs.lang === mark.attrs.lang && last.mark.attrs.target === mark.attrs.target;
    const link: BlockLink = { from, to: from + child.nodeSize, mark, seq: follows ? followingSeq(last!.seq) : 0 };
    links.push(link);
    last = link;
    continues = true;
  });
  return links;
}

/** The wiki-link mark `mark` with `seq` (0: none). */
export function withSeq(mark: Mark, seq: number): Mark {
  return schema.marks.wikiLink.create({ lang: mark.attrs.lang, target: mark.attrs.target, seq: seq === 0 ? undefined : seq });
}

/** Gives every link in the text blocks touching `[from, to]` of `tr.doc` the `seq` the importer would give it. */
export function normalizeLinkSeqs(tr: Transaction, from: number, to: number): Transaction {
  const doc = tr.doc;
  const changes: BlockLink[] = [];
  doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node, pos) => {
    if (!node.isTextblock) return true;
    for (const link of blockLinks(node, pos + 1)) if (seqOf(link.mark) !== link.seq) changes.push(link);
    return false;
  });
  // Marks only: no position moves, so every range found above stays valid.
  for (const link of changes) {
    tr.removeMark(link.from, link.to, link.mark);
    tr.addMark(link.from, link.to, withSeq(link.mark, link.seq));
  }
  return tr;
}

/**
 * A `seq` for a new link to `lang:target` over `[from, to]` that differs from the links right before and after it to
 * the same page, so it is a link of its own (`normalizeLinkSeqs` then gives it its final value).
 */
export function seqApart(doc: PMNode, from: number, to: number, lang: string, target: string): number {
  const taken = new Set<number>();
  for (const neighbour of [doc.resolve(from).nodeBefore, doc.resolve(to).nodeAfter]) {
    const mark = neighbour ? wikiMarkOf(neighbour) : undefined;
    if (mark && mark.attrs.lang === lang && mark.attrs.target === target) taken.add(seqOf(mark));
  }
  let seq = 0;
  while (taken.has(seq)) seq++;
  return seq;
}
