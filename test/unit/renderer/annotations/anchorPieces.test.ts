import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { anchorDecorationsOf, anchorPieces, placedAnchorsIn } from '../../../../renderer/annotations/anchorPieces';
import { annotationPlugins, annotationRanges, setAnnotations, upsertAnnotation } from '../../../../renderer/annotations/annotationPlugin';
import { annotationId, annotationItem } from './annotationItems';
import { canonicalText } from '../../../../shared/text/canonical';
import { doc, p } from '../editor/docs';

// Three paragraphs: "甲乙丙丁" at 1-5, "戊己庚辛" at 7-11, "壬癸子丑" at 13-17.
const d = doc(p('甲乙丙丁'), p('戊己庚辛'), p('壬癸子丑'));

/** The decorations ProseMirror keeps at the top of a set (mapped on every edit), as the set's own field shows them. */
function topLevel(set: DecorationSet): number {
  return (set as unknown as { local: unknown[] }).local.length;
}

describe('anchor pieces', () => {
  it('keeps an anchor inside one block whole', () => {
    const pieces = anchorPieces(d, 'a', 2, 4);
    expect(pieces.map((x) => [x.from, x.to])).toEqual([[2, 4]]);
    expect(pieces[0].spec).toEqual({ id: 'a' });
  });

  it('cuts an anchor that crosses blocks at their boundaries, each piece inside its block', () => {
    const pieces = anchorPieces(d, 'a', 3, 15);
    expect(pieces.map((x) => [x.from, x.to])).toEqual([
      [3, 5],
      [7, 11],
      [13, 15],
    ]);
    const set = DecorationSet.create(d, pieces);
    expect(topLevel(set)).toBe(0);
    // Uncut, the same anchor sits at the top of the set, where every edit maps it.
    expect(topLevel(DecorationSet.create(d, [Decoration.inline(3, 15, {}, { id: 'a' })]))).toBe(1);
  });

  it('reads the pieces back as one range, also when only one of them touches the range asked for', () => {
    const set = DecorationSet.create(d, [...anchorPieces(d, 'a', 3, 15), ...anchorPieces(d, 'b', 8, 9)]);
    expect(placedAnchorsIn(set).sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'a', from: 3, to: 15 },
      { id: 'b', from: 8, to: 9 },
    ]);
    expect(placedAnchorsIn(set, 14, 16)).toEqual([{ id: 'a', from: 3, to: 15 }]);
    expect(placedAnchorsIn(set, 8, 8).map((x) => x.id).sort()).toEqual(['a', 'b']);
    expect(anchorDecorationsOf(set, new Set(['a']))).toHaveLength(3);
  });

  it('does not cut at a boundary the range only touches', () => {
    // 5 is the end of the first paragraph's text: [2, 5] stays within it.
    expect(anchorPieces(d, 'a', 2, 5).map((x) => [x.from, x.to])).toEqual([[2, 5]]);
  });
});


describe('an annotation across paragraphs in the plugin', () => {
  const text = canonicalText(d).text;
  const start = text.indexOf('丙');
  const end = text.indexOf('子') + 1;
  const id = annotationId(1);

  function typed(state: EditorState, at: number, what: string): EditorState {
    return state.apply(state.tr.insertText(what, at));
  }

  it('keeps its whole range through edits before, inside and after it, and when a middle paragraph goes', () => {
    let state = EditorState.create({ doc: d, plugins: annotationPlugins() });
    state = state.apply(setAnnotations(state.tr, [annotationItem(1, start, end)]));
    expect(annotationRanges(state).get(id)).toEqual({ from: 3, to: 16 });
    // Before it, in the first paragraph.
    state = typed(state, 1, 'X');
    expect(annotationRanges(state).get(id)).toEqual({ from: 4, to: 17 });
    // Inside it, at the start of the second paragraph (a piece boundary): still inside the range.
    state = typed(state, 8, 'Y');
    expect(annotationRanges(state).get(id)).toEqual({ from: 4, to: 18 });
    expect(state.doc.textBetween(4, 18, '|')).toBe('丙丁|Y戊己庚辛|壬癸子');
    // After it.
    state = typed(state, 19, 'Z');
    expect(annotationRanges(state).get(id)).toEqual({ from: 4, to: 18 });
    // The middle paragraph deleted whole.
    state = state.apply(state.tr.delete(7, 14));
    expect(state.doc.textBetween(annotationRanges(state).get(id)!.from, annotationRanges(state).get(id)!.to, '|')).toBe('丙丁|壬癸子');
  });

  it('moves whole when it is placed again (an edit of the annotation)', () => {
    let state = EditorState.create({ doc: d, plugins: annotationPlugins() });
    state = state.apply(setAnnotations(state.tr, [annotationItem(1, start, end), annotationItem(2, 0, 1)]));
    state = typed(state, 1, 'X');
    // 己 is at 9 once X is typed before it.
    state = state.apply(upsertAnnotation(state.tr, annotationItem(1, text.indexOf('己') + 1, text.indexOf('己') + 2), { from: 9, to: 10 }));
    expect(state.doc.textBetween(annotationRanges(state).get(id)!.from, annotationRanges(state).get(id)!.to)).toBe('己');
  });
});
