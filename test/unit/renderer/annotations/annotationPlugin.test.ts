import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Annotation, Motivation } from '../../../../shared/model/annotation';
import { canonicalText } from '../../../../shared/text/canonical';
import {
  annotationKey,
  annotationPlugins,
  annotationRanges,
  buildDecorations,
  drawQueuedSuggestions,
  drawsItems,
  queuedSuggestions,
  removeAnnotation,
  sameDocumentOrder,
  setSuggestionsGradually,
  setAnnotations,
  setSuggestions,
  suggestionAt,
  upsertAnnotation,
  type AnnotationItem,
} from '../../../../renderer/annotations/annotationPlugin';
import { doc, p } from '../editor/docs';

const TEXT = '卡塔尔每月向加沙提供 3000 万美元。';

function ann(id: string, start: number, end: number, motivation: Motivation = 'highlighting', state: Annotation['anchor']['state'] = 'anchored'): AnnotationItem {
  const uuid = `00000000-0000-4000-8000-${id.padStart(12, '0')}`;
  return {
    colour: null,
    annotation: {
      id: uuid,
      articleId: 1,
      revisionId: 1,
      motivation,
      bodies: [],
      creator: 't',
      created: '',
      modified: '',
      target: { selectors: { quote: { exact: '', prefix: '', suffix: '' }, position: { start, end } } },
      anchor: { state, confidence: 1 },
    },
  };
}

const textOf = (state: EditorState, from: number, to: number) => state.doc.textBetween(from, to);

function stateWith(items: AnnotationItem[]) {
  const d = doc(p('标题'), p(TEXT));
  let state = EditorState.create({ doc: d, plugins: annotationPlugins() });
  state = state.apply(setAnnotations(state.tr, items));
  return state;
}

describe('annotation decorations', () => {
  it('highlights the span of each annotation, found through canonical offsets across blocks', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const start = c.text.indexOf('3000 万美元');
    const state = stateWith([ann('1', start, start + '3000 万美元'.length, 'assessing')]);
    const [range] = [...annotationRanges(state).values()];
    expect(textOf(state, range.from, range.to)).toBe('3000 万美元');
    const decos = buildDecorations(state.doc, [ann('1', start, start + 8, 'assessing')]).find();
    expect(decos).toHaveLength(1);
    expect((decos[0].spec as { ids: string[] }).ids).toHaveLength(1);
  });

  it('cuts overlapping annotations into segments that name every annotation covering them', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const s = c.text.indexOf('每月');
    const e = c.text.indexOf('。');
    const inner = c.text.indexOf('3000');
    const decos = buildDecorations(doc(p('标题'), p(TEXT)), [ann('1', s, e, 'commenting'), ann('2', inner, inner + 4, 'assessing')]).find();
    expect(decos.map((d) => (d.spec as { ids: string[] }).ids.length)).toEqual([1, 2, 1]);
  });

  it('does not draw orphaned annotations or spans outside the text', () => {
    const state = stateWith([ann('1', 0, 2, 'highlighting', 'orphaned'), ann('2', 500, 510)]);
    expect(annotationRanges(state).size).toBe(0);
    expect(annotationKey.getState(state)?.drawnHighlights.find()).toHaveLength(0);
  });

  it('maps highlights through typing before, after and inside, without rebuilding them', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const start = c.text.indexOf('3000 万美元');
    let state = stateWith([ann('1', start, start + '3000 万美元'.length)]);
    const before = annotationKey.getState(state)?.drawnHighlights;
    const range0 = [...annotationRanges(state).values()][0];
    state = state.apply(state.tr.insertText('据报道，', range0.from - 3));
    state = state.apply(state.tr.insertText('！', state.doc.content.size - 1));
    const range = [...annotationRanges(state).values()][0];
    expect(textOf(state, range.from, range.to)).toBe('3000 万美元');
    const highlight = annotationKey.getState(state)?.drawnHighlights.find() ?? [];
    expect(textOf(state, highlight[0].from, highlight[0].to)).toBe('3000 万美元');
    expect(annotationKey.getState(state)?.drawnHighlights).not.toBe(before);
    // Typing at the boundary does not grow the span.
    state = state.apply(state.tr.insertText('X', range.to));
    const after = [...annotationRanges(state).values()][0];
    expect(textOf(state, after.from, after.to)).toBe('3000 万美元');
  });

  it('adds, replaces and removes one annotation, keeping the others where edits moved them', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const a = c.text.indexOf('卡塔尔');
    let state = stateWith([ann('1', a, a + 3)]);
    state = state.apply(state.tr.insertText('今天', 1));
    state = state.apply(upsertAnnotation(state.tr, ann('2', 0, 0), { from: 1, to: 3 }));
    const ranges = annotationRanges(state);
    expect(ranges.size).toBe(2);
    const first = ranges.get(ann('1', 0, 0).annotation.id);
    expect(first && textOf(state, first.from, first.to)).toBe('卡塔尔');
    state = state.apply(removeAnnotation(state.tr, ann('1', 0, 0).annotation.id));
    expect([...annotationRanges(state).keys()]).toEqual([ann('2', 0, 0).annotation.id]);
  });

  it('finds the innermost suggestion under the cursor', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const s = c.text.indexOf('3000');
    let state = stateWith([]);
    const base = { value: null, valueMax: null, currency: null, unit: null, per: null, approx: null, date: null };
    state = state.apply(
      setSuggestions(state.tr, [
        { ...base, text: '', start: c.text.indexOf('卡塔尔'), end: c.text.length, kind: 'statement' },
        { ...base, text: '3000 万美元', start: s, end: s + 8, kind: 'money', value: 30_000_000, currency: 'USD' },
      ]),
    );
    const range = [...(annotationKey.getState(state)?.suggestions.find() ?? [])][1];
    const hit = suggestionAt(state, range.from + 2);
    expect(hit?.kind).toBe('money');
    expect(hit && textOf(state, hit.from, hit.to)).toBe('3000 万美元');
    expect(suggestionAt(state, 2)).toBeNull();
  });
});

describe('annotation meta helpers', () => {
  it('apply several changes queued on one transaction, in order', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const s = c.text.indexOf('3000');
    let state = stateWith([]);
    const base = { value: null, valueMax: null, currency: null, unit: null, per: null, approx: null, date: null };
    state = state.apply(
      setSuggestions(setAnnotations(state.tr, [ann('1', s, s + 4)]), [{ ...base, text: '3000', start: s, end: s + 4, kind: 'money' }]),
    );
    expect(annotationRanges(state).size).toBe(1);
    expect(annotationKey.getState(state)?.suggestions.find()).toHaveLength(1);
  });
});

describe('the side panel\'s order after edits', () => {
  it('stays the same while typing shifts spans, and changes when a span overtakes or loses another', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const a = c.text.indexOf('卡塔尔');
    const b = c.text.indexOf('3000');
    let state = stateWith([ann('1', a, a + 3), ann('2', b, b + 4), ann('3', b, b + 2)]);
    const before = annotationRanges(state);
    state = state.apply(state.tr.insertText('今天', before.get(ann('1', 0, 0).annotation.id)?.from ?? 1));
    const typed = annotationRanges(state);
    expect([...typed.values()]).not.toEqual([...before.values()]);
    expect(sameDocumentOrder(before, typed)).toBe(true);
    // The inner span 3 now starts before span 2: the order changed.
    const swapped = new Map(typed);
    const two = typed.get(ann('2', 0, 0).annotation.id);
    if (two) swapped.set(ann('3', 0, 0).annotation.id, { from: two.from - 1, to: two.from + 1 });
    expect(sameDocumentOrder(typed, swapped)).toBe(false);
    // An annotation gone (its words deleted) changes the list too.
    const fewer = new Map(typed);
    fewer.delete(ann('1', 0, 0).annotation.id);
    expect(sameDocumentOrder(typed, fewer)).toBe(false);
  });
});

describe('when the side panel is told to re-sort', () => {
  it('not while typing, but after a deletion or a change to the annotations', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const b = c.text.indexOf('3000');
    let state = stateWith([ann('1', b, b + 4)]);
    const order = () => annotationKey.getState(state)?.order;
    const loaded = order();
    state = state.apply(state.tr.insertText('今天', 2));
    state = state.apply(state.tr.insertText('X', state.doc.content.size - 2));
    expect(order()).toBe(loaded);
    state = state.apply(state.tr.delete(2, 3));
    expect(order()).toBeGreaterThan(loaded ?? 0);
    const afterDelete = order();
    state = state.apply(removeAnnotation(state.tr, ann('1', 0, 0).annotation.id));
    expect(order()).toBeGreaterThan(afterDelete ?? 0);
  });
});

describe('a batch of re-sent annotations', () => {
  it('keeps the drawn highlights when nothing drawn changed, and redraws when a colour or state did', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const a = c.text.indexOf('卡塔尔');
    const b = c.text.indexOf('3000');
    let state = stateWith([ann('1', a, a + 3), ann('2', b, b + 4, 'assessing')]);
    const drawn = annotationKey.getState(state)?.drawnHighlights;
    // Re-anchored onto a saved revision: same look, same place, other record.
    const resent = [ann('1', a, a + 3), ann('2', b, b + 4, 'assessing')].map((item) => ({ ...item, annotation: { ...item.annotation, revisionId: 2 } }));
    let tr = state.tr;
    for (const item of resent) tr = upsertAnnotation(tr, item);
    state = state.apply(tr);
    expect(annotationKey.getState(state)?.drawnHighlights).toBe(drawn);
    expect(annotationKey.getState(state)?.items.get(resent[0].annotation.id)?.annotation.revisionId).toBe(2);
    // A verdict colour arrives: drawn again, with the colour.
    state = state.apply(upsertAnnotation(state.tr, { ...resent[1], colour: '#7cb342' }));
    expect(annotationKey.getState(state)?.drawnHighlights).not.toBe(drawn);
    expect(annotationRanges(state).size).toBe(2);
    // Orphaned by a re-anchoring: no longer drawn.
    const orphan = ann('1', a, a + 3, 'highlighting', 'orphaned');
    state = state.apply(upsertAnnotation(state.tr, orphan));
    expect(annotationRanges(state).has(orphan.annotation.id)).toBe(false);
  });
});

describe('an editor made with the annotations of its article', () => {
  it('already draws that list (the side panel sends it no second time), and not one that differs', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const a = c.text.indexOf('卡塔尔');
    const b = c.text.indexOf('3000');
    const items = [ann('1', a, a + 3), ann('2', b, b + 4, 'assessing')];
    const state = EditorState.create({ doc: doc(p('标题'), p(TEXT)), plugins: annotationPlugins(items) });
    expect(drawsItems(state, items)).toBe(true);
    // The same records fetched again: same look, same place.
    expect(drawsItems(state, items.map((item) => ({ ...item, annotation: { ...item.annotation } })))).toBe(true);
    expect(drawsItems(state, [items[0]])).toBe(false);
    expect(drawsItems(state, [items[0], { ...items[1], colour: '#7cb342' }])).toBe(false);
    expect(drawsItems(state, [items[0], ann('2', b, b + 3, 'assessing')])).toBe(false);
    expect(drawsItems(state, [])).toBe(false);
    const bare = EditorState.create({ doc: doc(p('标题'), p(TEXT)), plugins: annotationPlugins() });
    expect(drawsItems(bare, [])).toBe(true);
    expect(drawsItems(bare, items)).toBe(false);
  });
});

describe('suggestions drawn a slice at a time', () => {
  it('draws the first ones, keeps the rest in place through edits, then draws them', () => {
    const c = canonicalText(doc(p('标题'), p(TEXT)));
    const base = { value: null, valueMax: null, currency: null, unit: null, per: null, approx: null, date: null };
    const at = (word: string) => ({ ...base, text: word, start: c.text.indexOf(word), end: c.text.indexOf(word) + word.length, kind: 'money' as const });
    let state = stateWith([]);
    state = state.apply(setSuggestionsGradually(state.tr, [at('3000 万美元'), at('卡塔尔'), at('加沙')], 1));
    const drawn = () => (annotationKey.getState(state)?.suggestions.find() ?? []).map((d) => textOf(state, d.from, d.to));
    expect(drawn()).toEqual(['卡塔尔']);
    expect(queuedSuggestions(state)).toBe(2);
    state = state.apply(state.tr.insertText('据报道，', 4));
    state = state.apply(drawQueuedSuggestions(state.tr, 5));
    expect(drawn().sort()).toEqual(['3000 万美元', '加沙', '卡塔尔'].sort());
    expect(queuedSuggestions(state)).toBe(0);
  });
});
