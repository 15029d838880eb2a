/**
 * Typing in edit mode, key by key, on a hand-written article: letters typed at the end of a wiki-link stay outside
 * it, typed inside a link they stay inside it, typed inside a highlight they widen it; Enter still splits the
 * paragraph; undo takes it all back in order; the autosaved text is what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

let h: Harness;

const BODY = ['据报道，[[zh:卡塔尔]]与[[zh:埃及]]共同斡旋停火。', '[[en:Doha|多哈]]方面表示谈判仍在继续。'].join('\n\n');

/** Puts the caret `offset` characters into the first text node containing `needle`, after `needle` starts. */
async function caretAt(page: Page, needle: string, offset: number): Promise<void> {
  const ok = await page.evaluate(
    ([n, o]) => {
      const root = document.querySelector('[data-testid="article-doc"]');
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const at = (t as Text).data.indexOf(n);
        if (at < 0) continue;
        window.getSelection()?.collapse(t, at + o);
        return true;
      }
      return false;
    },
    [needle, offset] as const,
  );
  expect(ok).toBe(true);
  // ProseMirror reads the DOM selection a moment late.
  await page.waitForTimeout(80);
}

const links = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.glossa-doc a.wiki-link')].map((a) => a.textContent));
const paragraphs = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.glossa-doc > p')].map((p) => p.textContent));

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [textFile('typing.md', article({ title: '打字测试', date: '2024-05-02', author: '测试', source: 'https://gnews.org/articles/typing', body: BODY }))]);
  await h.page.getByTestId('library-row').filter({ hasText: '打字测试' }).getByTestId('library-open').click();
  await h.page.getByTestId('article-doc').waitFor();
  await h.page.keyboard.press('Control+e');
  await h.page.locator('.glossa-doc.is-editing').waitFor();
});

afterAll(async () => {
  await h?.close();
});

describe('typing key by key', () => {
  it('keeps letters typed at a link’s end outside it and letters typed inside it inside', async () => {
    const { page } = h;
    await caretAt(page, '卡塔尔', 3);
    for (const key of ['a', 'b', 'c']) await page.keyboard.press(key);
    await caretAt(page, '埃及', 1);
    await page.keyboard.press('x');
    expect(await links(page)).toEqual(['卡塔尔', '埃x及', '多哈']);
    expect((await paragraphs(page))[0]).toBe('据报道，卡塔尔abc与埃x及共同斡旋停火。');
  });

  it('widens a highlight typed into, splits a paragraph with Enter, and undoes in order', async () => {
    const { page } = h;
    await caretAt(page, '斡旋停火', 0);
    await page.keyboard.down('Shift');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    await page.waitForTimeout(80);
    await page.keyboard.press('Alt+h');
    const highlighted = () => page.evaluate(() => [...document.querySelectorAll('.glossa-doc [data-annotation-id]')].map((e) => e.textContent).join(''));
    await expect.poll(highlighted).toBe('斡旋停火');
    await caretAt(page, '斡旋停火', 2);
    await page.keyboard.press('q');
    await page.keyboard.press('Space');
    expect(await highlighted()).toBe('斡旋q 停火');

    await caretAt(page, '方面表示', 0);
    await page.keyboard.press('Enter');
    await page.keyboard.press('z');
    expect(await paragraphs(page)).toEqual(['据报道，卡塔尔abc与埃x及共同斡旋q 停火。', '多哈', 'z方面表示谈判仍在继续。']);

    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraphs(page)).toEqual(['据报道，卡塔尔abc与埃x及共同斡旋q 停火。', '多哈方面表示谈判仍在继续。']);
    expect(h.pageErrors).toEqual([]);
  });

  it('autosaves exactly what was typed', async () => {
    const { page } = h;
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await page.reload();
    await page.getByTestId('article-doc').waitFor();
    expect(await paragraphs(page)).toEqual(['据报道，卡塔尔abc与埃x及共同斡旋q 停火。', '多哈方面表示谈判仍在继续。']);
    expect(await links(page)).toEqual(['卡塔尔', '埃x及', '多哈']);
  });
});
