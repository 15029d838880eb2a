/**
 * Importing beyond the file input: files dropped on the window, and a long import that shows its progress and is
 * cancelled, leaving only whole articles behind.
 */
import fs from 'node:fs';
import path from 'node:path';
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

  it('imports a picked folder recursively, Markdown files only', async () => {
    const { page } = h;
    const folder = path.join(h.dir, 'picked');
    fs.mkdirSync(path.join(folder, 'nested/deeper'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'top.md'), article({ title: '文件夹顶层', date: '2018-01-01 00:00', author: '丙', source: 'https://gnews.org/articles/888001', body: '[[zh:中国]]' }));
    fs.writeFileSync(path.join(folder, 'nested/deeper/inner.markdown'), article({ title: '文件夹深处', date: '2018-01-02 00:00', author: '丁', source: 'https://gnews.org/articles/888002', body: '正文' }));
    fs.writeFileSync(path.join(folder, 'nested/photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    fs.writeFileSync(path.join(folder, '.hidden.md'), 'not me');
    await page.getByTestId('import-folder-input').setInputFiles(folder);
    await page.locator('[data-testid="import-panel"][data-state="finished"]').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toBe('2 imported');
    await page.getByTestId('import-details').click();
    const names = await page.getByTestId('import-result').locator('.import-file').allTextContents();
    expect(names.sort()).toEqual(['picked/nested/deeper/inner.markdown', 'picked/top.md']);
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(4);
  });

});

// A long import on a host that commits one article at a time (a real setting of the import service), so Cancel lands
// mid-way however fast the machine is.
describe('a long import', () => {
  let long: Harness;
  beforeAll(async () => {
    long = await openHarness({ imports: { batchMaxMs: 0 } });
  });
  afterAll(async () => {
    await long?.close();
  });

  it('shows the progress of a long import and cancels it between articles', async () => {
    const { page } = long;
    const fixture = fs.readFileSync(FIXTURE, 'utf8');
    // One article per commit (this harness's setting), so the import cannot outrun the click on a fast machine.
    const many = Array.from({ length: 2000 }, (_, i) => ({
      name: `batch/article-${String(i).padStart(3, '0')}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(fixture.replace('https://gnews.org/articles/1916252', `https://gnews.org/articles/${500000 + i}`), 'utf8'),
    }));
    // 2,000 files (~80 MB) cross to the page first: on a busy machine that alone took more than the 15 s default.
    await page.getByTestId('import-file-input').setInputFiles(many, { timeout: 90_000 });
    const progress = page.getByTestId('import-progress');
    await progress.waitFor({ timeout: 60_000 });
    expect(await progress.getAttribute('aria-valuemax')).toBe('2000');
    // Cancel as soon as the job runs, without waiting for the panel (re-rendered on every poll) to hold still.
    await page.getByTestId('import-cancel').click({ force: true });
    await long.shot('13-import-progress');
    const panel = page.locator('[data-testid="import-panel"][data-state="cancelled"]');
    await panel.waitFor({ timeout: 60_000 });
    const summary = (await page.getByTestId('import-summary').textContent()) ?? '';
    const imported = parseInt(/(\d+) imported/.exec(summary)?.[1] ?? '0', 10);
    expect(imported).toBeLessThan(2000);
    // Whole articles only: the library holds exactly those reported imported.
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(imported);
    await long.shot('14-import-cancelled');
    expect(long.pageErrors).toEqual([]);
    expect(long.consoleErrors).toEqual([]);
  });

  it('lists a library larger than one chunk of rows: every row arrives, filters and sorts see them all', async () => {
    const { page } = long;
    const before = await page.getByTestId('library-row').count();
    const many = Array.from({ length: 700 }, (_, i) => ({
      name: `library/${i}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        article({ title: `库文章 ${String(i).padStart(4, '0')}`, date: '2020-08-14 08:08', author: '甲', source: `https://gnews.org/articles/${900000 + i}`, body: `第${i}篇。` }),
        'utf8',
      ),
    }));
    await page.getByTestId('import-file-input').setInputFiles(many);
    await page.locator('[data-testid="import-panel"][data-state="finished"]').waitFor({ timeout: 60_000 });
    const total = before + 700;
    await expect.poll(() => page.getByTestId('library-count').textContent(), { timeout: 30_000 }).toBe(`${total.toLocaleString('en-US')} articles`);
    // Rows arrive a chunk at a time; all of them are in the table shortly after.
    await expect.poll(() => page.getByTestId('library-row').count(), { timeout: 30_000 }).toBe(total);
    await page.getByTestId('library-filter').fill('库文章 0699');
    await expect.poll(() => page.getByTestId('library-open').allTextContents()).toEqual(['库文章 0699']);
    await page.getByTestId('library-filter').fill('库文章');
    await page.getByTestId('sort-title').click();
    await expect.poll(async () => (await page.getByTestId('library-open').allTextContents()).length, { timeout: 30_000 }).toBe(700);
    const titles = await page.getByTestId('library-open').allTextContents();
    expect(titles[0]).toBe('库文章 0000');
    expect(titles[699]).toBe('库文章 0699');
    await long.shot('15-large-library');
    expect(long.pageErrors).toEqual([]);
  });
});
