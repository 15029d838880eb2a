import { describe, expect, it } from 'vitest';
import { groupDigits, languageName, plural } from '../../../../renderer/app/format';

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

describe('languageName', () => {
  it('names languages as Intl.DisplayNames does, the common ones without it', () => {
    const intl = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const code of ['zh', 'en', 'ja', 'ar', 'he', 'fa', 'uk', 'ZH', 'zh-yue', 'simple']) {
      expect(languageName(code), code).toBe(intl.of(code));
    }
    expect(languageName('not a code!')).toBe('not a code!');
  });
});
