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
