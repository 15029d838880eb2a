import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model/annotation';
import { describeSpan } from '../../../../shared/anchoring/describeSpan';
import { applyReanchor, reanchorAll } from '../../../../shared/anchoring/reanchorAll';

const paragraphs = [
  '卡塔尔发现自己处于一个微妙的外交立场，专家表示，迄今为止，这一立场对其有利，使其成为华盛顿不可或缺的盟友。',
  '据知情人士透露，周三，卡塔尔与美国协调，在以色列、哈马斯和埃及之间达成一项协议，将外国人和重伤的巴勒斯坦平民从加沙释放到埃及。',
  '据拉法过境点巴勒斯坦一侧的官员称，至少 110 名外国护照持有者离开加沙。',
  '据路透社报道，卡塔尔还向加沙的公共部门支付工资，这是每月 3000 万美元的家庭津贴和电力燃料津贴的一部分。',
  '它与西方国家保持着密切关系，作为世界上最大的天然气生产国之一，成为日益重要的能源供应国。',
];
const oldText = paragraphs.join('\n\n');

function annotationOn(text: string, quote: string, id: string): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return {
    id,
    articleId: 1,
    revisionId: 1,
    motivation: 'commenting',
    bodies: [{ type: 'TextualBody', value: 'note', purpose: 'commenting' }],
    creator: 'test',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    target: { selectors: describeSpan(text, start, start + quote.length) },
    anchor: { state: 'anchored', confidence: 1 },
  };
}

const first = annotationOn(oldText, '使其成为华盛顿不可或缺的盟友', 'a1');
const passports = annotationOn(oldText, '至少 110 名外国护照持有者', 'a2');
const money = annotationOn(oldText, '每月 3000 万美元', 'a3');
const last = annotationOn(oldText, '最大的天然气生产国之一', 'a4');
const all = [first, passports, money, last];

describe('reanchorAll', () => {
  it('carries spans in unchanged text over by the diff, and searches only for the ones an edit touched', () => {
    const newText = [
      '新增的导语。',
      paragraphs[0],
      paragraphs[1],
      paragraphs[2].replace('至少 110 名', '至少 120 名'),
      paragraphs[3],
      paragraphs[4],
    ].join('\n\n');
    const outcomes = reanchorAll(all, oldText, newText);
    expect(outcomes.map((o) => o.annotationId)).toEqual(['a1', 'a2', 'a3', 'a4']);
    const byId = Object.fromEntries(outcomes.map((o) => [o.annotationId, o]));
    for (const id of ['a1', 'a3', 'a4']) {
      expect(byId[id]).toMatchObject({ state: 'anchored', confidence: 1, viaDiff: true });
    }
    expect(newText.slice(byId.a3.start, byId.a3.end)).toBe('每月 3000 万美元');
    expect(byId.a2).toMatchObject({ state: 'moved', viaDiff: false });
    expect(newText.slice(byId.a2.start, byId.a2.end)).toBe('至少 120 名外国护照持有者');
    expect(byId.a2.selectors?.quote.exact).toBe('至少 120 名外国护照持有者');
  });

  it('orphans the annotations of a deleted paragraph and keeps the others exact', () => {
    const newText = [paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[4]].join('\n\n');
    const outcomes = reanchorAll(all, oldText, newText);
    expect(outcomes.map((o) => o.state)).toEqual(['anchored', 'orphaned', 'anchored', 'anchored']);
    expect(outcomes[1].selectors).toBeNull();
  });

  it('keeps spans exact in unchanged paragraphs between two separate edits', () => {
    const newText = [
      paragraphs[0].replace('微妙的', '十分微妙的'),
      paragraphs[1],
      paragraphs[2],
      paragraphs[3],
      paragraphs[4].replace('日益重要的', '越来越重要的'),
    ].join('\n\n');
    const outcomes = reanchorAll([passports, money], oldText, newText);
    expect(outcomes.every((o) => o.viaDiff && o.state === 'anchored')).toBe(true);
    expect(newText.slice(outcomes[1].start, outcomes[1].end)).toBe('每月 3000 万美元');
  });

  it('does not trust the diff when the edit pasted a second copy of the annotated paragraph', () => {
    const newText = [paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[2], paragraphs[3], paragraphs[4]].join(
      '\n\n',
    );
    const [outcome] = reanchorAll([passports], oldText, newText);
    expect(outcome.state).toBe('moved');
    expect(outcome.viaDiff).toBe(false);
  });

  it('keeps an annotation on the first of two copies that were both there before, when the edit is elsewhere', () => {
    const twice = [paragraphs[2], paragraphs[0], paragraphs[2], paragraphs[4]].join('\n\n');
    const onFirstCopy = annotationOn(twice, '外国护照持有者', 'dup');
    const edited = twice.replace('它与西方国家', '它与许多西方国家');
    const [outcome] = reanchorAll([onFirstCopy], twice, edited);
    expect(outcome).toMatchObject({ state: 'anchored', viaDiff: true, start: onFirstCopy.target.selectors.position.start });
  });

  it('falls back to searching when the stored selectors do not describe the old text', () => {
    const stale = annotationOn(oldText, '每月 3000 万美元', 'stale');
    stale.target.selectors.position = { start: 0, end: 10 };
    const [outcome] = reanchorAll([stale], oldText, oldText);
    expect(outcome.viaDiff).toBe(false);
    expect(oldText.slice(outcome.start, outcome.end)).toBe('每月 3000 万美元');
  });
});

describe('applyReanchor', () => {
  it('moves anchored and moved annotations to the new revision and leaves orphans on the old one', () => {
    const newText = [paragraphs[0], paragraphs[1], paragraphs[2].replace('110', '120'), paragraphs[4]].join('\n\n');
    const [a1, a2, a3] = reanchorAll([first, passports, money], oldText, newText);
    const kept = applyReanchor(first, a1, 2);
    expect(kept).toMatchObject({ revisionId: 2, anchor: { state: 'anchored', confidence: 1 }, modified: first.modified });
    const moved = applyReanchor(passports, a2, 2);
    expect(moved.revisionId).toBe(2);
    expect(moved.anchor.state).toBe('moved');
    expect(moved.target.selectors.quote.exact).toBe('至少 120 名外国护照持有者');
    const orphan = applyReanchor(money, a3, 2);
    expect(orphan.revisionId).toBe(1);
    expect(orphan.anchor.state).toBe('orphaned');
    expect(orphan.target).toEqual(money.target);
  });
});
