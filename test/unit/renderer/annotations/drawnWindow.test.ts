import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { canonicalText } from '../../../../shared/text/canonical';
import {
  annotationKey,
  annotationPlugins,
  anchorsIndexed,
  indexAnchors,
  annotationRanges,
  drawnWindow,
  setAnnotations,
  setDrawnWindow,
  trimDrawnWindows,
  type AnnotationItem,
} from '../../../../renderer/annotations/annotationPlugin';
import { isJump, JUMP_SCREENS_AROUND, needsNewWindow, WINDOW_FROM_SIZE, windowAround } from '../../../../renderer/annotations/drawnWindow';
import { doc, p } from '../editor/docs';
import { annotationItem } from './annotationItems';

const PARAGRAPH = '卡塔尔每月向加沙提供 3000 万美元，用于支付公务员工资和购买燃料。';

const item = annotationItem;

/** A long article (past the windowing threshold) with one annotation on "3000 万美元" in every paragraph. */
function longArticle(paragraphs: number) {
  const d = doc(...Array.from({ length: paragraphs }, () => p(PARAGRAPH)));
  const text = canonicalText(d).text;
  const items: AnnotationItem[] = [];
  for (let at = text.indexOf('3000'), n = 0; at >= 0; at = text.indexOf('3000', at + 1), n++) items.push(item(n, at, at + '3000 万美元'.length));
  let state = EditorState.create({ doc: d, plugins: annotationPlugins() });
  state = state.apply(setAnnotations(state.tr, items));
  return { state, items };
}

const drawnIds = (state: EditorState): Set<string> =>
  new Set((annotationKey.getState(state)?.drawnHighlights.find() ?? []).map((d) => (d.spec as { ids: string[] }).ids[0]));

describe('highlights drawn in a window of a long article', () => {
  it('draws the top of a long article first, and every annotation of a short one', () => {
    const { state, items } = longArticle(2000);
    expect(state.doc.content.size).toBeGreaterThan(WINDOW_FROM_SIZE);
    const drawn = drawnIds(state);
    expect(drawn.has(items[0].annotation.id)).toBe(true);
    expect(drawn.has(items[items.length - 1].annotation.id)).toBe(false);
    expect(drawn.size).toBeLessThan(items.length / 5);
    // Every annotation is still placed (the side panel lists and reveals them all).
    expect(annotationRanges(state).size).toBe(items.length);

    const short = longArticle(20);
    expect(drawnWindow(short.state)).toBeNull();
    expect(drawnIds(short.state).size).toBe(short.items.length);
  });

  it('draws the far end once the window moves there, and keeps it in place through typing', () => {
    const { state: opened, items } = longArticle(2000);
    const size = opened.doc.content.size;
    let state = opened.apply(setDrawnWindow(opened.tr, { from: size - 2000, to: size }));
    const last = items[items.length - 1].annotation.id;
    expect(drawnIds(state).has(last)).toBe(true);
    // The old window stays drawn until the user pauses (undrawing costs as much as drawing), then it is undrawn.
    expect(drawnIds(state).has(items[0].annotation.id)).toBe(true);
    state = state.apply(trimDrawnWindows(state.tr));
    expect(drawnIds(state).has(items[0].annotation.id)).toBe(false);
    expect(drawnIds(state).has(last)).toBe(true);

    const range = annotationRanges(state).get(last);
    if (!range) throw new Error('the last annotation is not placed');
    state = state.apply(state.tr.insertText('据报道，', range.from - 2));
    const drawn = (annotationKey.getState(state)?.drawnHighlights.find() ?? []).find((d) => (d.spec as { ids: string[] }).ids.includes(last));
    expect(drawn && state.doc.textBetween(drawn.from, drawn.to)).toBe('3000 万美元');
    expect(drawnWindow(state)?.to).toBe(state.doc.content.size);
  });
});

describe('annotations the editor is made with', () => {
  const drawn = (state: EditorState) => annotationKey.getState(state)?.drawnHighlights;
  const order = (state: EditorState) => annotationKey.getState(state)?.order ?? 0;

  it('draws them from the start as their later arrival would, and the same list arriving again redraws nothing', () => {
    const { state: arrived, items } = longArticle(2000);
    const made = EditorState.create({ doc: arrived.doc, plugins: annotationPlugins(items) });
    expect(drawnIds(made)).toEqual(drawnIds(arrived));
    expect(annotationRanges(made)).toEqual(annotationRanges(arrived));

    // The side panel loads the same records and sets them, with the window measured on screen (inside the top one).
    const again = made.apply(setDrawnWindow(setAnnotations(made.tr, items.map((i) => ({ ...i }))), { from: 0, to: 1_500 }));
    expect(drawn(again)).toBe(drawn(made));
    expect(annotationKey.getState(again)?.anchors).toBe(annotationKey.getState(made)?.anchors);
    // The panel still hears that the list is set (it reads the places from there).
    expect(order(again)).toBeGreaterThan(order(made));

    // A window outside the one the text opened with, or any after the first, is drawn as asked.
    const size = made.doc.content.size;
    const far = again.apply(setDrawnWindow(again.tr, { from: size - 2_000, to: size }));
    expect(drawnIds(far).has(items[items.length - 1].annotation.id)).toBe(true);
    const inside = again.apply(setDrawnWindow(again.tr, { from: 0, to: 500 }));
    expect(drawnWindow(inside)).toEqual({ from: 0, to: 500 });
  });

  it('indexes the places of a list set at once only when asked, changing nothing shown or listed', () => {
    const { state: arrived, items } = longArticle(2000);
    expect(anchorsIndexed(arrived)).toBe(false);
    const indexed = arrived.apply(indexAnchors(arrived.tr));
    expect(anchorsIndexed(indexed)).toBe(true);
    expect(annotationRanges(indexed)).toEqual(annotationRanges(arrived));
    expect(drawn(indexed)).toBe(drawn(arrived));
    expect(order(indexed)).toBe(order(arrived));
    // An edit before either indexes them itself: both map the places alike.
    const at = (annotationRanges(arrived).get(items[1].annotation.id)?.from ?? 0) - 1;
    const typed = arrived.apply(arrived.tr.insertText('据报道，', at));
    expect(anchorsIndexed(typed)).toBe(true);
    expect(annotationRanges(typed)).toEqual(annotationRanges(indexed.apply(indexed.tr.insertText('据报道，', at))));
    expect(annotationRanges(typed).get(items[1].annotation.id)?.from).toBe(at + 1 + '据报道，'.length);
  });

  it('redraws when the list that arrives differs from the one it was made with', () => {
    const { state: arrived, items } = longArticle(2000);
    const made = EditorState.create({ doc: arrived.doc, plugins: annotationPlugins(items) });
    const recoloured = items.map((i, n) => (n === 0 ? { ...i, colour: '#ff0000' } : i));
    const changed = made.apply(setAnnotations(made.tr, recoloured));
    expect(drawn(changed)).not.toBe(drawn(made));
    const first = (drawn(changed)?.find() ?? []).find((d) => (d.spec as { ids: string[] }).ids[0] === items[0].annotation.id);
    expect(first?.spec).toBeDefined();
    const fewer = made.apply(setAnnotations(made.tr, items.slice(1)));
    expect(drawnIds(fewer).has(items[0].annotation.id)).toBe(false);
  });
});

describe('window arithmetic', () => {
  it('reaches beyond the visible text on both sides, within the document', () => {
    const w = windowAround({ from: 10_000, to: 12_000 }, 50_000);
    expect(w.from).toBeLessThan(10_000);
    expect(w.to).toBeGreaterThan(12_000);
    expect(windowAround({ from: 0, to: 500 }, 50_000).from).toBe(0);
    expect(windowAround({ from: 49_500, to: 50_000 }, 50_000).to).toBe(50_000);
  });

  it('moves only when the visible text nears an edge that is not the document’s', () => {
    const w = windowAround({ from: 10_000, to: 12_000 }, 50_000);
    expect(needsNewWindow(w, { from: 10_000, to: 12_000 }, 50_000)).toBe(false);
    expect(needsNewWindow(w, { from: w.to - 100, to: w.to + 1_900 }, 50_000)).toBe(true);
    expect(needsNewWindow(w, { from: 30_000, to: 32_000 }, 50_000)).toBe(true);
    expect(needsNewWindow({ from: 0, to: 3_000 }, { from: 0, to: 2_000 }, 50_000)).toBe(false);
    expect(needsNewWindow(null, { from: 30_000, to: 32_000 }, 50_000)).toBe(false);
  });

  it('draws narrow margins after a jump, so the place jumped to is drawn first', () => {
    const wide = windowAround({ from: 10_000, to: 12_000 }, 50_000);
    const narrow = windowAround({ from: 10_000, to: 12_000 }, 50_000, JUMP_SCREENS_AROUND);
    expect(narrow.from).toBeLessThanOrEqual(10_000);
    expect(narrow.to).toBeGreaterThanOrEqual(12_000);
    expect(narrow.to - narrow.from).toBeLessThan(wide.to - wide.from);
  });

  it('calls a move a jump when some of the visible text is not drawn yet', () => {
    const window = { from: 10_000, to: 14_000 };
    const kept = [{ from: 30_000, to: 34_000 }, { from: 13_500, to: 16_000 }];
    expect(isJump(window, kept, { from: 20_000, to: 22_000 })).toBe(true);
    expect(isJump(window, kept, { from: 15_000, to: 17_000 })).toBe(true);
    // Visible text inside the window, or across it and an earlier window still drawn, or back in an earlier one, is drawn.
    expect(isJump(window, kept, { from: 11_000, to: 13_000 })).toBe(false);
    expect(isJump(window, kept, { from: 13_000, to: 15_000 })).toBe(false);
    expect(isJump(window, kept, { from: 31_000, to: 33_000 })).toBe(false);
    expect(isJump(null, [], { from: 20_000, to: 22_000 })).toBe(false);
  });
});
