import { describe, expect, it } from 'vitest';
import { confidencePercent, isLowConfidence, nextAttention } from '../../../../renderer/translation/attention';
import { bytesToBase64 } from '../../../../renderer/app/base64';
import { textToBase64 } from '../../../../renderer/translation/fileBytes';
import { locatePairRuns, runsAt } from '../../../../renderer/translation/linkRuns';
import { pairCommandFor, type KeyLike } from '../../../../renderer/translation/pairKeys';
import { cutsOf, defaultSplit, isValidSplit } from '../../../../renderer/translation/splitPoints';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('alignment keys', () => {
  it('maps the documented keys to their commands', () => {
    expect(pairCommandFor(key('ArrowDown'))).toEqual({ kind: 'select', delta: 1 });
    expect(pairCommandFor(key('ArrowUp'))).toEqual({ kind: 'select', delta: -1 });
    expect(pairCommandFor(key('m'))).toEqual({ kind: 'merge' });
    expect(pairCommandFor(key('M', { shiftKey: true }))).toBeNull();
    expect(pairCommandFor(key('s'))).toEqual({ kind: 'split' });
    expect(pairCommandFor(key('ArrowUp', { altKey: true }))).toEqual({ kind: 'shift', side: 'en', direction: 'up' });
    expect(pairCommandFor(key('ArrowDown', { altKey: true, shiftKey: true }))).toEqual({ kind: 'shift', side: 'zh', direction: 'down' });
    expect(pairCommandFor(key('g'))).toEqual({ kind: 'gap', side: 'en' });
    expect(pairCommandFor(key('G', { shiftKey: true }))).toEqual({ kind: 'gap', side: 'zh' });
    expect(pairCommandFor(key('Enter'))).toEqual({ kind: 'confirm' });
    expect(pairCommandFor(key('c'))).toEqual({ kind: 'confirm' });
    expect(pairCommandFor(key('n'))).toEqual({ kind: 'next-attention' });
    expect(pairCommandFor(key('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(pairCommandFor(key('z', { metaKey: true }))).toEqual({ kind: 'undo' });
  });

  it('leaves other keys and modified letters to the browser', () => {
    expect(pairCommandFor(key('x'))).toBeNull();
    expect(pairCommandFor(key('m', { ctrlKey: true }))).toBeNull();
    expect(pairCommandFor(key('c', { altKey: true }))).toBeNull();
    expect(pairCommandFor(key('z', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('attention', () => {
  const pairs = [
    { status: 'confirmed' as const, confidence: 1 },
    { status: 'auto' as const, confidence: 0.95 },
    { status: 'auto' as const, confidence: 0.3 },
    { status: 'auto' as const, confidence: 0.9 },
  ];
  it('marks only unconfirmed low-confidence pairs', () => {
    expect(pairs.map((p) => isLowConfidence(p))).toEqual([false, false, true, false]);
    expect(isLowConfidence({ status: 'confirmed', confidence: 0.1 })).toBe(false);
  });
  it('jumps to low-confidence pairs first, wrapping, then to unconfirmed ones', () => {
    expect(nextAttention(pairs, 0)).toBe(2);
    expect(nextAttention(pairs, 2)).toBe(2);
    const noLow = pairs.map((p) => ({ ...p, confidence: Math.max(p.confidence, 0.9) }));
    expect(nextAttention(noLow, 1)).toBe(2);
    expect(nextAttention(noLow, 3)).toBe(1);
    expect(nextAttention(pairs.map(() => ({ status: 'confirmed' as const, confidence: 1 })), 0)).toBeNull();
    expect(nextAttention([], 0)).toBeNull();
  });
  it('shows confidence as a clamped whole percentage', () => {
    expect(confidencePercent(0.873)).toBe(87);
    expect(confidencePercent(1.2)).toBe(100);
    expect(confidencePercent(Number.NaN)).toBe(0);
  });
});

describe('link runs', () => {
  const text = '卡塔尔外交部长说，哈马斯同意。卡塔尔再次斡旋。';
  const links = [
    { start: 0, end: 3, lang: 'zh', target: '卡塔尔' },
    { start: 9, end: 12, lang: 'zh', target: '哈马斯' },
    { start: 15, end: 18, lang: 'zh', target: '卡塔尔' },
  ];
  it('cuts a span into plain and link runs', () => {
    expect(runsAt(text, 0, 15, links)).toEqual([
      { text: '卡塔尔', link: { lang: 'zh', target: '卡塔尔' } },
      { text: '外交部长说，', link: null },
      { text: '哈马斯', link: { lang: 'zh', target: '哈马斯' } },
      { text: '同意。', link: null },
    ]);
  });
  it('clips a link that crosses the span boundary', () => {
    expect(runsAt(text, 10, 3, links)).toEqual([
      { text: '马斯', link: { lang: 'zh', target: '哈马斯' } },
      { text: '同', link: null },
    ]);
  });
  it('finds pairs in order, keeps a repeated text on its own occurrence and falls back to plain text', () => {
    const t = '好。好。';
    const located = locatePairRuns(t, ['好。', '好。', '不见了。', ''], [{ start: 2, end: 3, lang: 'zh', target: '好' }]);
    expect(located.map((l) => l.start)).toEqual([0, 2, -1, -1]);
    expect(located[1].runs[0].link?.target).toBe('好');
    expect(located[0].runs[0].link).toBeNull();
    expect(located[2].runs).toEqual([{ text: '不见了。', link: null }]);
  });
});

describe('file bytes', () => {
  it('encodes UTF-8 text and large byte arrays as base64', () => {
    expect(textToBase64('卡塔尔 Qatar')).toBe(Buffer.from('卡塔尔 Qatar', 'utf8').toString('base64'));
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});

describe('split points', () => {
  it('lists cuts from the first sentence to just after the last', () => {
    expect(cutsOf([3, 4])).toEqual([3, 4, 5]);
    expect(cutsOf([])).toEqual([]);
  });
  it('accepts only cuts that leave both parts non-empty', () => {
    expect(isValidSplit([3, 4], [5, 6], 4, 6)).toBe(true);
    expect(isValidSplit([3], [5], 3, 5)).toBe(false);
    expect(isValidSplit([3], [5], 4, 5)).toBe(true);
    expect(isValidSplit([3, 4], [5], 9, 5)).toBe(false);
  });
  it('prefers a split into two full pairs', () => {
    expect(defaultSplit([3, 4], [5, 6])).toEqual({ zhAt: 4, enAt: 6 });
    expect(defaultSplit([3], [5, 6])).toEqual({ zhAt: 4, enAt: 6 });
    expect(defaultSplit([3], [])).toBeNull();
    expect(defaultSplit([3], [5])).not.toBeNull();
  });
});
