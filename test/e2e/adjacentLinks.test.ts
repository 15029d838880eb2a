/**
 * Adjacent wiki-links to one page (`[[zh:卡塔尔|卡塔尔国]][[zh:卡塔尔|政府]]`, `[[zh:美国]][[zh:美国]]`) through the app:
 * each is a chip of its own, and an edit saved and exported as Markdown writes each back as it was. They were one
 * chip, and a save wrote `[[zh:卡塔尔|卡塔尔国政府]]`.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

const FIRST = '第一段：[[zh:卡塔尔|卡塔尔国]][[zh:卡塔尔|政府]]表示，[[zh:美国]][[zh:美国]]的说法有误。';
const SECOND = '第二段没有链接，这里有一个错字：协意。';
const THIRD = '第三段：**[[zh:多哈]]**[[zh:多哈]]与[[zh:哈马斯]]![图](https://i.org/x.png)[[zh:哈马斯]]。';

const SOURCE = article({
  title: '相邻的维基链接',
  date: '2023-11-03 18:22',
  author: '宝尹',
  source: 'https://gnews.org/articles/12012',
  body: [FIRST, '', SECOND, '', THIRD].join('\n'),
});

const CHIPS = ['卡塔尔=卡塔尔国', '卡塔尔=政府', '美国=美国', '美国=美国', '多哈=多哈', '多哈=多哈', '哈马斯=哈马斯', '哈马斯=哈马斯'];

let h: Harness;

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [textFile('adjacent.zh.md', SOURCE)]);
  await h.page.getByTestId('library-open').filter({ hasText: '相邻的维基链接' }).click();
  await h.page.getByTestId('article-doc').waitFor();
});

afterAll(async () => {
  await h?.close();
});

const chips = () =>
  h.page
    .getByTestId('article-doc')
    .locator('a.wiki-link')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-target')}=${e.textContent}`));

const saveState = () => h.page.getByTestId('save-state').getAttribute('data-state');

async function exportedMarkdown(): Promise<string> {
  const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('export-md').click()]);
  return fs.readFileSync(await download.path(), 'utf8');
}

/** Types `text` at the start or end of the n-th paragraph of the article and waits for the autosave. */
async function typeInParagraph(n: number, where: 'Home' | 'End', text: string): Promise<void> {
  const paragraph = h.page.getByTestId('article-doc').locator('p').nth(n);
  const before = (await paragraph.textContent()) ?? '';
  await paragraph.click();
  await h.page.keyboard.press(where);
  await h.page.keyboard.type(text);
  await expect.poll(() => paragraph.textContent()).toBe(where === 'Home' ? text + before : before + text);
  await expect.poll(saveState, { timeout: 15_000 }).toBe('saved');
}

describe('adjacent wiki-links to one page', () => {
  it('are one chip each', async () => {
    expect(await chips()).toEqual(CHIPS);
  });

  it('are written back as they were after an edit of another paragraph', async () => {
    await h.page.keyboard.press('Control+e');
    expect(await h.page.getByTestId('edit-toggle').getAttribute('aria-pressed')).toBe('true');
    await typeInParagraph(1, 'End', '（已改）');
    expect(await chips()).toEqual(CHIPS);
    expect(await exportedMarkdown()).toBe(SOURCE.replace(SECOND, `${SECOND}（已改）`));
  });

  it('are written back as they were after an edit of their own paragraph, and read back as the same chips', async () => {
    await typeInParagraph(0, 'Home', '新');
    expect(await chips()).toEqual(CHIPS);
    const markdown = await exportedMarkdown();
    expect(markdown).toBe(SOURCE.replace(FIRST, `新${FIRST}`).replace(SECOND, `${SECOND}（已改）`));
    await h.page.reload();
    await h.page.getByTestId('article-doc').waitFor();
    expect(await h.page.getByTestId('revision-count').textContent()).toBe('3 revisions');
    expect(await chips()).toEqual(CHIPS);
    expect(h.pageErrors).toEqual([]);
  });
});
