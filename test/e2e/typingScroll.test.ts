/**
 * Typing keeps the caret in view, as a browser does: a caret below the visible part of the text comes into view with
 * the first letter typed there, and typing where the caret already shows does not scroll the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

let h: Harness;

const BODY = Array.from({ length: 80 }, (_, i) => `第${i + 1}段：卡塔尔外交官在多哈会见了代表团，双方讨论了加沙局势和援助安排。`).join('\n\n');

/** Puts the caret at the end of paragraph `index`, with the text scrolled to its top or with the paragraph centred. */
async function caretInParagraph(page: Page, index: number, scroll: 'top' | 'centre'): Promise<void> {
  await page.evaluate(
    ([i, where]) => {
      const scroller = document.querySelector('.doc-scroll');
      const paragraph = document.querySelectorAll('.glossa-doc > p')[i];
      if (!scroller || !paragraph) throw new Error('no text');
      if (where === 'top') scroller.scrollTop = 0;
      else paragraph.scrollIntoView({ block: 'center' });
      const text = paragraph.lastChild?.nodeType === Node.TEXT_NODE ? (paragraph.lastChild as Text) : null;
      if (!text) throw new Error('no text node');
      window.getSelection()?.collapse(text, text.data.length);
    },
    [index, scroll] as const,
  );
  // ProseMirror reads the DOM selection a moment late.
  await page.waitForTimeout(100);
}

/** Where the caret is relative to the visible part of the text, and the text's scroll offset. */
function caretPlace(page: Page): Promise<{ inView: boolean; scrollTop: number }> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.doc-scroll');
    const selection = window.getSelection();
    if (!scroller || !selection?.rangeCount) throw new Error('no caret');
    const caret = selection.getRangeAt(0).getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    return { inView: caret.height > 0 && caret.top >= box.top && caret.bottom <= box.bottom, scrollTop: scroller.scrollTop };
  });
}

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [textFile('scroll.md', article({ title: '滚动测试', date: '2024-05-03', author: '测试', source: 'https://gnews.org/articles/scroll', body: BODY }))]);
  await h.page.getByTestId('library-row').filter({ hasText: '滚动测试' }).getByTestId('library-open').click();
  await h.page.getByTestId('article-doc').waitFor();
  await h.page.keyboard.press('Control+e');
  await h.page.locator('.glossa-doc.is-editing').waitFor();
});

afterAll(async () => {
  await h?.close();
});

describe('typing keeps the caret in view', () => {
  it('brings a caret below the visible text into view with the first letter typed', async () => {
    const { page } = h;
    await caretInParagraph(page, 60, 'top');
    expect((await caretPlace(page)).inView).toBe(false);
    await page.keyboard.press('q');
    await expect.poll(async () => (await caretPlace(page)).inView).toBe(true);
    await page.keyboard.press('r');
    expect(await page.evaluate(() => document.querySelectorAll('.glossa-doc > p')[60]?.textContent)).toMatch(/援助安排。qr$/);
    expect((await caretPlace(page)).inView).toBe(true);
  });

  it('does not scroll while the caret shows', async () => {
    const { page } = h;
    await caretInParagraph(page, 30, 'centre');
    const before = await caretPlace(page);
    expect(before.inView).toBe(true);
    for (const key of ['x', 'y', 'z']) await page.keyboard.press(key);
    const after = await caretPlace(page);
    expect(after).toEqual({ inView: true, scrollTop: before.scrollTop });
    expect(await page.evaluate(() => document.querySelectorAll('.glossa-doc > p')[30]?.textContent)).toMatch(/援助安排。xyz$/);
    expect(h.pageErrors).toEqual([]);
  });
});
