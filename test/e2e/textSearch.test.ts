/**
 * Full-text search of the library in Chromium: a phrase typed in "Search article text…" lists the articles whose text
 * holds it, with counts and the hits in context, and a result opens its article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, FIXTURE, importThroughUi, openHarness, textFile, type Harness } from './harness';

let h: Harness;

const other = article({
  title: '援助资金的另一篇报道',
  date: '2024-03-05 10:00',
  author: '核查员',
  source: 'https://example.org/news/aid',
  body: '据报道，卡塔尔每月提供 3000 万美元。\n\n另有消息称，这笔 3000 万美元的资金由联合国监督。',
});

beforeAll(async () => {
  h = await openHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('searching the text of every article', () => {
  it('lists the articles holding a phrase, most hits first, with each hit marked in context, and opens one', async () => {
    const { page } = h;
    await importThroughUi(page, [FIXTURE, textFile('aid.md', other)]);
    await page.getByTestId('library-row').nth(1).waitFor();
    await page.getByTestId('text-search').fill('3000 万美元');
    await page.locator('[data-testid="text-search-results"][data-phase="done"]').waitFor();
    const hits = page.getByTestId('text-search-hit');
    expect(await hits.count()).toBe(2);
    expect(await hits.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))))).toEqual([2, 1]);
    expect(await page.getByTestId('text-search-summary').textContent()).toContain('2 articles contain “3000 万美元”');
    const marks = await hits.first().locator('mark').allTextContents();
    expect(marks).toEqual(['3000 万美元', '3000 万美元']);
    expect(await hits.nth(1).textContent()).toContain('每月 3000 万美元');
    await h.shot('text-search');

    await page.getByTestId('text-search').fill('没有这个短语');
    await expect.poll(() => page.getByTestId('text-search-summary').textContent()).toContain('No article contains');

    await page.getByTestId('text-search').fill('塔米姆');
    await expect.poll(() => hits.count()).toBe(1);
    await hits.first().getByTestId('text-search-open').click();
    await page.getByTestId('article-doc').waitFor();
    expect(await page.locator('h1').first().textContent()).toContain('卡塔尔');
    expect(h.pageErrors).toEqual([]);
  });

  it('opens an article at a hit: the phrase is selected and on screen, ready for a claim', async () => {
    const { page } = h;
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('text-search').fill('3000 万美元');
    await page.locator('[data-testid="text-search-results"][data-phase="done"]').waitFor();
    const fixtureHit = page.getByTestId('text-search-hit').filter({ hasText: '阿拉伯小国' });
    await fixtureHit.getByTestId('text-search-snippet').first().click();
    await page.getByTestId('article-doc').waitFor();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('3000 万美元');
    expect(page.url()).toMatch(/#\/article\/\d+\?at=\d+-\d+$/);
    const onScreen = await page.evaluate(() => {
      const range = window.getSelection()?.getRangeAt(0);
      const r = range?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(onScreen).toBe(true);
    await h.shot('text-search-opened-at-hit');
    expect(h.pageErrors).toEqual([]);
  });
});
