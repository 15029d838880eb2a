import { describe, expect, it } from 'vitest';
import { findNumerals, foldWidth, parseEnglishWords, parseZhInteger, parseZhNumeral } from '../../../../shared/claims/numerals';

describe('parseZhInteger', () => {
  it.each([
    ['两', 2], ['十', 10], ['十五', 15], ['二十', 20], ['二十五', 25], ['一百零五', 105], ['一千零五十', 1050],
    ['三千五百', 3500], ['两万', 20_000], ['十万', 100_000], ['三十五万六千', 356_000], ['一亿五千万', 150_000_000],
    ['三万亿', 3e12], ['二〇一七', 2017], ['二零二三', 2023], ['壹佰', 100], ['兩千', 2000],
  ])('%s = %d', (s, v) => {
    expect(parseZhInteger(s)).toBe(v);
  });

  it.each(['三五', '万', '亿', '百万', '千', '一一', '两〇二三'])('%s is not one number', (s) => {
    expect(parseZhInteger(s)).toBeNull();
  });
});

describe('parseZhNumeral', () => {
  it('reads decimals and a trailing scale', () => {
    expect(parseZhNumeral('三点五')).toBe(3.5);
    expect(parseZhNumeral('一点五万亿')).toBe(1.5e12);
    expect(parseZhNumeral('零点零五')).toBe(0.05);
  });
});

describe('parseEnglishWords', () => {
  it.each([
    ['two', 2], ['twenty-five', 25], ['two hundred and five', 205], ['a million', 1e6], ['three million', 3e6],
    ['one million two hundred thousand', 1_200_000], ['a dozen', 12],
  ])('%s = %d', (s, v) => {
    expect(parseEnglishWords(s.split(/[\s-]+/))?.value).toBe(v);
  });

  it('refuses lists that are not one number', () => {
    expect(parseEnglishWords(['two', 'and', 'three'])).toBeNull();
    expect(parseEnglishWords(['one', 'two'])).toBeNull();
    expect(parseEnglishWords(['thousand'])).toBeNull();
  });
});

describe('foldWidth', () => {
  it('folds full-width digits and signs one code unit for one, keeping the Chinese comma', () => {
    const text = '每月３，０００万美元，增长３０％－４０％';
    const folded = foldWidth(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('每月3，000万美元，增长30%-40%');
  });
});

describe('findNumerals', () => {
  it('finds Arabic, Chinese and English numerals with their values', () => {
    const found = findNumerals('3,000 人、两名、twenty-five and 1.5');
    expect(found.map((t) => [t.form, t.value])).toEqual([
      ['arabic', 3000],
      ['zh', 2],
      ['en', 25],
      ['arabic', 1.5],
    ]);
  });

  it('skips numerals inside words', () => {
    expect(findNumerals('F-16 A4 第三 周三 无数人')).toEqual([]);
  });

  it('reads vague numerals as the least and the most they mean', () => {
    const read = (text: string) => findNumerals(text).map((t) => [text.slice(t.start, t.end), t.value, t.vagueMax]);
    expect(read('几十 数百 數千 几十万')).toEqual([['几十', 20, 90], ['数百', 200, 900], ['數千', 2000, 9000], ['几十万', 200_000, 900_000]]);
    expect(read('十几 二十几 十几万')).toEqual([['十几', 11, 19], ['二十几', 21, 29], ['十几万', 110_000, 190_000]]);
    expect(read('hundreds of tens of thousands of')).toEqual([['hundreds of', 200, 900], ['tens of thousands of', 20_000, 90_000]]);
    // 千余 is "a thousand-odd": one thousand, the 余 read by the amount.
    expect(read('千余人')).toEqual([['千', 1000, undefined]]);
  });
});
