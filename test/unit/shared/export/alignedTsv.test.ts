import { describe, expect, it } from 'vitest';
import { GlossaError } from '../../../../shared/ipc/errors';
import { parseAlignedTsv, toAlignedTsv } from '../../../../shared/export/alignedTsv';
import { TRICKY } from './translationSamples';

const PAIRS = [
  { zh: '卡塔尔与哈马斯的关系是什么？', en: 'What is Qatar’s relationship with Hamas?' },
  { zh: `中文 ${TRICKY}`, en: `English ${TRICKY}\r\n C:\\temp\\new` },
  { zh: '', en: 'An English addition.' },
];

describe('aligned TSV', () => {
  it('writes one zh<TAB>en line per pair with tabs, line breaks and backslashes escaped', () => {
    const tsv = toAlignedTsv(PAIRS);
    const lines = tsv.split('\n');
    expect(lines).toHaveLength(PAIRS.length + 1);
    expect(lines[lines.length - 1]).toBe('');
    for (const line of lines.slice(0, -1)) expect(line.split('\t')).toHaveLength(2);
    expect(lines[0]).toBe('卡塔尔与哈马斯的关系是什么？\tWhat is Qatar’s relationship with Hamas?');
    expect(lines[1]).toContain('line1\\nline2\\ttab');
    expect(lines[1]).toContain('C:\\\\temp\\\\new');
  });

  it('reads its own output back unchanged', () => {
    expect(parseAlignedTsv(toAlignedTsv(PAIRS))).toEqual(PAIRS);
    expect(parseAlignedTsv(toAlignedTsv(PAIRS, { header: true }), { header: true })).toEqual(PAIRS);
    expect(toAlignedTsv(PAIRS, { header: true }).startsWith('zh\ten\n')).toBe(true);
  });

  it('can write plain sentences with tabs and line breaks turned into spaces', () => {
    const tsv = toAlignedTsv(PAIRS, { escape: 'space' });
    expect(tsv.split('\n')).toHaveLength(PAIRS.length + 1);
    expect(tsv).toContain('line1 line2 tab');
    expect(tsv).toContain('C:\\temp\\new');
    expect(parseAlignedTsv(tsv, { escape: 'space' })[1].en).toBe(`English ${TRICKY.replace(/[\t\n]/g, ' ')}  C:\\temp\\new`);
  });

  it('rejects lines without exactly one tab and unknown escapes, naming the line', () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect((e as GlossaError).code).toBe('BAD_INPUT');
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(err(() => parseAlignedTsv('a\tb\nno tab here\n'))).toMatch(/line 2 has 0 tabs/);
    expect(err(() => parseAlignedTsv('a\tb\tc\n'))).toMatch(/line 1 has 2 tabs/);
    expect(err(() => parseAlignedTsv('a\\q\tb\n'))).toMatch(/line 1.*"\\q"/);
  });
});
