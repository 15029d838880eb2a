/**
 * The number check keeps percentages, percentage points and basis points apart (review of session 17: 2 个百分点 /
 * "2 percent" and 25 个基点 / "25 percent" passed unflagged), and still matches the same figure written in another
 * unit of the same kind (25 个基点 / "0.25 percentage points") or the same unit written differently.
 */
import { describe, expect, it } from 'vitest';
import { checkPairs } from '../../../../shared/translation/checks';

const numberFindings = (zh: string, en: string) => checkPairs([{ zh, en }], { glossary: [] }).filter((f) => f.kind === 'number');

const DISAGREE: [string, string][] = [
  ['失业率上升了 2 个百分点。', 'Unemployment rose by 2 percent.'],
  ['失业率上升了 2%。', 'Unemployment rose by 2 percentage points.'],
  ['央行加息 25 个基点。', 'The central bank raised rates by 25 percent.'],
  ['央行加息 25 个基点。', 'The central bank raised rates by 25 percentage points.'],
  ['支持率下降了百分之五。', 'Approval fell by five percentage points.'],
  ['利率下调了 0.5 个百分点。', 'The rate was cut by 0.5%.'],
  ['失業率上升了 1.5 個百分點。', 'Unemployment rose 1.5 per cent.'],
];

const AGREE: [string, string][] = [
  ['失业率上升了 2 个百分点。', 'Unemployment rose by 2 percentage points.'],
  ['央行加息 25 个基点。', 'The central bank raised rates by 25 basis points.'],
  ['央行加息 25 个基点。', 'The central bank raised rates by 0.25 percentage points.'],
  ['利率下调了 50 个基点。', 'The rate was cut by half a percentage point.'],
  ['失业率为 5.2%。', 'The unemployment rate was 5.2 percent.'],
  ['支持率为百分之三十。', 'Approval stood at 30%.'],
  ['失業率上升了 1.5 個百分點。', 'Unemployment rose 1.5 percentage points.'],
  ['经济增长 5%，高于预期的 4.8%。', 'The economy grew 5 percent, above the 4.8 percent expected.'],
];

describe('percentages, percentage points and basis points in the number check', () => {
  it.each(DISAGREE)('flags %s / %s', (zh, en) => {
    expect(numberFindings(zh, en).length).toBeGreaterThan(0);
  });

  it.each(AGREE)('accepts %s / %s', (zh, en) => {
    expect(numberFindings(zh, en)).toEqual([]);
  });
});
