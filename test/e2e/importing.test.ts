/**
 * Importing beyond the file input: files dropped on the window, and a long import that shows its progress and is
 * cancelled, leaving only whole articles behind.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, FIXTURE, openHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await openHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('importing', () => {
  it('imports Markdown files dropped anywhere on the window', async () => {
    const { page } = h;
    const files = [
      { name: 'dropped-one.md', text: article({ title: '拖放的第一篇', date: '2019-05-06 07:08', author: '甲', source: 'https://gnews.org/articles/777001', body: '[[zh:台湾]]和[[zh:日本]]。' }) },
      { name: 'dropped-two.md', text: article({ title: '拖放的第二篇', date: '2019-05-07 07:08', author: '乙', source: 'https://gnews.org/articles/777002', body: '[[zh:日本]]。' }) },
    ];
    const dataTransfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/markdown' }));
      return dt;
    }, files);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await page.getByTestId('drop-overlay').waitFor();
    await h.shot('12-drop-overlay');
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await page.locator('[data-testid="import-panel"][data-state="finished"]').waitFor();
    expect(await page.getByTestId('drop-overlay').count()).toBe(0);
    await expect.poll(() => page.getByTestId('library-open').allTextContents()).toEqual(['拖放的第二篇', '拖放的第一篇']);
    expect(await page.getByTestId('library-wikilinks').allTextContents()).toEqual(['1', '2']);
    expect(h.navigations).toEqual([]);
  });

  it('shows the progress of a long import and cancels it between articles', async () => {
    const { page } = h;
    const fixture = fs.readFileSync(FIXTURE, 'utf8');
    const many = Array.from({ length: 600 }, (_, i) => ({
      name: `batch/article-${String(i).padStart(3, '0')}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(fixture.replace('https://gnews.org/articles/1916252', `https://gnews.org/articles/${500000 + i}`), 'utf8'),
    }));
    await page.getByTestId('import-file-input').setInputFiles(many);
    const progress = page.getByTestId('import-progress');
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow').catch(() => '0')), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await progress.getAttribute('aria-valuemax')).toBe('600');
    await h.shot('13-import-progress');
    await page.getByTestId('import-cancel').click();
    const panel = page.locator('[data-testid="import-panel"][data-state="cancelled"]');
    await panel.waitFor({ timeout: 60_000 });
    const summary = (await page.getByTestId('import-summary').textContent()) ?? '';
    const imported = parseInt(/(\d+) imported/.exec(summary)?.[1] ?? '0', 10);
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(600);
    // Whole articles only: the library holds exactly the two dropped ones plus those reported imported.
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(imported + 2);
    await h.shot('14-import-cancelled');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
