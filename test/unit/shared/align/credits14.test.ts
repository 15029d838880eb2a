/**
 * Bylines and captions are told from headings that look like them (found in review): "By The Numbers", "By Monday
 * Afternoon", 记者手记, 记者节 are headings or prose, while "By Maria Olsen in Oslo", "Reporting by Li Min", "Li Min
 * reporting from Los Angeles", 本报记者 李敏 are credits.
 */
import { describe, expect, it } from 'vitest';
import { isCredit } from '../../../../shared/align/features';

describe('credits and look-alike headings', () => {
  it('reads bylines and captions as credits', () => {
    for (const en of ['By Maria Olsen in Oslo', 'By Li Min and John Smith, Reuters', 'Reporting by Li Min', 'Additional reporting by Jane Doe in London', 'Li Min reporting from Los Angeles', 'Rescuers search the rubble. (Photo: AP)']) {
      expect(isCredit(en, 'en'), en).toBe(true);
    }
    for (const zh of ['本报记者 李敏', '記者王小明／台北報導', '本报记者 李敏 洛杉矶报道', '图为救援人员在现场搜救。']) expect(isCredit(zh, 'zh'), zh).toBe(true);
  });

  it('does not read headings that start like a byline as credits', () => {
    for (const en of ['By The Numbers', 'By Monday Afternoon', 'By Christmas Eve', 'By New Year', 'By Invitation Only', 'By Air']) {
      expect(isCredit(en, 'en'), en).toBe(false);
    }
    for (const zh of ['记者手记', '记者节', '记者调查：谁在操纵房价', '记者会上，发言人表示']) expect(isCredit(zh, 'zh'), zh).toBe(false);
  });
});
