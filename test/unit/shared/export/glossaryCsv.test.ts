import { describe, expect, it } from 'vitest';
import { GlossaError } from '../../../../shared/ipc/errors';
import { parseCsvRows, parseGlossaryCsv, toGlossaryCsv } from '../../../../shared/export/glossaryCsv';
import { TERMS, TRICKY } from './translationSamples';

function badInput(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GlossaError);
    expect((e as GlossaError).code).toBe('BAD_INPUT');
    return (e as GlossaError).message;
  }
  throw new Error('expected a BAD_INPUT error');
}

describe('toGlossaryCsv', () => {
  const csv = toGlossaryCsv(TERMS);

  it('writes zh,en,note with a BOM, CRLF rows and RFC 4180 quoting', () => {
    expect(csv.startsWith('\uFEFFzh,en,note\r\n卡塔尔,Qatar,\r\n')).toBe(true);
    expect(csv).toContain('外交部长,foreign minister,"Not ""minister of foreign affairs"""\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(toGlossaryCsv(TERMS.slice(0, 1), { bom: false })).toBe('zh,en,note\r\n卡塔尔,Qatar,\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csv).toContain(`'=危险,'+1 formula,'-2 @x 'quoted\r\n`);
  });

  it('reads its own output back unchanged, including quotes, line breaks and formula-like cells', () => {
    const back = parseGlossaryCsv(csv);
    expect(back).toEqual(TERMS.map((t) => ({ ...t, source: 'import' })));
    expect(back[2].note).toBe(TRICKY);
  });
});

describe('parseGlossaryCsv', () => {
  it('finds the columns by their header names in any order, with ; or tab delimiters', () => {
    expect(parseGlossaryCsv('English;Chinese;Notes\nQatar;卡塔尔;country\n')).toEqual([{ zh: '卡塔尔', en: 'Qatar', note: 'country', source: 'import' }]);
    expect(parseGlossaryCsv('英文\t中文\nHamas\t哈马斯\n')).toEqual([{ zh: '哈马斯', en: 'Hamas', source: 'import' }]);
  });

  it('reads a file without a header as zh, en, note and skips blank lines', () => {
    expect(parseGlossaryCsv('卡塔尔,Qatar\r\n\r\n哈马斯,Hamas,"a, b"')).toEqual([
      { zh: '卡塔尔', en: 'Qatar', source: 'import' },
      { zh: '哈马斯', en: 'Hamas', note: 'a, b', source: 'import' },
    ]);
  });

  it('rejects malformed rows naming the line', () => {
    expect(badInput(() => parseGlossaryCsv('zh,en\n卡塔尔,"Qatar\n'))).toMatch(/line 2: a quoted field is never closed/);
    expect(badInput(() => parseGlossaryCsv('zh,en\n卡塔尔,Qa"tar\n'))).toMatch(/line 2: a quote inside an unquoted field/);
    expect(badInput(() => parseGlossaryCsv('zh,en\n卡塔尔,"Qatar"x\n'))).toMatch(/line 2: text follows a closing quote/);
    expect(badInput(() => parseGlossaryCsv('zh,en\n卡塔尔,Qatar\n"多\n行",\n'))).toMatch(/line 3: the English column is empty/);
  });

  it('counts lines inside quoted fields for later rows', () => {
    const rows = parseCsvRows('a,"x\ny"\nb,c\n');
    expect(rows.map((r) => r.line)).toEqual([1, 3]);
  });
});
