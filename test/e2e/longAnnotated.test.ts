/**
 * A long annotated article, where only the highlights near the screen are built: the side panel still lists every
 * annotation, a click on a far one scrolls to it and flashes its highlight, and scrolling back brings the first one's
 * highlight back on its words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';
import { selectText } from './editorSelection';

let h: Harness;
const FIRST = '开篇这句只出现一次';
const LAST = '结尾这句也只出现一次';
const CITIES = ['多哈', '开罗', '安曼', '利雅得', '伊斯坦布尔', '德黑兰', '贝鲁特'];

/** About 40,000 characters: long enough that its highlights are drawn a window at a time. */
function longBody(): string {
  const paragraphs = Array.from(
    { length: 1000 },
    (_, i) => `第${i + 1}段：卡塔尔外交官在${CITIES[i % CITIES.length]}会见了代表团，双方讨论了加沙局势和援助安排。`,
  );
  paragraphs[0] = `${FIRST}，${paragraphs[0]}`;
  paragraphs[paragraphs.length - 1] += `${LAST}。`;
  return paragraphs.join('\n\n');
}

/** The text highlighted for annotation `id` and whether that highlight is inside the visible part of the text. */
function highlight(page: Page, id: string): Promise<{ text: string; onScreen: boolean; flashing: boolean }> {
  return page.evaluate((annotationId) => {
    const parts = [...document.querySelectorAll<HTMLElement>('.glossa-doc [data-annotation-id]')].filter((el) =>
      (el.dataset.annotationIds ?? '').split(' ').includes(annotationId),
    );
    const scroller = document.querySelector('.doc-scroll')?.getBoundingClientRect();
    const onScreen =
      !!scroller && parts.length > 0 && parts.every((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= scroller.top && r.bottom <= scroller.bottom;
      });
    const flashing = parts.some((el) => el.closest('.anno-flash') !== null || el.querySelector('.anno-flash') !== null || el.classList.contains('anno-flash'));
    return { text: parts.map((el) => el.textContent ?? '').join(''), onScreen, flashing };
  }, id);
}

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [
    textFile('long.md', article({ title: '长篇测试文章', date: '2024-03-01', author: '测试', source: 'https://gnews.org/articles/long-test', body: longBody() })),
  ]);
  await h.page.getByTestId('library-row').filter({ hasText: '长篇测试文章' }).getByTestId('library-open').click();
  await h.page.getByTestId('article-doc').waitFor();
  for (const words of [FIRST, LAST]) {
    await selectText(h.page, words);
    await h.page.keyboard.press('Alt+h');
    await h.page.locator('[data-testid="annotation-item"]').filter({ hasText: words }).waitFor();
  }
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('a long annotated article', () => {
  it('lists every annotation and scrolls to a far one, flashing its highlight on its words', async () => {
    const { page } = h;
    await page.reload();
    await page.locator('[data-testid="annotations-panel"][data-count="2"]').waitFor();
    const first = await page.getByTestId('annotation-item').filter({ hasText: FIRST }).getAttribute('data-id');
    const last = await page.getByTestId('annotation-item').filter({ hasText: LAST }).getAttribute('data-id');
    if (!first || !last) throw new Error('the annotations are not listed');
    await expect.poll(async () => (await highlight(page, first)).text).toBe(FIRST);
    // Only the highlights near the screen are built (what keeps opening and typing quick); the far one is not yet.
    expect((await highlight(page, last)).text).toBe('');

    await page.getByTestId('annotation-item').filter({ hasText: LAST }).locator('.annotation-summary').click();
    await expect.poll(async () => highlight(page, last)).toEqual({ text: LAST, onScreen: true, flashing: true });

    // Back at the top (as a scroll by the user would), the first highlight is drawn on its words again.
    await page.evaluate(() => document.querySelector('.doc-scroll')?.scrollTo({ top: 0 }));
    await expect.poll(async () => highlight(page, first)).toMatchObject({ text: FIRST, onScreen: true });
    expect(h.pageErrors).toEqual([]);
  });

  it('keeps a far highlight on its words while text is typed before it', async () => {
    const { page } = h;
    const last = await page.getByTestId('annotation-item').filter({ hasText: LAST }).getAttribute('data-id');
    if (!last) throw new Error('the annotation is not listed');
    await page.getByTestId('annotation-item').filter({ hasText: LAST }).locator('.annotation-summary').click();
    await expect.poll(async () => (await highlight(page, last)).onScreen).toBe(true);
    await page.getByTestId('edit-toggle').click();
    // The caret just before the paragraph's last sentence, then typing.
    await page.evaluate((words) => {
      const root = document.querySelector('[data-testid="article-doc"]');
      const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const next = walker.nextNode();
        if (next && (next as Text).data.startsWith(words)) {
          window.getSelection()?.collapse(n, (n as Text).data.length);
          return;
        }
        if (next) walker.previousNode();
      }
    }, LAST);
    await page.waitForTimeout(80);
    await page.keyboard.type('据报道');
    await expect.poll(async () => (await highlight(page, last)).text).toBe(LAST);
    await expect.poll(() => page.evaluate(() => document.querySelector('.glossa-doc')?.textContent?.includes(`据报道${'结尾这句也只出现一次'}`))).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});
