/**
 * Linking two spans, background re-anchoring shown without a reload, local snapshot files of sources, and the
 * annotated HTML report with the article's structure — in the real renderer, through the preview host.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS_DIR, article, importThroughUi, openHarness, textFile, type Harness } from './harness';
import { highlightText, selectText } from './editorSelection';

let h: Harness;
const meta = { title: '链接测试文章', date: '2023-11-03 06:22', author: '测试', source: 'https://example.org/links-e2e' };
const P1 = '[[zh:卡塔尔]]外交部表示，每月向加沙提供 3000 万美元。';
const P2 = '第二段说，至少 110 名外国护照持有者离开加沙。';
const P3 = '第三段：哈马斯否认了这一说法，称数字被夸大。';
const P4 = '> 一段引文，用来检查报告里的结构。';

const linkItem = () => h.page.locator('[data-testid="annotation-item"][data-motivation="linking"]');

async function openArticle(body: string[]): Promise<void> {
  const { page } = h;
  await importThroughUi(page, [textFile('links.md', article({ ...meta, body: body.join('\n\n') }))]);
  await page.getByTestId('library-row').filter({ hasText: meta.title }).getByTestId('library-open').click();
  await page.getByTestId('article-doc').waitFor();
  await page.getByTestId('annotations-panel').waitFor();
}

beforeAll(async () => {
  h = await openHarness();
  await openArticle([P1, P2, P3, P4]);
});

afterAll(async () => {
  await h?.close();
});

describe('link two spans', () => {
  it('links two selections with Alt+L, highlights both, lists the link and jumps to either end', async () => {
    const { page } = h;
    expect(await page.getByTestId('annotate-link').textContent()).toContain('Alt+L');
    await selectText(page, '外交部表示');
    await page.keyboard.press('Alt+l');
    expect(await page.getByTestId('link-pending').textContent()).toContain('外交部表示');
    await selectText(page, '哈马斯否认了这一说法');
    await page.keyboard.press('Alt+l');
    await expect.poll(() => linkItem().count()).toBe(1);
    await expect.poll(() => page.getByTestId('link-pending').count()).toBe(0);
    const id = (await linkItem().getAttribute('data-id')) ?? '';
    await expect.poll(() => highlightText(page, id)).toBe('外交部表示');
    await expect.poll(() => highlightText(page, `${id}#link`)).toBe('哈马斯否认了这一说法');
    expect(await page.getByTestId('link-ends').textContent()).toContain('哈马斯否认了这一说法');
    expect(await linkItem().getByTestId('annotation-link-end').textContent()).toContain('哈马斯否认了这一说法');
    await page.getByTestId('link-jump-link').click();
    await expect.poll(() => page.locator('.anno-flash').textContent()).toBe('哈马斯否认了这一说法');
    await page.getByTestId('link-jump-target').click();
    await expect.poll(() => page.locator('.anno-flash').textContent()).toBe('外交部表示');
    // A click on the second span opens the link in the panel.
    await page.getByTestId('annotation-detail').locator('button[aria-label="Close"]').click();
    await page.locator(`[data-annotation-id="${id}#link"]`).first().click();
    await expect.poll(() => page.locator('.annotation-item.selected').getAttribute('data-id')).toBe(id);
    await h.shot('annotations-links-01-linked');
  });

  it('starts a link from the palette (Escape cancels it) and from the toolbar', async () => {
    const { page } = h;
    await selectText(page, '110 名');
    await page.keyboard.press('Control+Shift+P');
    await page.getByTestId('command-palette').locator('input').fill('link');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('link-pending').textContent()).toContain('110 名');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('link-pending').count()).toBe(0);
    await selectText(page, '110 名');
    await page.getByTestId('annotate-link').click();
    expect(await page.getByTestId('link-pending').textContent()).toContain('110 名');
    await selectText(page, '3000 万美元');
    await page.getByTestId('annotate-link').click();
    await expect.poll(() => linkItem().count()).toBe(2);
  });
});

describe('re-anchoring shown without a reload', () => {
  it('shows the second span of a link as orphaned once an edit deleting it is saved', async () => {
    const { page } = h;
    const first = linkItem().first();
    const id = (await first.getAttribute('data-id')) ?? '';
    await first.locator('button').first().click();
    expect(await page.getByTestId('link-ends').getAttribute('data-link-anchor')).toBe('anchored');
    await page.keyboard.press('Control+e');
    expect(await page.getByTestId('article-doc').getAttribute('contenteditable')).toBe('true');
    // Delete the third paragraph's sentence, as a user selecting it and pressing Delete.
    await selectText(page, P3);
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByTestId('article-doc').textContent(), { timeout: 5_000 }).not.toContain('哈马斯否认');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await expect.poll(() => page.getByTestId('link-ends').getAttribute('data-link-anchor'), { timeout: 10_000 }).toBe('orphaned');
    expect(await first.getByTestId('annotation-link-end').getAttribute('data-link-anchor')).toBe('orphaned');
    expect(await page.getByTestId('link-orphan-notice').isVisible()).toBe(true);
    expect(await highlightText(page, id)).toBe('外交部表示');
    expect(await page.locator(`[data-annotation-id="${id}#link"]`).count()).toBe(0);

    // Re-attach the second span to a new selection.
    await selectText(page, '离开加沙');
    await page.getByTestId('link-reattach').click();
    await expect.poll(() => page.getByTestId('link-ends').getAttribute('data-link-anchor')).toBe('anchored');
    await expect.poll(() => highlightText(page, `${id}#link`)).toBe('离开加沙');
    await page.keyboard.press('Control+e');
    await h.shot('annotations-links-02-reattached');
  });

  it('shows an annotation orphaned by a re-import of the changed file, without a reload', async () => {
    const { page } = h;
    await selectText(page, '外国护照持有者');
    await page.keyboard.press('Alt+h');
    const highlight = page.locator('[data-testid="annotation-item"][data-motivation="highlighting"]');
    await expect.poll(() => highlight.getAttribute('data-anchor')).toBe('anchored');
    // The same article (same source link) imported again without its second paragraph: a new revision.
    await importThroughUi(page, [textFile('links.md', article({ ...meta, body: [P1, P3, P4].join('\n\n') }))]);
    await expect.poll(() => highlight.getAttribute('data-anchor'), { timeout: 15_000 }).toBe('orphaned');
    await h.shot('annotations-links-03-reimported');
  });
});

describe('source snapshots', () => {
  it('attaches a saved page to a source, shows name, size and hash, refuses other files, and saves it again', async () => {
    const { page } = h;
    await page.reload();
    await page.getByTestId('article-doc').waitFor();
    await selectText(page, '每月向加沙提供');
    await page.keyboard.press('Alt+c');
    await page.getByTestId('claim-editor').waitFor();
    await page.getByTestId('source-add').click();
    await page.getByTestId('source-url').fill('https://example.org/report');
    await page.getByTestId('source-snapshot').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain') });
    expect(await page.getByTestId('snapshot-problem').textContent()).toContain('PDF or an HTML file');
    const saved = Buffer.from('<!doctype html><title>Saved</title><p>每月 3000 万美元</p>');
    await page.getByTestId('source-snapshot').setInputFiles({ name: 'saved-page.html', mimeType: 'text/html', buffer: saved });
    expect(await page.getByTestId('source-snapshot-picked').textContent()).toContain('saved-page.html');
    await page.getByTestId('source-save').click();
    const info = page.getByTestId('source-snapshot-info');
    await info.waitFor();
    const sha256 = createHash('sha256').update(saved).digest('hex');
    expect(await info.getAttribute('data-sha256')).toBe(sha256);
    expect(await info.textContent()).toContain('saved-page.html');
    expect(await info.textContent()).toContain(`${saved.byteLength} B`);
    expect(await info.textContent()).toContain(sha256.slice(0, 12));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('source-snapshot-save').click()]);
    expect(download.suggestedFilename()).toBe('saved-page.html');
    expect(fs.readFileSync((await download.path()) ?? '')).toEqual(saved);
    await h.shot('annotations-links-04-snapshot');
  });

  it('refuses an oversize file with a clear message', async () => {
    const { page } = h;
    await page.getByTestId('source-add').click();
    // A sparse file on disk: the picker sees its size without 50 MB crossing to the browser.
    const huge = path.join(h.dir, 'huge.pdf');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 50 * 1024 * 1024 + 1);
    await page.getByTestId('source-snapshot').setInputFiles(huge);
    expect(await page.getByTestId('snapshot-problem').textContent()).toMatch(/more than the 50 MB/);
    expect(await page.getByTestId('source-snapshot-picked').count()).toBe(0);
  });
});

describe('annotated HTML report', () => {
  it('shows the article structure with numbered highlights at the exact spans', async () => {
    const { page } = h;
    await page.getByTestId('annotations-tab-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report-html').click()]);
    const html = fs.readFileSync((await download.path()) ?? '', 'utf8');
    expect(html).toMatch(/<a class="wiki-link" href="https:\/\/zh\.wikipedia\.org\/wiki\/%E5%8D%A1%E5%A1%94%E5%B0%94"[^>]*>卡塔尔<\/a>/);
    expect(html).toContain('<blockquote>');
    expect(html).toMatch(/<mark[^>]*>外交部表示<\/mark><sup class="ref" id="ref-\d+">/);
    expect(html).toMatch(/<mark[^>]*>每月向加沙提供<\/mark><sup class="ref"/);
    const file = path.join(RESULTS_DIR, 'annotations-links-report.html');
    fs.writeFileSync(file, html);
    const view = await h.context.newPage();
    await view.setContent(html);
    await view.screenshot({ path: path.join(RESULTS_DIR, 'annotations-links-05-report.png'), fullPage: true });
    expect(await view.locator('article mark').count()).toBeGreaterThanOrEqual(3);
    expect(await view.locator('article mark', { hasText: '3000 万美元' }).count()).toBe(1);
    await view.close();
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
