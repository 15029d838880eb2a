import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../../../shared/text/scriptFold';
import { SIMPLIFIED, TRADITIONAL } from '../../../../shared/text/simplifiedTable';

describe('traditional -> simplified folding for matching', () => {
  it('folds traditional news prose character for character', () => {
    expect(foldToSimplified('據路透社報導，美國商務部表示將提供至少 520 億美元。')).toBe('据路透社报导，美国商务部表示将提供至少 520 亿美元。');
    expect(foldToSimplified('「我們不會放棄。」他說。')).toBe('「我们不会放弃。」他说。');
    expect(foldToSimplified('兩國關係')).toBe('两国关系');
  });

  it('keeps offsets: the result has the same length, and untouched characters stay where they were', () => {
    const text = '台灣😀半導體 TSMC 1.5 兆新台幣';
    const folded = foldToSimplified(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('台湾😀半导体 TSMC 1.5 兆新台币');
  });

  it('leaves simplified text, and characters simplified Chinese also writes, unchanged', () => {
    const simplified = '阿拉伯小国卡塔尔如何在与哈马斯的谈判中变得不可或缺；著名的作家。';
    expect(foldToSimplified(simplified)).toBe(simplified);
    expect(foldToSimplified('English only, 100%.')).toBe('English only, 100%.');
  });

  it('folds Hong Kong forms the CC-CEDICT table misses, as Taiwan forms fold (衞生署 = 衛生署 = 卫生署)', () => {
    expect(foldToSimplified('衞生署')).toBe(foldToSimplified('衛生署'));
    expect(foldToSimplified('衞生署')).toBe('卫生署');
    expect(foldToSimplified('閲覽室')).toBe(foldToSimplified('閱覽室'));
    expect(foldToSimplified('尖鋭的批評')).toBe(foldToSimplified('尖銳的批評'));
    expect(foldToSimplified('緑色')).toBe('绿色');
  });

  it('has a one-to-one table of single code units', () => {
    expect(TRADITIONAL.length).toBe(SIMPLIFIED.length);
    expect(TRADITIONAL.length).toBeGreaterThan(2000);
    expect(new Set(TRADITIONAL).size).toBe(TRADITIONAL.length);
    for (const ch of TRADITIONAL + SIMPLIFIED) expect(ch.length).toBe(1);
  });
});
