import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { schema } from '../../../../shared/schema';
import { buildHighlights, getHighlight, highlightKey, highlightPlugin, setHighlight } from '../../../../renderer/editor/highlightPlugin';
import { entitiesOf, sortEntities } from '../../../../renderer/editor/entities';
import { canonicalText, wikiLinksOf } from '../../../../shared/text/canonical';
import { countEntities } from '../../../../shared/text/wikiTitle';
import { doc, link, p, text } from './docs';

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

describe('entities recounted after edits', () => {
  // The whole text's links counted at once: the rule the library and the exports use.
  const wholeText = (d: typeof article) => sortEntities(countEntities(wikiLinksOf(canonicalText(d))));
  const nested = doc(
    p(link('zh', '卡塔尔'), '与', link('zh', '卡塔爾')),
    p(link('zh', '卡塔爾'), '，', link('en', 'New York')),
    schema.node('blockquote', null, [p(link('zh', '美国', '美'), link('zh', '美国', '国', ['strong']), text('说')), p(link('en', 'New_York'))]),
    schema.node('heading', { level: 2 }, [link('zh', '美国')]),
    schema.node('bullet_list', null, [schema.node('list_item', null, [p(link('zh', '卡塔尔'))]), schema.node('list_item', null, [p(link('zh', '卡塔尔'))])]),
  );

  it('counts block by block what the whole canonical text counts: spellings, bold-split links, nested blocks', () => {
    expect(entitiesOf(nested)).toEqual(wholeText(nested));
    expect(entitiesOf(nested)).toContainEqual({ lang: 'zh', target: '卡塔尔', count: 5, variants: ['卡塔爾'] });
  });

  it('follows typing, a new link and a deleted block, reusing the blocks an edit did not touch', () => {
    let state = EditorState.create({ doc: nested });
    expect(entitiesOf(state.doc)).toEqual(wholeText(state.doc));
    state = state.apply(state.tr.insertText('据报道，', 1));
    expect(entitiesOf(state.doc)).toEqual(wholeText(state.doc));
    state = state.apply(state.tr.insert(1, schema.text('美国', [schema.marks.wikiLink.create({ lang: 'zh', target: '美国' })])));
    expect(entitiesOf(state.doc)).toEqual(wholeText(state.doc));
    expect(entitiesOf(state.doc).find((e) => e.target === '美国')?.count).toBe(3);
    const second = state.doc.child(0).nodeSize;
    state = state.apply(state.tr.delete(second, second + state.doc.child(1).nodeSize));
    expect(entitiesOf(state.doc)).toEqual(wholeText(state.doc));
    expect(entitiesOf(state.doc).find((e) => e.lang === 'en')?.count).toBe(1);
  });
});
