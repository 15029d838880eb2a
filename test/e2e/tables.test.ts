/**
 * Tables and footnotes in Chromium: a GFM table renders as a table whose cells hold wiki-link chips like any text
 * (and count as entities); a footnote written `[^1]` is a numbered superscript reference whose click brings its note,
 * listed after the body, into view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

let h: Harness;

const withTable = article({
  title: '立法會表決結果',
  date: '2024-03-19 10:05',
  author: '陳大文',
  source: 'https://example.org/hk-vote',
  body: [
    '[[zh:立法會]]周二表決[^1]。',
    '',
    '| 項目 | 票數 | 備註 |',
    '|:---|---:|:---:|',
    '| 贊成 | 89 | [[zh:香港|香港]] |',
    '| 反對 | 0 | a \\| b |',
    '',
    '[^1]: 表決於下午進行。',
  ].join('\n'),
});

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [textFile('table.md', withTable)]);
});

afterAll(async () => {
  await h?.close();
});

describe('tables and footnotes', () => {
  it('shows a table with its cells, alignment and wiki-link chips, and a footnote as a numbered reference to its note', async () => {
    const { page } = h;
    await page.getByTestId('library-open').filter({ hasText: '立法會表決結果' }).click();
    const doc = page.getByTestId('article-doc');
    await doc.waitFor();
    const rows = await doc.locator('table tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => `${c.tagName}:${c.textContent}`)));
    expect(rows).toEqual([
      ['TH:項目', 'TH:票數', 'TH:備註'],
      ['TD:贊成', 'TD:89', 'TD:香港'],
      ['TD:反對', 'TD:0', 'TD:a | b'],
    ]);
    expect(await doc.locator('td').nth(1).evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
    expect(await doc.locator('td a.wiki-link').getAttribute('data-target')).toBe('香港');
    const entities = await page.getByTestId('entity-item').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-target')}×${e.getAttribute('data-count')}`));
    expect(entities.sort()).toEqual(['立法會×1', '香港×1']);
    const ref = doc.locator('sup.footnote-ref');
    expect(await ref.textContent()).toBe('1');
    expect(await ref.getAttribute('title')).toBe('[^1]');
    const note = doc.locator('section.footnotes li.footnote-item');
    expect(await note.allTextContents()).toEqual([expect.stringContaining('表決於下午進行。')]);
    expect(await doc.textContent()).not.toContain('[^1]');
    await ref.locator('a').click();
    await expect.poll(() => note.evaluate((li) => li.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    await h.shot('tables-footnotes');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
