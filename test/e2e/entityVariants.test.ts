/**
 * Spellings of one Wikipedia page (New_York / New York, 卡塔爾 / 卡塔尔) are one entity: the panel lists it once with its
 * variants, the library counts it once, and choosing it highlights every spelling, while each link keeps its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

let h: Harness;

const mixed = article({
  title: '卡塔爾与纽约：拼写测试',
  date: '2024-02-01 09:30',
  author: '测试者',
  source: 'https://example.org/news/variants',
  body: [
    '[[zh:卡塔尔]]外交官抵达[[en:New_York]]，随后[[zh:卡塔爾]]代表团前往[[en:New York|纽约]]总部。',
    '',
    '[[zh:卡塔尔]]再次表示，[[zh:美国]]与[[zh:美國]]官员都在[[en:new York|纽约]]。',
  ].join('\n'),
});

beforeAll(async () => {
  h = await openHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('entities spelled several ways', () => {
  it('lists one entity per page with its variants and highlights every spelling', async () => {
    const { page } = h;
    await importThroughUi(page, [textFile('variants.md', mixed)]);
    const row = page.getByTestId('library-row').filter({ hasText: '拼写测试' });
    expect(await row.getByTestId('library-wikilinks').textContent()).toBe('8');
    await page.getByTestId('library-open').filter({ hasText: '拼写测试' }).click();
    await page.getByTestId('article-doc').waitFor();

    const entities = page.getByTestId('entity-item');
    await expect.poll(() => entities.count()).toBe(3);
    const listed = await entities.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-target')}×${e.getAttribute('data-count')}`));
    expect(listed).toEqual(['卡塔尔×3', 'New_York×3', '美国×2']);
    expect(await page.getByTestId('entity-variants').allTextContents()).toEqual([' = 卡塔爾', ' = New York = new York', ' = 美國']);

    await entities.filter({ hasText: 'New_York' }).click();
    const highlighted = () =>
      page.locator('.entity-highlight').evaluateAll((els) => [...new Set(els.map((e) => e.closest('a.wiki-link')?.getAttribute('data-target')))].sort());
    await expect.poll(highlighted).toEqual(['New York', 'New_York', 'new York']);
    expect(await page.getByTestId('highlight-status').textContent()).toContain('3 highlighted');
    await h.shot('entity-variants');
  });
});
