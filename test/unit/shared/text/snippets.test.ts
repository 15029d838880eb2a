import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../../shared/text/snippets';

describe('finding a phrase in an article text', () => {
  it('counts every occurrence and gives the first ones with context cut at line breaks', () => {
    const text = '第一段提到卡塔尔。\n\n卡塔尔每月向加沙提供 3000 万美元，卡塔尔官员说。\n最后一行。';
    const found = findMatches(text, '卡塔尔', { max: 2, context: 4 });
    expect(found.count).toBe(3);
    expect(found.matches).toEqual([
      { start: 5, end: 8, before: '一段提到', match: '卡塔尔', after: '。' },
      { start: 11, end: 14, before: '', match: '卡塔尔', after: '每月向加' },
    ]);
    expect(text.slice(found.matches[1].start, found.matches[1].end)).toBe('卡塔尔');
  });

  it('ignores case and surrounding spaces of the query, keeping the text as written', () => {
    const found = findMatches('Officials in Doha said DOHA would mediate.', '  doha ');
    expect(found.count).toBe(2);
    expect(found.matches.map((m) => m.match)).toEqual(['Doha', 'DOHA']);
  });

  it('matches traditional and simplified spellings of a phrase, showing the text as written', () => {
    const found = findMatches('據路透社報導，卡塔爾每月提供資金。另据路透社报道。', '据路透社报');
    expect(found.count).toBe(2);
    expect(found.matches.map((m) => m.match)).toEqual(['據路透社報', '据路透社报']);
    // Character by character: regional words (報導 / 报道) are not the same phrase.
    expect(findMatches('據路透社報導', '报道').count).toBe(0);
    expect(findMatches('卡塔尔', '卡塔爾').count).toBe(1);
  });

  it('stays exact where lower-casing would shift offsets', () => {
    // 'İ' lower-cases to two code units: the search falls back to matching case as written.
    const text = 'İstanbul and istanbul';
    expect(findMatches(text, 'istanbul').matches.map((m) => [m.start, m.match])).toEqual([[13, 'istanbul']]);
  });

  it('finds nothing for an empty query or a missing phrase, and does not count overlaps twice', () => {
    expect(findMatches('abc', '   ')).toEqual({ count: 0, matches: [] });
    expect(findMatches('abc', 'x')).toEqual({ count: 0, matches: [] });
    expect(findMatches('aaaa', 'aa').count).toBe(2);
  });
});

describe('findMatches across letter and digit widths', () => {
  it('finds full-width letters and digits from a half-width query and the other way round, sliced as written', () => {
    const text = '卡塔尔每月提供３０００万美元，ＧＤＰ增长3.5％。';
    expect(findMatches(text, '3000万').matches.map((m) => [m.start, m.match])).toEqual([[7, '３０００万']]);
    expect(findMatches(text, 'gdp').matches.map((m) => m.match)).toEqual(['ＧＤＰ']);
    expect(findMatches('每月3000万美元', '３０００').matches.map((m) => m.match)).toEqual(['3000']);
    // Full-width punctuation is not folded: a half-width % does not find ％.
    expect(findMatches(text, '3.5%').count).toBe(0);
    expect(findMatches(text, '3.5％').count).toBe(1);
  });
});
