/**
 * Opening articles from the library of the running app: the article view gets the text and the annotations asked for
 * together (as a page loaded on the article's address does), and going from one article to another and back always
 * shows the article asked for, with its own highlights. A page loaded on the library asks for the list as early.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';
import { highlightText, selectText } from './editorSelection';

let h: Harness;
const A = { title: '从文库打开的第一篇', date: '2024-05-14 08:30', author: '甲', source: 'https://example.org/open-a', body: '第一篇说，卡塔尔每月提供 3000 万美元。\n\n第一篇的第二段。' };
const B = { title: '从文库打开的第二篇', date: '2024-05-15 09:00', author: '乙', source: 'https://example.org/open-b', body: '第二篇说，至少 110 名外国护照持有者离开。' };

/** Where the open's requests started and ended, in the page's time, for the channels named. */
async function requestTimes(channels: string[]): Promise<Record<string, { start: number; end: number }[]>> {
  return h.page.evaluate((names) => {
    const out: Record<string, { start: number; end: number }[]> = {};
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const name = names.find((n) => e.name.includes(n));
      if (name) (out[name] ??= []).push({ start: e.startTime, end: e.responseEnd });
    }
    return out;
  }, channels);
}

async function openFromLibrary(title: string): Promise<void> {
  const { page } = h;
  await page.getByTestId('library-row').filter({ hasText: title }).getByTestId('library-open').click();
  await expect.poll(() => page.getByTestId('article-title').textContent()).toContain(title);
  await page.locator('.glossa-doc').waitFor();
  await page.getByTestId('annotations-panel').waitFor();
}

async function backToLibrary(): Promise<void> {
  await h.page.getByTestId('back-to-library').click();
  await h.page.getByTestId('library-row').first().waitFor();
}

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [textFile('a.md', article(A)), textFile('b.md', article(B))]);
});

afterAll(async () => {
  await h?.close();
});

describe('opening from the library', () => {
  it('asks for the annotations with the text, not after the article has been drawn', async () => {
    const { page } = h;
    await page.evaluate(() => performance.clearResourceTimings());
    await openFromLibrary(A.title);
    const times = await requestTimes(['articles.openRaw', 'annotations.outline', 'annotations.list']);
    expect(times['articles.openRaw']).toHaveLength(1);
    // The outline was asked for before the text had even arrived: both were sent together.
    expect(times['annotations.outline']).toHaveLength(1);
    expect(times['annotations.outline'][0].start).toBeLessThan(times['articles.openRaw'][0].end);
    expect(times['annotations.list']).toBeUndefined();
    // The article waited for them (the prefetch path), and the page reports no error.
    const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
    expect(measures.some((name) => name.startsWith('glossa:annotations-wait'))).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });

  it('shows each article asked for, with its own highlights, going back and forth', async () => {
    const { page } = h;
    // A highlight on the first article, made in the app.
    await selectText(page, '每月提供 3000 万美元');
    await page.keyboard.press('Alt+h');
    const item = page.locator('[data-testid="annotation-item"][data-motivation="highlighting"]');
    await expect.poll(() => item.count()).toBe(1);
    const id = (await item.getAttribute('data-id')) ?? '';
    await backToLibrary();
    await openFromLibrary(B.title);
    expect(await page.locator('.glossa-doc').textContent()).toContain('至少 110 名外国护照持有者离开');
    expect(await page.locator('[data-testid="annotation-item"]').count()).toBe(0);
    await backToLibrary();
    await openFromLibrary(A.title);
    expect(await page.locator('.glossa-doc').textContent()).toContain('第一篇的第二段');
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => highlightText(page, id)).toBe('每月提供 3000 万美元');
    // Back (the browser's) to the library and forward again: the hash change opens it the same way.
    await page.goBack();
    await page.getByTestId('library-row').first().waitFor();
    await page.goForward();
    await expect.poll(() => highlightText(page, id)).toBe('每月提供 3000 万美元');
    expect(h.pageErrors).toEqual([]);
  });

  it('asks for the library list while the application loads, once, on a page loaded on the library', async () => {
    const { page } = h;
    // A new document on the library's address (going to it from an article only changes the hash).
    await page.goto(`${h.server.url.replace(/\/$/, '')}/#/`);
    await page.reload();
    await page.getByTestId('library-row').first().waitFor();
    const times = await requestTimes(['articles.list']);
    expect(times['articles.list']).toHaveLength(1);
    // Asked for by the entry module: before the application's code had been evaluated (`glossa:boot-load` ends then).
    const bootLoaded = await page.evaluate(() => {
      const m = performance.getEntriesByName('glossa:boot-load')[0];
      return m ? m.startTime + m.duration : NaN;
    });
    expect(times['articles.list'][0].start).toBeLessThan(bootLoaded);
    expect(await page.getByTestId('library-row').count()).toBe(2);
    expect(h.pageErrors).toEqual([]);
  });
});
