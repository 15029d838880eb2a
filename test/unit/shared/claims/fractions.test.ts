import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../../shared/claims/quantities';

const one = (text: string) => findQuantities(text, { published: '2023-11-03T06:22:00Z' })[0] ?? null;

describe("成 as tenths", () => {
  it('reads N 成 as a percentage, with approximations', () => {
    expect(one('近 4 成民众支持')).toMatchObject({ text: '近 4 成', kind: 'percent', value: 40, unit: '%', approx: 'about' });
    expect(one('约七成的受访者')).toMatchObject({ text: '约七成', kind: 'percent', value: 70, approx: 'about' });
    expect(one('增长三成')).toMatchObject({ text: '三成', kind: 'percent', value: 30 });
    expect(one('7.5 成')).toMatchObject({ kind: 'percent', value: 75 });
    expect(one('近四成選民')).toMatchObject({ kind: 'percent', value: 40, approx: 'about' });
  });

  it('leaves the 成 of other words, and more than ten tenths, alone', () => {
    expect(one('5 成员国')?.kind).not.toBe('percent');
    expect(one('12 成')?.kind).not.toBe('percent');
    expect(one('他成为第一')).toBeNull();
  });
});

describe('fractions of a scale in English', () => {
  it('reads "half a million" as 500,000 and keeps "half the people" out', () => {
    expect(one('nearly half a million refugees')).toMatchObject({ kind: 'count', value: 500_000, unit: 'refugees', approx: 'about' });
    expect(one('half a billion dollars')).toMatchObject({ kind: 'money', value: 5e8, currency: 'USD' });
    expect(one('half the people')).toBeNull();
  });
});

describe('fractions as percentages', () => {
  const all = (text: string) => findQuantities(text, { published: '2023-11-03T06:22:00Z' });

  it('reads 三分之二 / 五分之一 / 一半 / 半数以上 as the share they state, not their numerals alone', () => {
    expect(all('约三分之二的人口流离失所。')).toMatchObject([{ text: '约三分之二', kind: 'percent', value: 66.7, unit: '%', approx: 'about' }]);
    expect(all('五分之一的加沙人无法获得清洁饮水')).toMatchObject([{ text: '五分之一', value: 20 }]);
    expect(all('4分之3的选民')).toMatchObject([{ text: '4分之3', value: 75 }]);
    expect(all('近一半的人质是外国人')).toMatchObject([{ text: '近一半', value: 50, approx: 'about' }]);
    expect(all('半数以上的受访者反对')).toMatchObject([{ text: '半数以上', value: 50, approx: 'moreThan' }]);
    expect(all('過半數議員支持')).toMatchObject([{ value: 50, approx: 'moreThan' }]);
  });

  it('reads "two-thirds of", "nearly half of", "a third of" and "1 in 5" the same way', () => {
    expect(all('Around two-thirds of the population has been displaced')).toMatchObject([{ text: 'Around two-thirds', value: 66.7, approx: 'about' }]);
    expect(all('Nearly half of the hostages are foreigners')).toMatchObject([{ text: 'Nearly half', value: 50, approx: 'about' }]);
    expect(all('a third of voters')).toMatchObject([{ text: 'a third', value: 33.3 }]);
    expect(all('three quarters of the budget')).toMatchObject([{ value: 75 }]);
    expect(all('Only 1 in 5 Gazans has clean water')).toMatchObject([{ text: '1 in 5', value: 20 }]);
    expect(all('one out of four children')).toMatchObject([{ text: 'one out of four', value: 25 }]);
  });

  it('reads 每 N 人中有 M 人 and "cut by a third" as the share they state', () => {
    expect(all('每五个人中就有一人患有慢性病。')).toMatchObject([{ text: '每五个人中就有一人', kind: 'percent', value: 20 }]);
    expect(all('每10名儿童中有1名营养不良。')).toMatchObject([{ text: '每10名儿童中有1名', value: 10 }]);
    expect(all('每天中午有3个人来。').map((q) => q.kind)).not.toContain('percent');
    expect(all('Rent rose by a third in two years.')[0]).toMatchObject({ text: 'a third', kind: 'percent', value: 33.3 });
    expect(all('The budget was cut by half.')).toMatchObject([{ text: 'half', value: 50 }]);
    expect(all('Sales fell by nearly two-thirds.')).toMatchObject([{ text: 'nearly two-thirds', value: 66.7, approx: 'about' }]);
    expect(all('Prices rose by a quarter-point.').map((q) => q.kind)).not.toContain('percent');
  });

  it('agrees across languages: 三分之二的人口 and "two-thirds of the population" are one figure', () => {
    const [zh] = all('三分之二的人口');
    const [en] = all('two-thirds of the population');
    expect([zh.kind, zh.value]).toEqual([en.kind, en.value]);
  });

  it('leaves alone what only looks like a fraction', () => {
    expect(all('他的另一半是医生')).toEqual([]);
    expect(all('百分之三十的人')).toMatchObject([{ text: '百分之三十', value: 30 }]);
    expect(all('the third of October').map((q) => q.kind)).toEqual(['date']);
    expect(all('He scored 2 in 10 minutes').map((q) => q.kind)).not.toContain('percent');
    expect(all('half the people')).toEqual([]);
  });
});
