import { describe, expect, it } from 'vitest';
import { groupDigits, plural } from '../../../../renderer/app/format';

describe('groupDigits / plural', () => {
  it('write counts as toLocaleString("en") would', () => {
    for (const n of [0, 7, 999, 1000, 12345, 183, 1_000_000, -4321, 2 ** 40, 3.5, 1234.5, Number.MAX_SAFE_INTEGER]) {
      expect(groupDigits(n), String(n)).toBe(n.toLocaleString('en'));
    }
    expect(plural(1, 'link')).toBe('1 link');
    expect(plural(10000, 'link')).toBe('10,000 links');
    expect(plural(2, 'entity', 'entities')).toBe('2 entities');
  });
});
