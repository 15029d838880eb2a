import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { canonicalText } from '../../../../shared/text/canonical';
import {
  annotationKey,
  annotationPlugins,
  annotationRanges,
  removeAnnotation,
  segmentDecorations,
  setAnnotations,
  setDrawnWindow,
  upsertAnnotation,
  type AnnotationItem,
} from '../../../../renderer/annotations/annotationPlugin';
import { doc, p } from '../editor/docs';
import { annotationItem } from './annotationItems';

const PARAGRAPH = '卡塔尔每月向加沙提供 3000 万美元，用于支付公务员工资和购买燃料。';

const item = annotationItem;

/**
 * A long article (windowed) where every paragraph has a long comment over most of it and a claim inside it, so
 * segments overlap and spans are long enough to cross a window's edge.
 */
function overlappingArticle(paragraphs: number) {
  const d = doc(...Array.from({ length: paragraphs }, () => p(PARAGRAPH)));
  const text = canonicalText(d).text;
  const items: AnnotationItem[] = [];
  let n = 0;
  for (let at = text.indexOf('每月'); at >= 0; at = text.indexOf('每月', at + 1)) {
    items.push(item(n++, at, at + 20, 'commenting'));
    const claim = text.indexOf('3000', at);
    items.push(item(n++, claim, claim + '3000 万美元'.length, 'assessing'));
  }
  let state = EditorState.create({ doc: d, plugins: annotationPlugins() });
  state = state.apply(setAnnotations(state.tr, items));
  return { state, items };
}

const drawn = (state: EditorState): Decoration[] => annotationKey.getState(state)?.drawnHighlights.find() ?? [];
const describeSegment = (d: Decoration) => `${d.from}-${d.to}:${(d.spec as { ids: string[] }).ids.join(',')}`;

describe('highlight segments cut for the drawn window only', () => {
  it('draws inside the window the same segments as a drawing of the whole text, and never one stretch twice', () => {
    const { state: opened, items } = overlappingArticle(1500);
    // Two windows far apart, then a third overlapping the first: both earlier ones stay drawn.
    let state = opened.apply(setDrawnWindow(opened.tr, { from: 20_000, to: 23_000 }));
    state = state.apply(setDrawnWindow(state.tr, { from: 22_001, to: 26_000 }));
    const segments = drawn(state);
    expect(segments.length).toBeGreaterThan(0);
    // No two drawn segments cover the same text.
    const sorted = [...segments].sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].from).toBeGreaterThanOrEqual(sorted[i - 1].to);
    // Away from a window's edges, the segments are those of the whole text.
    const whole = segmentDecorations(state.doc, new Map(items.map((i) => [i.annotation.id, i])), annotationRanges(state))
      .find(21_000, 25_000)
      .filter((d) => d.from >= 21_000 && d.to <= 25_000)
      .map(describeSegment);
    const inWindow = segments.filter((d) => d.from >= 21_000 && d.to <= 25_000).map(describeSegment);
    expect(inWindow).toEqual(whole);
    // Every segment starts and ends where an annotation does (inside the text), never at a window's edge, which can
    // fall between two blocks: ProseMirror draws a highlight starting there over the whole next block.
    const ends = new Set([...annotationRanges(state).values()].flatMap((r) => [r.from, r.to]));
    for (const d of segments) {
      expect(ends.has(d.from)).toBe(true);
      expect(ends.has(d.to)).toBe(true);
    }
    // The stacked claims inside the comments are drawn with both ids.
    expect(segments.some((d) => (d.spec as { ids: string[] }).ids.length === 2)).toBe(true);
  });

  it('adds, moves and removes one annotation among many without moving the others', () => {
    const { state: opened, items } = overlappingArticle(1500);
    const before = annotationRanges(opened);
    const first = items[0].annotation.id;
    const range = before.get(first);
    if (!range) throw new Error('not placed');
    // A new annotation made at the top, where the window is.
    const added = item(99_999, 0, 0, 'questioning');
    let state = opened.apply(upsertAnnotation(opened.tr, added, { from: range.from, to: range.from + 2 }));
    const after = annotationRanges(state);
    expect(after.size).toBe(before.size + 1);
    for (const [id, r] of before) expect(after.get(id)).toEqual(r);
    expect(drawn(state).some((d) => (d.spec as { ids: string[] }).ids.includes(added.annotation.id))).toBe(true);
    // Removed again: gone from the places and from what is drawn; the rest stay.
    state = state.apply(removeAnnotation(state.tr, added.annotation.id));
    expect(annotationRanges(state)).toEqual(before);
    expect(drawn(state).some((d) => (d.spec as { ids: string[] }).ids.includes(added.annotation.id))).toBe(false);
    // Removing the last one leaves nothing placed and nothing drawn.
    let tr = state.tr;
    for (const i of items) tr = removeAnnotation(tr, i.annotation.id);
    state = state.apply(tr);
    expect(annotationRanges(state).size).toBe(0);
    expect(drawn(state)).toHaveLength(0);
  });

  it('keeps the segments already drawn as they are when the window moves or an annotation is added, so only new ones are drawn', () => {
    const { state: opened, items } = overlappingArticle(1500);
    // ProseMirror hands out copies of decorations; one drawn before keeps its spec object (its type), which is what the
    // view compares first.
    const before = new Set(drawn(opened).map((d) => d.spec));
    expect(before.size).toBeGreaterThan(0);
    let state = opened.apply(setDrawnWindow(opened.tr, { from: 30_000, to: 33_000 }));
    const moved = drawn(state);
    // The first window is still drawn (until a pause), with the very same decorations; the new one is added.
    expect(moved.filter((d) => before.has(d.spec))).toHaveLength(before.size);
    expect(moved.length).toBeGreaterThan(before.size);
    // A new annotation in the first window: only the segments it touches are new.
    const far = drawn(opened).sort((a, b) => a.from - b.from)[0];
    state = state.apply(upsertAnnotation(state.tr, item(88_888, 0, 0, 'questioning'), { from: far.from, to: far.from + 1 }));
    const after = drawn(state);
    const reused = after.filter((d) => before.has(d.spec)).length;
    expect(reused).toBeGreaterThanOrEqual(before.size - 2);
    expect(reused).toBeLessThan(before.size + 1);
  });
});
