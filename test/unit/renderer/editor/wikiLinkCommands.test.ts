import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { documentFacts } from '../../../../shared/text/canonical';
import { linkSelection, removeWikiLink, selectedWikiLinks, setWikiLinkTarget } from '../../../../renderer/editor/wikiLinkCommands';
import { wikiLinkAt, wikiLinksBetween } from '../../../../renderer/editor/wikiLinkRanges';
import { doc, link, p, text } from './docs';

/** Position of the n-th occurrence of `needle` in the document's text (document positions). */
function posOf(node: PMNode, needle: string, occurrence = 0): number {
  let seen = 0;
  let found = -1;
  node.descendants((child, pos) => {
    if (found >= 0 || !child.isText) return found < 0;
    let i = (child.text ?? '').indexOf(needle);
    while (i >= 0) {
      if (seen++ === occurrence) {
        found = pos + i;
        return false;
      }
      i = (child.text ?? '').indexOf(needle, i + 1);
    }
    return true;
  });
  if (found < 0) throw new Error(`"${needle}" not in document`);
  return found;
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  const ok = command(state, (tr) => {
    next = state.apply(tr);
  });
  expect(ok).toBe(true);
  return next;
}

function select(node: PMNode, from: number, to = from): EditorState {
  const state = EditorState.create({ doc: node });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

const links = (state: EditorState) => documentFacts(state.doc).wikiLinks.map((l) => `${l.target}@${l.start}-${l.end}`);

describe('wiki-link ranges', () => {
  it('keeps adjacent links to different targets apart and a link split by bold whole', () => {
    const d = doc(p(link('zh', '美国'), link('zh', '以色列'), '人，', link('zh', '卡塔尔', '卡塔'), link('zh', '卡塔尔', '尔', ['strong'])));
    const all = wikiLinksBetween(d, 0, d.content.size);
    expect(all.map((r) => [r.target, d.textBetween(r.from, r.to)])).toEqual([
      ['美国', '美国'],
      ['以色列', '以色列'],
      ['卡塔尔', '卡塔尔'],
    ]);
  });

  it('finds the link a cursor touches, preferring the one it is inside', () => {
    const d = doc(p(link('zh', '美国'), link('zh', '以色列'), '人'));
    const between = posOf(d, '以色列');
    expect(wikiLinkAt(d, between + 1)?.target).toBe('以色列');
    expect(wikiLinkAt(d, posOf(d, '美国') + 1)?.target).toBe('美国');
    expect(wikiLinkAt(d, posOf(d, '人') + 1)).toBeNull();
  });
});

describe('wiki-link commands', () => {
  const base = doc(p('据', link('zh', '卡塔尔'), '外交部称，', link('zh', '美国'), '和', link('zh', '卡塔尔'), '。'));

  it('removes the whole link under the cursor and keeps its words', () => {
    const state = select(base, posOf(base, '塔') + 1);
    const next = run(state, removeWikiLink);
    expect(next.doc.textContent).toBe(base.textContent);
    expect(links(next)).toEqual(['美国@9-11', '卡塔尔@12-15']);
  });

  it('removes only the link marks inside a selection', () => {
    const from = posOf(base, '卡塔尔');
    const to = posOf(base, '美国') + 2;
    const next = run(select(base, from, to), removeWikiLink);
    expect(links(next)).toEqual(['卡塔尔@12-15']);
  });

  it('refuses to remove when nothing is linked', () => {
    const state = select(base, posOf(base, '外交部') + 1);
    expect(removeWikiLink(state, undefined)).toBe(false);
    expect(selectedWikiLinks(state)).toEqual([]);
  });

  it('changes a target over the link’s whole extent', () => {
    const state = select(base, posOf(base, '美国') + 1);
    const next = run(state, setWikiLinkTarget('en', 'United States'));
    const facts = documentFacts(next.doc).wikiLinks;
    expect(facts.map((l) => [l.lang, l.target, l.start, l.end])).toEqual([
      ['zh', '卡塔尔', 1, 4],
      ['en', 'United States', 9, 11],
      ['zh', '卡塔尔', 12, 15],
    ]);
  });

  it('extends a link over a larger selection', () => {
    const from = posOf(base, '卡塔尔');
    const to = posOf(base, '外交部') + 3;
    const next = run(select(base, from, to), linkSelection('zh', '卡塔尔外交部'));
    expect(links(next)[0]).toBe('卡塔尔外交部@1-7');
    expect(links(next)).toHaveLength(3);
  });

  it('shrinks a link to part of it', () => {
    const bold = doc(p(link('zh', '外交部长', '外交部长'), '埃利'));
    const from = posOf(bold, '外交部');
    const next = run(select(bold, from, from + 3), linkSelection('zh', '外交部'));
    expect(documentFacts(next.doc).wikiLinks).toEqual([{ start: 0, end: 3, lang: 'zh', target: '外交部' }]);
    expect(next.doc.textContent).toBe('外交部长埃利');
  });

  it('links plain words, keeping bold inside the new link', () => {
    const d = doc(p('哈马斯', text('领导人', ['strong'])));
    const next = run(select(d, 1, 1 + 6), linkSelection('zh', '哈马斯领导人'));
    expect(documentFacts(next.doc).wikiLinks).toEqual([{ start: 0, end: 6, lang: 'zh', target: '哈马斯领导人' }]);
  });

  it('will not link an empty selection or an empty target', () => {
    expect(linkSelection('zh', 'x')(select(base, 2), undefined)).toBe(false);
    expect(linkSelection('zh', '  ')(select(base, 2, 4), undefined)).toBe(false);
  });
});
