/**
 * An annotation's invisible anchor kept in a DecorationSet as one piece per top-level block it covers.
 *
 * Why: ProseMirror files a decoration under the block that holds it, and maps only the touched block's decorations
 * through an edit; a decoration that crosses from one block into the next stays at the top of the set, and every
 * such decoration is mapped (a new object each) on every keystroke anywhere in the text. On the 5,000-annotation
 * bench article 622 anchors cross a paragraph break, which made mapping them most of the plugin's work per key. Cut
 * at block boundaries, a piece sits in its block's subset and is mapped only when that block is edited. The pieces of
 * one annotation share its id and are read back as one range, from the start of the first to the end of the last.
 */
import { Decoration, type DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';

/** One placed annotation: its id and its current span. */
export interface PlacedAnchor {
  id: string;
  from: number;
  to: number;
}

/** What an anchor piece's spec holds: the annotation's id, and whether the anchor was cut into pieces. */
interface PieceSpec {
  id: string;
  split?: true;
}

/**
 * The anchor decorations of annotation `id` over [from, to]: one, or one per top-level block when the range crosses
 * a block boundary (each inside its block's content, where ProseMirror files it under that block).
 */
export function anchorPieces(doc: PMNode, id: string, from: number, to: number): Decoration[] {
  const $from = doc.resolve(from);
  const first = $from.index(0);
  const last = doc.resolve(to).index(0);
  if (first === last || to <= from) return [Decoration.inline(from, to, {}, { id })];
  const pieces: Decoration[] = [];
  const spec: PieceSpec = { id, split: true };
  for (let i = first, start = $from.posAtIndex(first, 0); i <= last && i < doc.childCount; i++) {
    const child = doc.child(i);
    const end = start + child.nodeSize;
    // Inside the block's content: ProseMirror keeps a decoration under a block only if it starts after the block's
    // opening and ends before its close.
    const pieceFrom = Math.max(from, start + 1);
    const pieceTo = Math.min(to, end - 1);
    if (pieceFrom < pieceTo) pieces.push(Decoration.inline(pieceFrom, pieceTo, {}, spec));
    start = end;
  }
  return pieces.length > 0 ? pieces : [Decoration.inline(from, to, {}, { id })];
}

/**
 * The anchors in `set` touching [from, to] (all of them without a range), each as one whole range: an anchor cut
 * into pieces is read from all its pieces, also those outside [from, to].
 */
export function placedAnchorsIn(set: DecorationSet, from?: number, to?: number): PlacedAnchor[] {
  const found = set.find(from, to);
  const ranges = new Map<string, PlacedAnchor>();
  let splitIds: Set<string> | null = null;
  for (const d of found) {
    const spec = d.spec as Partial<PieceSpec>;
    if (!spec.id || d.from >= d.to) continue;
    if (spec.split && from !== undefined) (splitIds ??= new Set()).add(spec.id);
    merge(ranges, spec.id, d.from, d.to);
  }
  if (splitIds !== null) {
    const wanted = splitIds;
    for (const d of set.find(undefined, undefined, (spec: Partial<PieceSpec>) => spec.split === true && spec.id !== undefined && wanted.has(spec.id))) {
      if (d.from < d.to) merge(ranges, (d.spec as PieceSpec).id, d.from, d.to);
    }
  }
  return [...ranges.values()];
}

function merge(ranges: Map<string, PlacedAnchor>, id: string, from: number, to: number): void {
  const known = ranges.get(id);
  if (!known) ranges.set(id, { id, from, to });
  else {
    if (from < known.from) known.from = from;
    if (to > known.to) known.to = to;
  }
}

/** The decorations of `set` that anchor one of `ids` (every piece of each). */
export function anchorDecorationsOf(set: DecorationSet, ids: ReadonlySet<string>): Decoration[] {
  return set.find(undefined, undefined, (spec: Partial<PieceSpec>) => spec.id !== undefined && ids.has(spec.id));
}
