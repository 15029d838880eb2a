/**
 * Fact-checking in the real renderer: select a span, make a claim with the keyboard, add a source, set a verdict,
 * accept a suggestion with one key, edit the text before the claim and see the highlight follow, reload and find
 * everything, export the HTML and PDF reports (the PDF's text read back with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURE, RESULTS_DIR, article, importThroughUi, openHarness, textFile, type Harness } from './harness';
import { highlightText, selectText } from './editorSelection';

let h: Harness;
const CLAIM = '每月 3000 万美元';
const PREFIX = '（据称）';

const claimItem = () => h.page.locator('[data-testid="annotation-item"][data-motivation="assessing"]');

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [FIXTURE]);
  await h.page.getByTestId('library-open').first().click();
  await h.page.getByTestId('article-doc').waitFor();
  await h.page.getByTestId('annotations-panel').waitFor();
});

afterAll(async () => {
  await h?.close();
});

describe('annotations and claims', () => {
  it('underlines suggested claims and shows the shortcuts on the toolbar and in the palette', async () => {
    const { page } = h;
    await expect.poll(() => page.locator('.claim-suggestion').count(), { timeout: 10_000 }).toBeGreaterThan(5);
    expect(await page.getByTestId('annotate-claim').textContent()).toContain('Alt+C');
    expect(await page.getByTestId('annotate-accept').textContent()).toContain('Alt+A');
    await page.keyboard.press('Control+Shift+P');
    await page.getByTestId('command-palette').waitFor();
    await page.keyboard.type('sugg');
    expect(await page.getByTestId('command-palette').locator('li').count()).toBe(1);
    await h.shot('annotations-01-palette');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('command-palette').count()).toBe(0);
  });

  it('makes a claim from the selection with Alt+C, its value read from the words', async () => {
    const { page } = h;
    await selectText(page, CLAIM);
    await page.keyboard.press('Alt+c');
    await expect.poll(() => claimItem().count()).toBe(1);
    const id = (await claimItem().getAttribute('data-id')) ?? '';
    expect(await highlightText(page, id)).toBe(CLAIM);
    await page.getByTestId('claim-editor').waitFor();
    expect(await page.getByTestId('claim-value-number').inputValue()).toBe('30000000');
    expect(await page.getByTestId('claim-value-currency').inputValue()).toBe('USD');
    expect(await page.getByTestId('claim-value-per').inputValue()).toBe('month');
    expect(await claimItem().getAttribute('data-verdict')).toBe('unverified');
  });

  it('adds a source (refusing a javascript: link) and sets a verdict', async () => {
    const { page } = h;
    await page.getByTestId('claim-english').fill('$30M per month');
    await page.getByTestId('claim-attributed').fill('Reuters');
    await page.getByTestId('source-add').click();
    await page.getByTestId('source-url').fill('javascript:alert(1)');
    await page.getByTestId('source-save').click();
    expect(await page.getByTestId('source-problem').textContent()).toContain('http');
    await page.getByTestId('source-url').fill('https://www.reuters.com/world/middle-east/qatar-gaza-salaries');
    await page.getByTestId('source-title').fill('Qatar pays Gaza public salaries');
    await page.getByTestId('source-publisher').fill('Reuters');
    await page.getByTestId('source-date').fill('2023-10-20');
    await page.getByTestId('source-quote').fill('Qatar has paid $30 million a month');
    await page.getByTestId('source-credibility').selectOption('4');
    await page.getByTestId('source-save').click();
    await expect.poll(() => page.getByTestId('claim-source').count()).toBe(1);

    await page.getByTestId('claim-verdict').selectOption('mostly true');
    await page.getByTestId('claim-rationale').fill('Reuters reports the monthly payments; the figure includes fuel aid.');
    await page.getByTestId('claim-status').selectOption('checked');
    await page.getByTestId('claim-save').click();
    await expect.poll(() => claimItem().getAttribute('data-verdict')).toBe('mostly true');
    expect(await page.getByTestId('claim-save').textContent()).toBe('Saved');
    // The highlight takes the verdict's colour.
    const id = (await claimItem().getAttribute('data-id')) ?? '';
    // Set inline or through a class: what counts is the colour the highlight is drawn with.
    const colour = await page.locator(`[data-annotation-id="${id}"]`).first().evaluate((el) => getComputedStyle(el).getPropertyValue('--anno-colour').trim().toLowerCase());
    expect(colour).toBe('#7cb342');
    await h.shot('annotations-02-claim');

    await page.getByTestId('annotation-history-open').click();
    await expect.poll(() => page.getByTestId('annotation-history').locator(':scope > li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('annotation-history').textContent()).toContain('verdict: unverified → mostly true');
  });

  it('turns the suggestion under the cursor into a claim with one key', async () => {
    const { page } = h;
    const before = await claimItem().count();
    // A caret inside "60 亿美元".
    await page.evaluate(() => {
      const el = [...document.querySelectorAll('.claim-suggestion')].find((e) => (e.textContent ?? '').startsWith('60 亿'));
      const text = el?.firstChild;
      if (!text) throw new Error('no suggestion for 60 亿');
      const range = document.createRange();
      range.setStart(text, 2);
      range.collapse(true);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    await page.waitForTimeout(80);
    await page.keyboard.press('Alt+a');
    await expect.poll(() => claimItem().count()).toBe(before + 1);
    expect(await page.getByTestId('claim-value-number').inputValue()).toBe('6000000000');
    const items = await page.getByTestId('annotation-item').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    // Document order: the Gaza salaries paragraph comes before the Iran deal.
    expect(items.findIndex((t) => t.includes('3000'))).toBeLessThan(items.findIndex((t) => t.includes('60 亿')));
  });

  it('keeps the highlight on its words while text is typed before it', async () => {
    const { page } = h;
    const id = (await claimItem().first().getAttribute('data-id')) ?? '';
    await page.keyboard.press('Control+e');
    expect(await page.getByTestId('article-doc').getAttribute('contenteditable')).toBe('true');
    const paragraph = page.getByTestId('article-doc').locator('p', { hasText: '3000' });
    const before = (await paragraph.textContent()) ?? '';
    await paragraph.click({ position: { x: 3, y: 8 } });
    await page.keyboard.press('Home');
    await page.keyboard.type(PREFIX);
    await expect.poll(() => paragraph.textContent()).toBe(PREFIX + before);
    expect(await highlightText(page, id)).toBe(CLAIM);
    const offset = await page.locator(`[data-annotation-id="${id}"]`).first().evaluate((el) => el.getBoundingClientRect().left);
    expect(offset).toBeGreaterThan(0);
    await h.shot('annotations-03-edited');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
  });

  it('finds the claims, their sources and verdicts after a reload, anchored on the edited text', async () => {
    const { page } = h;
    await page.reload();
    await page.getByTestId('article-doc').waitFor();
    expect(await page.getByTestId('article-doc').textContent()).toContain(PREFIX);
    await expect.poll(() => claimItem().count()).toBe(2);
    const first = claimItem().first();
    expect(await first.getAttribute('data-verdict')).toBe('mostly true');
    expect(await first.getAttribute('data-anchor')).toBe('anchored');
    const id = (await first.getAttribute('data-id')) ?? '';
    await expect.poll(() => highlightText(page, id)).toBe(CLAIM);
    await first.locator('button').first().click();
    await expect.poll(() => page.locator('.anno-flash').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('claim-english').inputValue()).toBe('$30M per month');
    expect(await page.getByTestId('claim-source').textContent()).toContain('Qatar pays Gaza public salaries');
    // The panel opened from outlines (no sources, no context): a claim saved now still keeps what the outline left out.
    await page.getByTestId('claim-status').selectOption('in review');
    await page.getByTestId('claim-save').click();
    await expect.poll(() => page.getByTestId('claim-save').isDisabled()).toBe(true);
    expect(await page.getByTestId('claim-source').textContent()).toContain('Qatar pays Gaza public salaries');
    expect(await page.getByTestId('claim-english').inputValue()).toBe('$30M per month');
    // Clicking the other claim's highlight in the text opens it in the panel.
    const second = claimItem().nth(1);
    const secondId = (await second.getAttribute('data-id')) ?? '';
    await page.locator(`[data-annotation-id="${secondId}"]`).first().click();
    await expect.poll(() => page.locator('.annotation-item.selected').getAttribute('data-id')).toBe(secondId);
    // Filters: verdict and type.
    await page.getByTestId('filter-verdict').selectOption('mostly true');
    expect(await page.getByTestId('annotation-item').count()).toBe(1);
    await page.getByTestId('filter-verdict').selectOption('all');
    await h.shot('annotations-04-reloaded');
  });

  it('exports the annotated HTML and PDF reports', async () => {
    const { page } = h;
    await page.getByTestId('annotations-tab-export').click();
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report-html').click()]);
    const htmlText = fs.readFileSync((await html.path()) ?? '', 'utf8');
    expect(htmlText).toContain('3000');
    expect(htmlText).toContain('$30M per month');
    expect(htmlText).toContain('https://www.reuters.com/world/middle-east/qatar-gaza-salaries');
    // No executable script: only the ClaimReview JSON-LD data block.
    expect(htmlText).not.toMatch(/<script(?![^>]*application\/ld\+json)/);

    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-report-pdf').click()]);
    const pdfFile = path.join(RESULTS_DIR, 'annotations-report.pdf');
    await pdf.saveAs(pdfFile);
    expect(fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('$30M per month');
    expect(text.replace(/\s+/g, '')).toContain('3000万');
    await h.shot('annotations-05-export');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  it('brings a deleted claim back by importing the JSON-LD export', async () => {
    const { page } = h;
    await page.getByTestId('annotations-tab-export').click();
    const [jsonld] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-jsonld').click()]);
    const file = path.join(RESULTS_DIR, 'annotations-export.jsonld');
    await jsonld.saveAs(file);
    await page.getByTestId('annotations-tab-list').click();
    const before = await claimItem().count();
    expect(before).toBeGreaterThan(0);
    const id = (await claimItem().first().getAttribute('data-id')) ?? '';
    await claimItem().first().locator('button').first().click();
    await page.getByTestId('annotation-delete').click();
    await expect.poll(() => claimItem().count()).toBe(before - 1);
    expect(await page.locator(`[data-annotation-id="${id}"]`).count()).toBe(0);

    await page.getByTestId('annotations-tab-export').click();
    await page.getByTestId('annotations-import-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('toast-info').allTextContents()).toContainEqual(expect.stringContaining('imported from annotations-export.jsonld'));
    await page.getByTestId('annotations-tab-list').click();
    await expect.poll(() => claimItem().count()).toBe(before);
    await expect.poll(() => page.locator(`[data-annotation-id="${id}"]`).count()).toBeGreaterThan(0);
    await h.shot('annotations-06-jsonld-imported');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});

describe('notes, tags and anchors that survive a changed file', () => {
  const meta = { title: '卡塔尔调解测试', date: '2023-11-03 06:22', author: '测试', source: 'https://example.org/mini-qatar' };
  const first = '卡塔尔外交部表示，谈判仍在继续。';
  const second = '据路透社报道，卡塔尔每月向加沙提供 3000 万美元。';
  const third = '第三段没有数字，只有评论。';

  it('comments with Alt+M and tags with Alt+T through the composer, then renames the tag everywhere', async () => {
    const { page } = h;
    await page.getByTestId('back-to-library').click();
    await importThroughUi(page, [textFile('mini.md', article({ ...meta, body: [first, second, third].join('\n\n') }))]);
    await page.getByTestId('library-row').filter({ hasText: meta.title }).getByTestId('library-open').click();
    await page.getByTestId('article-doc').waitFor();
    await expect.poll(() => page.getByTestId('annotations-panel').getAttribute('data-count')).toBe('0');

    await selectText(page, '谈判仍在继续');
    await page.keyboard.press('Alt+m');
    await page.getByTestId('composer-text').fill('Which talks, and with whom?');
    await page.keyboard.press('Enter');
    const comment = page.locator('[data-testid="annotation-item"][data-motivation="commenting"]');
    await expect.poll(() => comment.count()).toBe(1);
    expect(await comment.textContent()).toContain('Which talks, and with whom?');

    await selectText(page, '只有评论');
    await page.keyboard.press('Alt+t');
    await page.getByTestId('composer-text').fill('follow-up');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="annotation-item"][data-motivation="tagging"]').count()).toBe(1);

    await page.getByTestId('annotations-tab-tags').click();
    await page.locator('[data-testid="tag-row"][data-tag="follow-up"] button').click();
    await page.getByLabel('New name').fill('later');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="tag-row"][data-tag="later"]').waitFor();
    await page.getByTestId('annotations-tab-list').click();
    await page.getByTestId('filter-tag').selectOption('later');
    expect(await page.getByTestId('annotation-item').count()).toBe(1);
    await page.getByTestId('filter-tag').selectOption('all');
    await h.shot('annotations-06-notes');
  });

  it('shows an annotation whose words were deleted from the file as orphaned, and re-attaches it to the selection', async () => {
    const { page } = h;
    // The same article (same source link) imported again without its first paragraph: a new revision.
    await importThroughUi(page, [textFile('mini.md', article({ ...meta, body: [second, third].join('\n\n') }))]);
    await page.reload();
    await page.getByTestId('article-doc').waitFor();
    const comment = page.locator('[data-testid="annotation-item"][data-motivation="commenting"]');
    await expect.poll(() => comment.getAttribute('data-anchor')).toBe('orphaned');
    const tagged = page.locator('[data-testid="annotation-item"][data-motivation="tagging"]');
    expect(await tagged.getAttribute('data-anchor')).toBe('anchored');
    await comment.locator('button').first().click();
    expect(await page.getByTestId('orphan-notice').textContent()).toContain('谈判仍在继续');
    await h.shot('annotations-07-orphan');

    await selectText(page, '3000 万美元');
    await page.getByTestId('anchor-reattach').click();
    await expect.poll(() => comment.getAttribute('data-anchor')).toBe('anchored');
    const id = (await comment.getAttribute('data-id')) ?? '';
    await expect.poll(() => highlightText(page, id)).toBe('3000 万美元');
    // The thread is kept: the comment and its history.
    expect(await comment.textContent()).toContain('Which talks, and with whom?');
    await page.getByTestId('annotation-history-open').click();
    await expect.poll(() => page.getByTestId('annotation-history').locator(':scope > li').count()).toBeGreaterThanOrEqual(3);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
