import { describe, expect, it } from 'vitest';
import { carryAlignment, matchSentences } from '../../../../shared/align/carry';
import type { Bead } from '../../../../shared/align/types';

const ZH = [
  '卡塔尔外交部周二表示，已向加沙运送 3000 万美元的援助物资。',
  '发言人马吉德·安萨里说，首批物资包括药品和食品。',
  '“我们将继续与埃及合作。”他说。',
  '据联合国统计，已有 110 名外国人离开加沙。',
  '以色列尚未对此发表评论。',
];
const EN = [
  "Qatar's foreign ministry said on Tuesday it had sent $30 million in aid to Gaza.",
  'The first shipment includes medicine and food, spokesman Majed al-Ansari said.',
  '"We will keep working with Egypt," he said.',
  'According to the U.N., 110 foreigners have left Gaza.',
  'Israel has not commented.',
];
const pairs = (beads: readonly Bead[]): string[] => beads.map((b) => `${b.zh.join(',')}|${b.en.join(',')}|${b.status ?? 'auto'}`);
const oneToOne = (n: number, confirmed: number[]): Bead[] =>
  Array.from({ length: n }, (_, i) => (confirmed.includes(i) ? { zh: [i], en: [i], confidence: 1, status: 'confirmed' as const } : { zh: [i], en: [i], confidence: 0.5, status: 'auto' as const }));

describe('matchSentences', () => {
  it('matches equal sentences in order, then edited ones above the threshold, and leaves deleted ones out', () => {
    const next = ['新的第一句。', ZH[0], ZH[1].replace('药品', '药物'), ZH[3], '完全不同的一句话，讲的是别的事情。'];
    const m = matchSentences(ZH, next);
    expect(m.map((x) => x?.to ?? null)).toEqual([1, 2, null, 3, null]);
    expect(m[0]?.score).toBe(1);
    expect(m[1]?.score).toBeGreaterThan(0.9);
    expect(m[1]?.score).toBeLessThan(1);
  });

  it('follows a sentence split in two, and two sentences merged into one', () => {
    const split = matchSentences(ZH, [ZH[0], '发言人马吉德·安萨里说，', '首批物资包括药品和食品。', ...ZH.slice(2)]);
    expect(split[1]).toMatchObject({ to: 1, count: 2 });
    expect(split[2]).toMatchObject({ to: 3, count: 1, score: 1 });
    const merged = matchSentences(ZH, [ZH[0], ZH[1] + ZH[2], ...ZH.slice(3)]);
    expect(merged.slice(0, 4).map((m) => m && [m.to, m.count])).toEqual([[0, 1], [1, 1], [1, 1], [2, 1]]);
  });

  it('keeps a repeated sentence on its own occurrence and never crosses matches', () => {
    const m = matchSentences(['甲。', '乙。', '甲。'], ['乙。', '甲。']);
    expect(m.map((x) => x?.to ?? null)).toEqual([null, 0, 1]);
  });
});

describe('carryAlignment', () => {
  it('moves confirmed pairs past an inserted Chinese sentence and aligns only the rest again', () => {
    const beads = oneToOne(5, [2, 3, 4]);
    const zh = [ZH[0], '此外，埃及方面表示边境口岸将于周五重新开放。', ...ZH.slice(1)];
    const r = carryAlignment({ zh: ZH, en: EN, beads }, zh, EN);
    expect(r.lost).toEqual([]);
    expect(r.carried.map((c) => c.from)).toEqual([2, 3, 4]);
    // The confirmed pairs now point at the shifted Chinese sentences.
    expect(pairs(r.beads).slice(-3)).toEqual(['3|2|confirmed', '4|3|confirmed', '5|4|confirmed']);
    expect(r.beads.slice(0, -3).every((b) => b.status === 'auto')).toBe(true);
    expect(r.beads.flatMap((b) => b.zh)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('carries a pair whose Chinese was lightly edited, marked as not exact, and reports a deleted one', () => {
    const beads = oneToOne(5, [1, 4]);
    const zh = [ZH[0], ZH[1].replace('首批', '第一批'), ZH[2], ZH[3]];
    const r = carryAlignment({ zh: ZH, en: EN, beads }, zh, EN);
    expect(r.carried).toEqual([{ from: 1, to: 1, exact: false }]);
    expect(r.lost).toEqual([{ from: 4, reason: 'removed' }]);
    expect(pairs(r.beads)[1]).toBe('1|1|confirmed');
    expect(r.beads.flatMap((b) => b.en)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps a confirmed pair whose Chinese sentence was split in two, as a 2-1 pair', () => {
    const beads = oneToOne(5, [1, 2]);
    const zh = [ZH[0], '发言人马吉德·安萨里说，', '首批物资包括药品和食品。', ...ZH.slice(2)];
    const r = carryAlignment({ zh: ZH, en: EN, beads }, zh, EN);
    expect(r.lost).toEqual([]);
    expect(pairs(r.beads).filter((p) => p.endsWith('confirmed'))).toEqual(['1,2|1|confirmed', '3|2|confirmed']);
    // The text did not change, only where it is cut: the carry counts as exact.
    expect(r.carried.map((c) => c.exact)).toEqual([true, true]);
  });

  it('keeps a confirmed 2-1 pair whose two sentences were merged into one, and reports two pairs that merged', () => {
    const twoOne: Bead[] = [
      { zh: [0], en: [0], confidence: 0.9 },
      { zh: [1, 2], en: [1], confidence: 1, status: 'confirmed' },
      { zh: [3], en: [2], confidence: 0.9 },
      { zh: [4], en: [3], confidence: 0.9 },
    ];
    const en4 = EN.slice(0, 4);
    const merged = [ZH[0], ZH[1] + ZH[2], ZH[3], ZH[4]];
    expect(pairs(carryAlignment({ zh: ZH, en: en4, beads: twoOne }, merged, en4).beads)[1]).toBe('1|1|confirmed');
    const r = carryAlignment({ zh: ZH, en: EN, beads: oneToOne(5, [1, 2]) }, merged, EN);
    expect(r.carried.map((c) => c.from)).toEqual([1]);
    expect(r.lost).toEqual([{ from: 2, reason: 'split' }]);
  });

  it('reports a confirmed pair whose sentence was rewritten beyond recognition as changed', () => {
    const beads = oneToOne(5, [4]);
    const zh = [...ZH.slice(0, 4), '以方发言人周三拒绝就卡塔尔的说法置评，并称行动仍将继续。'];
    const r = carryAlignment({ zh: ZH, en: EN, beads }, zh, EN);
    expect(r.lost).toEqual([{ from: 4, reason: 'changed' }]);
    expect(r.beads.every((b) => b.status === 'auto')).toBe(true);
  });

  it('reports a 2-sentence pair that had a sentence inserted between its sentences as split', () => {
    const beads: Bead[] = [
      { zh: [0, 1], en: [0], confidence: 1, status: 'confirmed' },
      ...[2, 3, 4].map((i) => ({ zh: [i], en: [i - 1], confidence: 0.9 })),
      { zh: [], en: [4], confidence: 0.8 },
    ];
    const zh = [ZH[0], '插入的一句新话，与上下文无关。', ...ZH.slice(1)];
    const r = carryAlignment({ zh: ZH, en: EN, beads }, zh, EN);
    expect(r.lost).toEqual([{ from: 0, reason: 'split' }]);
    expect(r.beads.flatMap((b) => b.zh)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('carries pairs across a replaced English side with an added sentence, and pins what the caller asks', () => {
    const beads = oneToOne(5, [0]);
    const en = [EN[0], 'Aid groups welcomed the move.', ...EN.slice(1)];
    // Bead 3 has a typed target: the caller pins it too, and it keeps its `auto` status.
    const r = carryAlignment({ zh: ZH, en: EN, beads }, ZH, en, { pinned: (b, k) => b.status === 'confirmed' || k === 3 });
    expect(r.carried.map((c) => [c.from, c.to])).toEqual([[0, 0], [3, r.beads.findIndex((b) => b.zh[0] === 3)]]);
    expect(pairs(r.beads).find((p) => p.startsWith('3|'))).toBe('3|4|auto');
    expect(pairs(r.beads)[0]).toBe('0|0|confirmed');
    expect(r.beads.flatMap((b) => b.en)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('carries a confirmed gap pair (nothing in English) to where its neighbours went', () => {
    const valid: Bead[] = [
      { zh: [0], en: [0], confidence: 0.9 },
      { zh: [1], en: [], confidence: 1, status: 'confirmed' },
      { zh: [2], en: [1], confidence: 0.9 },
      { zh: [3], en: [2], confidence: 0.9 },
      { zh: [4], en: [3], confidence: 0.9 },
    ];
    const en4 = [EN[0], EN[2], EN[3], EN[4]];
    const zh = ['新增的导语句子，说明背景情况。', ...ZH];
    const r = carryAlignment({ zh: ZH, en: en4, beads: valid }, zh, en4);
    expect(r.lost).toEqual([]);
    expect(pairs(r.beads).filter((p) => p.endsWith('confirmed'))).toEqual(['2||confirmed']);
  });
});
