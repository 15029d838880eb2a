/**
 * Keeps the `seq` of wiki-link marks (see the schema and `shared/markdown/wikiLinkSeq.ts`) in the form the importer
 * gives it after every edit, as the wiki-link commands do for theirs: a link that directly follows a link to the same
 * page has a `seq` unlike it, every other link none. So an edited document compares equal to the document its saved
 * Markdown reads back to (a save that does not is written whole instead of block by block), and deleting the words
 * between `[[zh:A|甲]]` and `[[zh:A|乙]]` leaves two links, not `[[zh:A|甲乙]]`.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';
import { linksAround, normalizeLinkSeqs, seqOf, wikiMarkOf, withSeq } from '../../shared/markdown/wikiLinkSeq';

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
