import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { schema } from '../../../../shared/schema';
import { buildHighlights, getHighlight, highlightKey, highlightPlugin, setHighlight } from '../../../../renderer/editor/highlightPlugin';
import { entitiesOf } from '../../../../renderer/editor/entities';
import { doc, link, p } from './docs';

const article = doc(
  p(link('zh', '卡塔尔'), '与', link('zh', '美国'), link('zh', '卡塔尔'), '人'),
  p('**', link('zh', '卡塔尔', '卡塔'), link('zh', '卡塔尔', '尔', ['strong']), '和', link('en', '卡塔尔')),
);

function highlighted(state: EditorState): string[] {
  const set = highlightKey.getState(state)?.decorations;
  return (set?.find() ?? []).map((d) => state.doc.textBetween(d.from, d.to) + '#' + String((d.spec as { occurrence: number }).occurrence));
}

describe('entity highlight', () => {
  it('marks every occurrence of one entity, a bold-split link once, another language not at all', () => {
    const { count, decorations } = buildHighlights(article, { lang: 'zh', target: '卡塔尔' });
    expect(count).toBe(3);
    expect(decorations.find().map((d) => article.textBetween(d.from, d.to))).toEqual(['卡塔尔', '卡塔尔', '卡塔尔']);
  });

  it('sets, keeps through edits, and clears the highlight through its meta helpers', () => {
    let state = EditorState.create({ doc: article, plugins: [highlightPlugin()] });
    expect(getHighlight(state)).toEqual({ entity: null, count: 0 });
    state = state.apply(setHighlight(state.tr, { lang: 'zh', target: '卡塔尔' }));
    expect(getHighlight(state).count).toBe(3);
    expect(highlighted(state)).toEqual(['卡塔尔#0', '卡塔尔#1', '卡塔尔#2']);

    // Typing before the links moves them; linking new text adds an occurrence.
    state = state.apply(state.tr.insertText('据报道，', 1));
    expect(highlighted(state)).toEqual(['卡塔尔#0', '卡塔尔#1', '卡塔尔#2']);
    const tr = state.tr.insert(1, schema.text('卡塔尔', [schema.marks.wikiLink.create({ lang: 'zh', target: '卡塔尔' })]));
    state = state.apply(tr.setSelection(TextSelection.create(tr.doc, 1)));
    expect(getHighlight(state).count).toBe(4);

    state = state.apply(setHighlight(state.tr, null));
    expect(getHighlight(state)).toEqual({ entity: null, count: 0 });
    expect(highlighted(state)).toEqual([]);
  });
});

describe('entities', () => {
  it('counts targets per language, most linked first', () => {
    expect(entitiesOf(article)).toEqual([
      { lang: 'zh', target: '卡塔尔', count: 3 },
      { lang: 'en', target: '卡塔尔', count: 1 },
      { lang: 'zh', target: '美国', count: 1 },
    ]);
  });
});
