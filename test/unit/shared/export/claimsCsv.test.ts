import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model/annotation';
import { CLAIM_CSV_COLUMNS, claimsCsv, csvField } from '../../../../shared/export/claimsCsv';
import { sampleAnnotations } from './annotationFixtures';
import { parseCsvStrict as parseCsv } from './hostileChecks';

function claimWith(patch: Partial<NonNullable<Annotation['claim']>>): Annotation {
  const base = sampleAnnotations()[0];
  return { ...base, claim: { ...base.claim!, ...patch } };
}

describe('claimsCsv', () => {
  it('writes a header and one row per claim, skipping annotations without a claim', () => {
    const rows = parseCsv(claimsCsv(sampleAnnotations()));
    expect(rows[0]).toEqual([...CLAIM_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0].map((name, i) => [name, rows[1][i]]));
    expect(row).toMatchObject({
      stated_text: '每月 3000 万美元',
      english: '$30M per month',
      value_number: '30000000',
      currency: 'USD',
      per: 'month',
      verdict: 'mostly true',
      anchor_state: 'moved',
      source_urls:
        'https://www.reuters.com/world/middle-east/qatar-gaza-2023-10-27/ http://example.org/report?a=1&b="x"',
    });
    expect(row.sources.split('\n')).toEqual([
      'Qatar pays salaries in Gaza — Reuters, 2023-10-27 (credibility 5/5) <https://www.reuters.com/world/middle-east/qatar-gaza-2023-10-27/>',
      'Report, "annotated" <http://example.org/report?a=1&b="x">',
    ]);
  });

  it('quotes commas, quotes and line breaks so that every field reads back unchanged', () => {
    const awkward = 'He said, "30 million"\nper month;\r\nthen left';
    const csv = claimsCsv([claimWith({ rationale: awkward, attributedTo: 'Cohen, Eli' })]);
    const rows = parseCsv(csv);
    expect(rows[1][CLAIM_CSV_COLUMNS.indexOf('rationale')]).toBe(awkward);
    expect(rows[1][CLAIM_CSV_COLUMNS.indexOf('attributed_to')]).toBe('Cohen, Eli');
    expect(csv).toContain('"He said, ""30 million""\nper month;\r\nthen left"');
  });

  it('leaves plain fields unquoted', () => {
    expect(csvField('plain text 卡塔尔')).toBe('plain text 卡塔尔');
    expect(csvField('')).toBe('');
    expect(csvField('a"b')).toBe('"a""b"');
  });

  it('starts with a byte order mark only when asked, for Excel', () => {
    expect(claimsCsv([]).startsWith('annotation_id,')).toBe(true);
    const withBom = claimsCsv([], { bom: true });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(withBom.slice(1)).toBe(claimsCsv([]));
  });

  it('can neutralise cells a spreadsheet would run as formulas', () => {
    const risky = claimWith({ english: '=HYPERLINK("http://evil.example","click")', rationale: '-5% drop' });
    const rows = parseCsv(claimsCsv([risky], { neutralizeFormulas: true }));
    expect(rows[1][CLAIM_CSV_COLUMNS.indexOf('english')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[1][CLAIM_CSV_COLUMNS.indexOf('rationale')]).toBe(`'-5% drop`);
    const plain = parseCsv(claimsCsv([risky]));
    expect(plain[1][CLAIM_CSV_COLUMNS.indexOf('rationale')]).toBe('-5% drop');
  });
});
