/**
 * Reading: import through the UI (the fixture, hand-written articles and a file that cannot be imported), the
 * library (filter, sort), the article with its wiki-link chips, hover card, external opening without navigation,
 * the entities panel and its highlight, and the Markdown export.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, FIXTURE, importThroughUi, openHarness, textFile, type Harness } from './harness';

let h: Harness;

const beijing = article({
  title: 'Beijing and Hong Kong: a short test article',
  date: '2020-08-14 08:08',
  author: '测试者',
  source: 'https://gnews.org/articles/999001',
  body: [
    '[[zh:北京]]与[[zh:香港]]之间的关系。**[[zh:北京]]的立场**很明确，[[zh:香港|香港特区]]政府回应。',
    '',
    '- 第一点：[[en:Hong Kong]]',
    '- 第二点：[[zh:北京]][[zh:香港]]',
    '',
    '来源：[安全链接](https://example.org/report?a=1&b=2) 和 [不安全链接](http://example.org/plain)。',
  ].join('\n'),
});

const plain = article({
  title: '没有链接的文章',
  date: '2021-01-02 03:04',
  author: '某人',
  source: 'https://gnews.org/articles/999002',
  body: '这篇文章没有维基链接。',
});

beforeAll(async () => {
  h = await openHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('library and reading', () => {
  it('imports files through the file input and lists them, with failures and their reason', async () => {
    const { page } = h;
    await page.getByTestId('library-empty').waitFor();
    await h.shot('01-empty-library');
    await importThroughUi(page, [FIXTURE, textFile('beijing.md', beijing), textFile('plain.md', plain), textFile('empty.md', '')]);
    // Failures are listed at once; every result is one click away.
    const results = page.getByTestId('import-result');
    expect(await results.count()).toBe(1);
    expect(await page.getByTestId('import-summary').textContent()).toBe('3 imported · 1 failed');
    await page.getByTestId('import-details').click();
    expect(await results.count()).toBe(4);
    const failed = page.locator('[data-testid="import-result"][data-status="failed"]');
    expect(await failed.count()).toBe(1);
    expect(await failed.textContent()).toContain('empty.md');
    expect((await failed.locator('.import-error').textContent())?.length).toBeGreaterThan(10);
    await page.getByTestId('library-row').nth(2).waitFor();
    expect(await page.getByTestId('library-row').count()).toBe(3);
    await h.shot('02-library-after-import');

    const fixtureRow = page.getByTestId('library-row').filter({ hasText: '卡塔尔' });
    expect(await fixtureRow.count()).toBe(1);
    const rowText = (await fixtureRow.textContent()) ?? '';
    expect(rowText).toContain('2023-11-03 06:22 UTC');
    expect(rowText).toContain('宝尹');
    expect(rowText).toContain('gnews.org');
    expect(await fixtureRow.getByTestId('library-wikilinks').textContent()).toBe('183');
  });

  it('filters by title text and sorts by any column', async () => {
    const { page } = h;
    const titles = async () => page.getByTestId('library-open').allTextContents();
    await page.getByTestId('library-filter').fill('hong KONG');
    expect(await titles()).toEqual(['Beijing and Hong Kong: a short test article']);
    await page.getByTestId('library-filter').fill('');
    await page.getByTestId('sort-wikiLinks').click();
    const byLinksDesc = await page.getByTestId('library-wikilinks').allTextContents();
    expect(byLinksDesc.map(Number)).toEqual([...byLinksDesc.map(Number)].sort((a, b) => b - a));
    await page.getByTestId('sort-wikiLinks').click();
    const byLinksAsc = await page.getByTestId('library-wikilinks').allTextContents();
    expect(byLinksAsc.map(Number)).toEqual([...byLinksAsc.map(Number)].sort((a, b) => a - b));
    await page.getByTestId('sort-published').click();
    expect(await page.getByTestId('sort-published').locator('..').getAttribute('aria-sort')).toBe('descending');
    expect(await titles()).toEqual(['阿拉伯小国卡塔尔如何在与哈马斯的谈判中变得不可或缺', '没有链接的文章', 'Beijing and Hong Kong: a short test article']);
    await page.getByTestId('sort-published').click();
    expect(await titles()).toEqual(['Beijing and Hong Kong: a short test article', '没有链接的文章', '阿拉伯小国卡塔尔如何在与哈马斯的谈判中变得不可或缺']);
    await page.getByTestId('sort-title').click();
    const byTitle = await titles();
    await page.getByTestId('sort-title').click();
    expect(await titles()).toEqual([...byTitle].reverse());
    await page.getByTestId('library-filter').fill('文章');
    expect(await page.getByTestId('library-count').textContent()).toBe('1 of 3 articles');
    await h.shot('02b-library-filtered');
    await page.getByTestId('library-filter').fill('');
  });

  it('opens the article with its header as metadata and every wiki-link as a chip', async () => {
    const { page } = h;
    await page.getByTestId('library-open').filter({ hasText: '卡塔尔' }).click();
    await page.getByTestId('article-doc').waitFor();
    expect(await page.getByTestId('article-title').textContent()).toBe('阿拉伯小国卡塔尔如何在与哈马斯的谈判中变得不可或缺');
    const doc = page.getByTestId('article-doc');
    expect(await doc.locator('a.wiki-link').count()).toBe(183);
    // The header is metadata, not body text.
    expect(await doc.textContent()).not.toContain('轉載自');
    expect(await doc.textContent()).not.toContain('返回');
    const first = doc.locator('a.wiki-link').first();
    expect(await first.getAttribute('data-lang')).toBe('zh');
    expect(await first.getAttribute('data-target')).toBe('10月13日');
    await h.shot('03-article');
  });

  it('shows a card with language and target when a wiki-link is hovered', async () => {
    const { page } = h;
    const link = page.locator('a.wiki-link[data-target="路透社"]').first();
    await link.hover();
    const card = page.getByTestId('wiki-hover-card');
    await card.waitFor();
    expect(await card.getByTestId('wiki-hover-target').textContent()).toBe('路透社');
    expect(await card.textContent()).toContain('Chinese');
    expect(await card.textContent()).toContain('zh.wikipedia.org/wiki/路透社');
    await h.shot('04-hover-card');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
  });

  it('opens a clicked wiki-link in the system browser and never navigates the page', async () => {
    const { page, server } = h;
    const before = page.url();
    const navigations = h.navigations.length;
    await page.locator('a.wiki-link[data-target="安东尼·布林肯"]').first().click();
    await expect.poll(() => server.openedUrls.length).toBe(1);
    expect(server.openedUrls[0]).toBe(`https://zh.wikipedia.org/wiki/${encodeURIComponent('安东尼·布林肯')}`);
    // Keyboard: Tab to a link and press Enter does the same.
    await page.locator('a.wiki-link[data-target="卡塔尔"]').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => server.openedUrls.length).toBe(2);
    expect(server.openedUrls[1]).toBe('https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94');
    expect(page.url()).toBe(before);
    expect(h.navigations.length).toBe(navigations);
    expect(h.context.pages()).toHaveLength(1);
  });

  it('lists entities by count and highlights every occurrence of the chosen one', async () => {
    const { page } = h;
    const entities = page.getByTestId('entity-item');
    expect(await entities.count()).toBe(56);
    const top = entities.first();
    expect(await top.getAttribute('data-target')).toBe('卡塔尔');
    expect(await top.getAttribute('data-count')).toBe('47');
    expect(await top.textContent()).toContain('×47');
    const counts = (await entities.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count')))));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    await top.click();
    const occurrences = () =>
      page.locator('.entity-highlight').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-occurrence'))).size);
    await expect.poll(occurrences).toBe(47);
    expect(await page.getByTestId('highlight-status').textContent()).toContain('47 highlighted');
    // Every highlighted stretch is a 卡塔尔 link, and the first one was scrolled into view.
    const targets = await page.locator('.entity-highlight').evaluateAll((els) => [...new Set(els.map((e) => e.closest('a.wiki-link')?.getAttribute('data-target')))]);
    expect(targets).toEqual(['卡塔尔']);
    const firstVisible = await page.locator('[data-occurrence="0"]').first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(firstVisible).toBe(true);
    await h.shot('05-entity-highlight');

    await page.getByTestId('entity-item').filter({ hasText: '埃及' }).click();
    const egypt = Number(await page.locator('[data-testid="entity-item"][data-target="埃及"]').getAttribute('data-count'));
    await expect.poll(occurrences).toBe(egypt);
    await page.locator('[data-testid="entity-item"][data-target="埃及"]').click();
    await expect.poll(() => page.locator('.entity-highlight').count()).toBe(0);
  });

  it('exports the unedited article as Markdown byte for byte, through a download', async () => {
    const { page } = h;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-md').click()]);
    const file = await download.path();
    expect(fs.readFileSync(file)).toEqual(fs.readFileSync(FIXTURE));
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
  });

  it('renders a hand-written article: adjacent links stay two, links inside bold and lists stay links', async () => {
    const { page } = h;
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('library-open').filter({ hasText: 'Beijing' }).click();
    const doc = page.getByTestId('article-doc');
    await doc.waitFor();
    const links = await doc.locator('a.wiki-link').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-lang')}:${e.getAttribute('data-target')}=${e.textContent}`));
    expect(links).toEqual(['zh:北京=北京', 'zh:香港=香港', 'zh:北京=北京', 'zh:香港=香港特区', 'en:Hong Kong=Hong Kong', 'zh:北京=北京', 'zh:香港=香港']);
    expect(await doc.locator('strong a.wiki-link, a.wiki-link strong').count()).toBe(1);
    expect(await doc.locator('li a.wiki-link').count()).toBe(3);
    const entities = await page.getByTestId('entity-item').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-target')}×${e.getAttribute('data-count')}`));
    expect(entities).toEqual(['北京×3', '香港×3', 'Hong Kong×1']);
    await h.shot('06-handwritten-article');

    // External links open in the system browser too, https only, and never navigate.
    const opened = h.server.openedUrls.length;
    await doc.locator('a.external-link', { hasText: '安全链接' }).first().click();
    await expect.poll(() => h.server.openedUrls.length).toBe(opened + 1);
    expect(h.server.openedUrls.at(-1)).toBe('https://example.org/report?a=1&b=2');
    await doc.locator('a.external-link', { hasText: '不安全链接' }).click();
    await page.getByTestId('toast-error').filter({ hasText: 'only https' }).waitFor();
    expect(h.server.openedUrls.length).toBe(opened + 1);
    expect(h.context.pages()).toHaveLength(1);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });
});
