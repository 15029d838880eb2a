/**
 * The `seq` attribute of wiki-link marks (see the schema): a link that directly follows another link to the same page,
 * with no text between them (an image adds no text), gets a `seq` unlike that link's, so the two marks differ and stay
 * two links in the document, the editor and the Markdown written back. Every writer of documents gives the same values,
 * so an unchanged link compares equal however its document was made: absent (0 here) for a link that follows none to
 * its page, then 1, absent, 1… along a row of adjacent links to one page. Whatever edits a document's links keeps
 * that form with `normalizeLinkSeqs` (the editor's wiki-link commands and `wikiLinkSeqPlugin` do).
 */
import type { Mark as PMMark, Node as PMNode } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import type { DocJSON } from '../model/article';
import { schema } from '../schema';

type Mark = NonNullable<DocJSON['marks']>[number];

/** The `seq` of a link that directly follows a link to the same page whose `seq` is `previous`. */
export function followingSeq(previous: number): number {
  return previous === 0 ? 1 : 0;
}

/** A wiki-link mark's `seq`, 0 when absent. */
export function seqOf(mark: { attrs?: Record<string, unknown> | null }): number {
  const seq = mark.attrs?.seq;
  return typeof seq === 'number' ? seq : 0;
}

/** A wiki-link mark's attributes for `seq`: 0 is left out (ProseMirror's `undefined`, which JSON drops). */
export function wikiLinkAttrs(lang: string, target: string, seq: number): { lang: string; target: string; seq?: number } {
  return seq === 0 ? { lang, target } : { lang, target, seq };
}

/** Whether two wiki-link marks are one link's: same language, target and `seq`. */
export function sameWikiLink(a: Mark | undefined, b: Mark | undefined): boolean {
  if (!a || !b) return a === b;
  return (a.attrs?.lang ?? 'zh') === (b.attrs?.lang ?? 'zh') && a.attrs?.target === b.attrs?.target && seqOf(a) === seqOf(b);
}

/**
 * `doc` as documents were before `seq`: every wiki-link's `seq` dropped and neighbouring text nodes with the same marks
 * then joined. Two documents with the same such form differ at most in where adjacent links to one page are split; so
 * a document stored before `seq` (one link `甲乙`) compares equal to the reading of its own file now
 * (`[[zh:A|甲]][[zh:A|乙]]`, two links), which a save of it written block by block has to accept.
 */
export function withoutLinkSeqs(doc: DocJSON): DocJSON {
  const marks = doc.marks?.map((mark) => (mark.type === 'wikiLink' && mark.attrs && 'seq' in mark.attrs ? { ...mark, attrs: { lang: mark.attrs.lang, target: mark.attrs.target } } : mark));
  const out: DocJSON = marks ? { ...doc, marks } : { ...doc };
  if (!doc.content) return out;
  const content: DocJSON[] = [];
  for (const child of doc.content.map(withoutLinkSeqs)) {
    const last = content[content.length - 1];
    if (last?.type === 'text' && child.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(child.marks ?? [])) {
      content[content.length - 1] = { ...last, text: (last.text ?? '') + (child.text ?? '') };
    } else content.push(child);
  }
  out.content = content;
  return out;
}

/** One link of a block as `normalizeLinkSeqs` finds it: its extent, its mark and the `seq` it should have. */
export interface BlockLink {
  from: number;
  to: number;
  mark: PMMark;
  seq: number;
}

export function wikiMarkOf(node: PMNode): PMMark | undefined {
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
export function withSeq(mark: PMMark, seq: number): PMMark {
  return schema.marks.wikiLink.create({ lang: mark.attrs.lang, target: mark.attrs.target, seq: seq === 0 ? undefined : seq });
}

/** Gives every link in the text blocks touching `[from, to]` of `tr.doc` the `seq` the importer would give it. */
export function normalizeLinkSeqs<T extends Transform>(tr: T, from: number, to: number): T {
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

/** The links (by `blockLinks`) of the text blocks touching `[from, to]`. */
export function linksAround(doc: PMNode, from: number, to: number): BlockLink[] {
  const links: BlockLink[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    links.push(...blockLinks(node, pos + 1));
    return false;
  });
  return links;
}
