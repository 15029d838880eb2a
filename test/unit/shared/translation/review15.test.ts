/**
 * What the review of session 15's number check found: a conversion in brackets that is wrong is a figure the other
 * side does not have (it was taken for a restatement and left out), and figures of one value in two units pair by
 * unit, not by order.
 */
import { describe, expect, it } from 'vitest';
import { checkPairs } from '../../../../shared/translation/checks';

const details = (zh: string, en: string): string[] =>
  checkPairs([{ zh, en }], { glossary: [], published: '2024-05-14T00:00:00Z', kinds: ['number'] }).map((f) => f.detail);

describe('a conversion in brackets', () => {
  it('is left out when it agrees with the figure before it', () => {
    expect(details('全长10英里。', 'It is 10 miles (16 km) long.')).toEqual([]);
    expect(details('占地6亩。', 'It covers 6 mu (0.4 hectares).')).toEqual([]);
    expect(details('气温达45摄氏度。', 'Temperatures reached 45C (113F).')).toEqual([]);
    expect(details('重3500公斤。', 'It weighs 3,500 kg (7,716 lb).')).toEqual([]);
  });

  it('is reported when it does not', () => {
    expect(details('全长10英里。', 'It is 10 miles (26 km) long.')).toEqual(['"26 km" (26 km) in the English is not in the Chinese']);
    expect(details('气温达45摄氏度。', 'Temperatures reached 45C (100F).')).toEqual(['"100F" (100°F) in the English is not in the Chinese']);
    expect(details('重3500公斤。', 'It weighs 3,500 kg (3,500 lb).')).toHaveLength(1);
  });
});

describe('figures of one value in two units', () => {
  it('pair by unit whatever their order', () => {
    expect(details('他5天内走了5小时。', 'He walked 5 hours in 5 days.')).toEqual([]);
    expect(details('3个月里开了3周会。', 'There were 3 weeks of meetings in 3 months.')).toEqual([]);
  });

  it('still report a unit that changed', () => {
    expect(details('他走了5小时。', 'He walked 5 days.')).toEqual(['5小时 is in hours but the English says days ("5 days")']);
  });
});
