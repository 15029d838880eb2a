import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring/describeSpan';

describe('describeSpan', () => {
  const text = '据路透社报道，卡塔尔还向加沙的公共部门支付工资，这是每月 3000 万美元的家庭津贴。';

  it('describes a span by its quote, context either side and offsets', () => {
    const start = text.indexOf('每月');
    expect(describeSpan(text, start, start + 11, 6)).toEqual({
      quote: { exact: '每月 3000 万美元', prefix: '付工资，这是', suffix: '的家庭津贴。' },
      position: { start, end: start + 11 },
    });
  });

  it('cuts the context at the ends of the text', () => {
    const selectors = describeSpan(text, 0, 4);
    expect(selectors.quote.prefix).toBe('');
    expect(selectors.quote.suffix).toBe(text.slice(4, 36));
    expect(describeSpan(text, text.length - 1, text.length).quote.suffix).toBe('');
  });

  it('never starts or ends the context inside a surrogate pair', () => {
    const emoji = 'ab😀cd😀ef';
    const start = emoji.indexOf('cd');
    expect(describeSpan(emoji, start, start + 2, 2).quote).toEqual({ exact: 'cd', prefix: '😀', suffix: '😀' });
    // One code unit either side would be half an emoji: the context is shortened instead.
    expect(describeSpan(emoji, start, start + 2, 1).quote).toEqual({ exact: 'cd', prefix: '', suffix: '' });
  });

  it('refuses empty, inverted and out-of-range spans', () => {
    expect(() => describeSpan(text, 3, 3)).toThrow(RangeError);
    expect(() => describeSpan(text, 5, 2)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, text.length + 1)).toThrow(RangeError);
    expect(() => describeSpan(text, 0.5, 2)).toThrow(RangeError);
  });
});
