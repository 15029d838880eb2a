/**
 * A changed file re-imported while its article is open: the reader is told that a newer revision exists (its own
 * autosaved edits never trigger that), keeps reading the text it opened, and can switch to the new one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

let h: Harness;

const version = (body: string) =>
  article({ title: '修订测试', date: '2024-05-06 07:08', author: '编辑', source: 'https://example.org/news/revised', body });
const FIRST = '[[zh:卡塔尔]]宣布新的援助计划。\n\n第二段保持不变。';
const SECOND = '[[zh:卡塔尔]]宣布了规模更大的援助计划。\n\n第二段保持不变。';

const saveState = () => h.page.getByTestId('save-state').getAttribute('data-state');

beforeAll(async () => {
  h = await openHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('a newer revision arriving while an article is open', () => {
  it('does not call its own autosaved edit someone else’s revision', async () => {
    const { page } = h;
    await importThroughUi(page, [textFile('revised.md', version(FIRST))]);
    await page.getByTestId('library-open').filter({ hasText: '修订测试' }).click();
    const doc = page.getByTestId('article-doc');
    await doc.waitFor();
    await page.keyboard.press('Control+e');
    await doc.locator('p').nth(1).click();
    await page.keyboard.press('End');
    await page.keyboard.type('（补充）');
    await expect.poll(saveState, { timeout: 10_000 }).toBe('saved');
    await page.keyboard.press('Control+e');
    // Longer than one remote check (5 s) and its grace period.
    await page.waitForTimeout(7_000);
    expect(await page.getByTestId('newer-revision-notice').count()).toBe(0);
  });

  it('offers the re-imported text, keeps showing the one opened until asked, then shows the new one', async () => {
    const { page } = h;
    const doc = page.getByTestId('article-doc');
    await importThroughUi(page, [textFile('revised-v2.md', version(SECOND))]);
    await page.getByTestId('newer-revision-notice').waitFor({ timeout: 15_000 });
    expect(await doc.textContent()).toContain('宣布新的援助计划');
    await h.shot('newer-revision-notice');
    await page.getByTestId('open-newer').click();
    await expect.poll(() => doc.textContent()).toContain('宣布了规模更大的援助计划');
    expect(await page.getByTestId('newer-revision-notice').count()).toBe(0);
    expect(await page.getByTestId('old-revision-notice').count()).toBe(0);
    expect(await page.getByTestId('revision-count').textContent()).toBe('3 revisions');
    expect(h.pageErrors).toEqual([]);
  });
});
