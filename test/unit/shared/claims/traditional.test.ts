/**
 * Articles in traditional characters get the same suggestions and normalised values as simplified ones: word lists
 * are simplified, matching folds the text (shared/text/scriptFold) and the spans point into the original.
 */
import { describe, expect, it } from 'vitest';
import { suggestClaims, toSuggestionJSON } from '../../../../shared/claims/suggest';
import { findQuantities } from '../../../../shared/claims/quantities';

const published = '2020-08-14T08:08:00Z';

function figures(text: string) {
  return findQuantities(text, { published }).map((q) => {
    const j = toSuggestionJSON(q);
    return { text: j.text, kind: j.kind, value: j.value, currency: j.currency, approx: j.approx, unit: j.unit, per: j.per, date: j.date };
  });
}

describe('claims in traditional Chinese', () => {
  it('reads traditional scales, currencies, approximations and rates', () => {
    expect(figures('約合 500 億美元')).toEqual([
      { text: '約合 500 億美元', kind: 'money', value: 5e10, currency: 'USD', approx: 'about', unit: null, per: null, date: null },
    ]);
    expect(figures('營收達 1.5 兆新台幣')[0]).toMatchObject({ text: '1.5 兆新台幣', value: 1.5e12, currency: 'TWD' });
    expect(figures('超過 100 兆日圓的預算')[0]).toMatchObject({ value: 1e14, currency: 'JPY', approx: 'moreThan' });
    expect(figures('每月 3000 萬美元')[0]).toMatchObject({ value: 3e7, currency: 'USD', per: 'month' });
    expect(figures('至少 110 名外國護照持有者')[0]).toMatchObject({ value: 110, approx: 'atLeast', unit: 'people' });
    expect(figures('兩百多名人質')[0]).toMatchObject({ value: 200, approx: 'moreThan', unit: 'hostages' });
  });

  it('keeps 兆 as a metric prefix out of money: 300 兆瓦 is not 300 trillion', () => {
    expect(figures('裝機容量 300 兆瓦').find((q) => q.value === 3e14)).toBeUndefined();
  });

  it('finds attributed statements written in traditional characters, with spans into the original text', () => {
    const text = '據路透社報導，台積電去年營收大增。「我們不會放棄。」他說。這是一句普通的話。';
    const statements = suggestClaims(text, { published }).filter((q) => q.kind === 'statement');
    expect(statements.map((s) => s.text)).toEqual(['據路透社報導，台積電去年營收大增。', '「我們不會放棄。」他說。']);
    for (const s of statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('resolves relative dates in traditional text against the publication date', () => {
    expect(figures('去年年底')[0]).toMatchObject({ kind: 'date' });
    expect(figures('去年')[0]).toMatchObject({ kind: 'date', date: '2019' });
  });
});
