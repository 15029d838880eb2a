import { describe, expect, it } from 'vitest';
import { runsAt, type HighlightSpan } from '../../../../renderer/translation/linkRuns';

const TEXT = '卡塔尔外交部周二表示，已向加沙运送 3000 万美元的援助物资。';
const link = { start: 0, end: 3, lang: 'zh', target: '卡塔尔' };
const at = (needle: string): number => TEXT.indexOf(needle);

describe('runs with annotation highlights', () => {
  it('cuts a sentence at links and at annotation edges, naming the annotations over each piece', () => {
    const claim: HighlightSpan = { id: 'a', start: at('3000'), end: at('的援助'), motivation: 'assessing', label: 'Claim: 3000 万美元 — unverified' };
    const runs = runsAt(TEXT, 0, TEXT.length, [link], [claim]);
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    expect(runs[0]).toMatchObject({ text: '卡塔尔', link: { target: '卡塔尔' } });
    const marked = runs.filter((r) => r.highlights?.length);
    expect(marked.map((r) => r.text)).toEqual(['3000 万美元']);
    expect(marked[0].highlights?.map((h) => h.label)).toEqual(['Claim: 3000 万美元 — unverified']);
  });

  it('keeps a link chip inside a comment that covers it, and puts the innermost of two overlapping annotations last', () => {
    const wide: HighlightSpan = { id: 'w', start: 0, end: at('，'), motivation: 'commenting', label: 'Which ministry?' };
    const inner: HighlightSpan = { id: 'i', start: 3, end: 6, motivation: 'questioning', label: '外交部?' };
    const runs = runsAt(TEXT, 0, at('，') + 1, [link], [inner, wide]);
    expect(runs.map((r) => [r.text, r.link?.target ?? null, (r.highlights ?? []).map((h) => h.id).join('')])).toEqual([
      ['卡塔尔', '卡塔尔', 'w'],
      ['外交部', null, 'wi'],
      ['周二表示', null, 'w'],
      ['，', null, ''],
    ]);
  });

  it('clips an annotation that starts in the sentence before, and ignores one outside the sentence', () => {
    const start = at('已向');
    const runs = runsAt(TEXT, start, TEXT.length - start, [], [
      { id: 'x', start: 0, end: at('加沙') + 2, motivation: 'highlighting', label: 'highlighting' },
      { id: 'y', start: 0, end: 3, motivation: 'commenting', label: 'far' },
    ]);
    expect(runs.map((r) => [r.text, r.highlights?.map((h) => h.id) ?? []])).toEqual([
      ['已向加沙', ['x']],
      ['运送 3000 万美元的援助物资。', []],
    ]);
  });
});
