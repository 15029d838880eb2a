import { describe, expect, it } from 'vitest';
import type { AlignedPair } from '../../../../shared/model/translation';
import { parseTmx, toTmx } from '../../../../shared/export/tmx';
import { parseXliff } from '../../../../shared/export/xliffImport';
import { toXliff } from '../../../../shared/export/xliff';
import { unitsFromPairs } from '../../../../shared/translation/units';

const PAIRS: AlignedPair[] = [
  { id: 41, zh: [0], en: [0, 1], zhText: '卡塔尔再次成为全球外交的中心。', enText: 'Qatar is at the centre of diplomacy. Again.', status: 'confirmed', confidence: 1, notes: [{ category: 'claim', text: 'checked', appliesTo: 'source' }] },
  { zh: [1], en: [], zhText: '本台将持续关注。', enText: '', status: 'auto', confidence: 0.7 },
  { zh: [2], en: [2], zhText: '周三。', enText: 'On Wednesday.', status: 'auto', confidence: 0.62, targetStatus: 'draft' },
];

describe('unitsFromPairs', () => {
  it('turns pairs into memory units, leaving out one-sided pairs, with status, confidence, origin and notes', () => {
    const units = unitsFromPairs(PAIRS, { origin: 'article:7', created: '2023-11-03T06:22:00Z' });
    expect(units).toEqual([
      {
        id: 'p41',
        source: PAIRS[0].zhText,
        target: PAIRS[0].enText,
        sourceLang: 'zh-CN',
        targetLang: 'en',
        pairStatus: 'confirmed',
        confidence: 1,
        origin: 'article:7',
        created: '2023-11-03T06:22:00Z',
        notes: [{ category: 'claim', text: 'checked', appliesTo: 'source' }],
      },
      { id: 'p3', source: '周三。', target: 'On Wednesday.', sourceLang: 'zh-CN', targetLang: 'en', pairStatus: 'auto', confidence: 0.62, status: 'draft', origin: 'article:7', created: '2023-11-03T06:22:00Z' },
    ]);
    expect(unitsFromPairs(PAIRS, { skipOneSided: false })).toHaveLength(3);
  });

  it('survives a TMX and an XLIFF round trip', () => {
    const units = unitsFromPairs(PAIRS, { origin: 'article:7' });
    expect(parseTmx(toTmx(units))).toEqual(units);
    // XLIFF always states a status: a unit without one is exported as translated (it has a target).
    expect(parseXliff(toXliff(units))).toEqual(units.map((u) => ({ ...u, status: u.status ?? 'translated' })));
  });
});
