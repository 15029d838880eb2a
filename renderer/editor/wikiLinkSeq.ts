/**
 * Keeps the `seq` of wiki-link marks (see the schema and `shared/markdown/wikiLinkSeq.ts`) in the form the importer
 * gives it: a link that directly follows a link to the same page has a `seq` unlike it, every other link none. Editing
 * commands call `normalizeLinkSeqs` on the blocks they change, so an edited document compares equal to the document
 * its saved Markdown reads back to (a save that does not is written whole instead of block by block), and a link
 * moved next to another one to the same page stays a link of its own. `wikiLinkSeqPlugin` does the same after any
 * other edit: deleting the words between `[[zh:A|甲]]` and `[[zh:A|乙]]` leaves two links, not `[[zh:A|甲乙]]`.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';
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

/** The changed stretches of the final document of `trs`, as [from, to] pairs. */
function changedRanges(trs: readonly Transaction[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [t, tr] of trs.entries()) {
    const after = new Mapping(trs.slice(t + 1).flatMap((later) => later.mapping.maps));
    tr.mapping.maps.forEach((map, m) => {
      const rest = new Mapping([...tr.mapping.maps.slice(m + 1), ...after.maps]);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push([rest.map(newStart, -1), rest.map(newEnd, 1)]));
    });
  }
  return ranges;
}

const key = new PluginKey('wikiLinkSeq');

/**
 * After every edit, the links of the text blocks it changed keep apart what were two links before it (two links to one
 * page that the edit brought together) and have the `seq` the importer would give them.
 */
export function wikiLinkSeqPlugin(): Plugin {
  return new Plugin({
    key,
    appendTransaction(trs: readonly Transaction[], oldState: EditorState, newState: EditorState) {
      if (!trs.some((tr) => tr.docChanged)) return null;
      const ranges = changedRanges(trs);
      if (ranges.length === 0) return null;
      const mapping = new Mapping(trs.flatMap((tr) => tr.mapping.maps));
      const tr = newState.tr;
      let from = Infinity;
      let to = -Infinity;
      for (const [start, end] of ranges) {
        from = Math.min(from, start);
        to = Math.max(to, end);
      }
      const size = newState.doc.content.size;
      from = Math.max(0, Math.min(from, size));
      to = Math.max(from, Math.min(to, size));
      // Links of the old document that the edit brought together: apart again, as they were.
      const oldFrom = Math.max(0, Math.min(mapping.invert().map(from, -1), oldState.doc.content.size));
      const oldTo = Math.max(oldFrom, Math.min(mapping.invert().map(to, 1), oldState.doc.content.size));
      const old = linksAround(oldState.doc, oldFrom, oldTo);
      for (let i = 1; i < old.length; i++) {
        const a = old[i - 1];
        const b = old[i];
        if (a.mark.attrs.lang !== b.mark.attrs.lang || a.mark.attrs.target !== b.mark.attrs.target) continue;
        const aFrom = mapping.map(a.from, 1);
        const aTo = mapping.map(a.to, -1);
        const bFrom = mapping.map(b.from, 1);
        const bTo = mapping.map(b.to, -1);
        if (aTo !== bFrom || aFrom >= aTo || bFrom >= bTo) continue;
        const before = tr.doc.resolve(bFrom).nodeBefore;
        const after = tr.doc.resolve(bFrom).nodeAfter;
        const markBefore = before ? wikiMarkOf(before) : undefined;
        const markAfter = after ? wikiMarkOf(after) : undefined;
        if (!markBefore || !markAfter || !markBefore.eq(markAfter)) continue;
        tr.removeMark(bFrom, bTo, markAfter);
        tr.addMark(bFrom, bTo, withSeq(markAfter, seqOf(markAfter) === 0 ? 1 : 0));
      }
      normalizeLinkSeqs(tr, from, to);
      return tr.docChanged ? tr : null;
    },
  });
}

/** The links (by `blockLinks`) of the text blocks touching `[from, to]`. */
function linksAround(doc: PMNode, from: number, to: number): BlockLink[] {
  const links: BlockLink[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    links.push(...blockLinks(node, pos + 1));
    return false;
  });
  return links;
}
