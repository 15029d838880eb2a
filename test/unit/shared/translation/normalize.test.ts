import { describe, expect, it } from 'vitest';
import { normalizeWithMap, originalRange, tmTokens } from '../../../../shared/translation/normalize';

describe('normalizeWithMap', () => {
  it('folds width, typographic punctuation and case, and collapses white space', () => {
    expect(normalizeWithMap('  ＱＡＴＡＲ，“Hamas”  and\n\tIsrael。 ').text).toBe('qatar,"hamas" and israel.');
    expect(normalizeWithMap('Qatar', false).text).toBe('Qatar');
  });

  it('maps every normalised offset back to the original text, on the fast and the slow path', () => {
    for (const original of ['卡塔尔与ＱＡＴＡＲ的关系', '卡塔尔  与  ＱＡＴＡＲ…的关系😀 ﬁnal']) {
      const norm = normalizeWithMap(original);
      const at = norm.text.indexOf('qatar');
      const range = originalRange(norm, at, at + 5, original);
      expect(original.slice(range.start, range.end)).toBe('ＱＡＴＡＲ');
      const fi = norm.text.indexOf('fi');
      if (fi >= 0) {
        const r = originalRange(norm, fi, fi + 5, original);
        expect(original.slice(r.start, r.end)).toBe('ﬁnal');
      }
    }
  });
});

describe('tmTokens', () => {
  it('makes one token per Chinese character, English word, number and punctuation mark', () => {
    const tokens = tmTokens('卡塔尔向 U.S. 支付了 $30,000 的“don’t”');
    expect(tokens.map((t) => t.key)).toEqual(['卡', '塔', '尔', '向', 'u.s', '.', '支', '付', '了', '$', '30,000', '的', '"', "don't", '"']);
    expect(tokens.filter((t) => t.punct).every((t) => t.weight === 0.5)).toBe(true);
  });
});
