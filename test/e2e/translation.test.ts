/**
 * The translation workspace in Chromium: attach the fixture's English, see pairs side by side with wiki-link chips
 * and confidence, fix the alignment with the keyboard (merge, undo, shift), confirm, reload and find the fixes,
 * export TMX; checks jump to their pair; the glossary takes a wiki-link entity's English; the link review flags
 * 两[[国关]]系. A hand-written article is translated from scratch (empty English, typed targets with a status).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, article, importThroughUi, openHarness, textFile, type Harness } from './harness';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENGLISH = path.join(root, 'test/fixtures/align/qatar-hamas.en.txt');

let h: Harness;

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [FIXTURE]);
  await h.page.getByTestId('library-open').first().click();
  await h.page.getByTestId('article-doc').waitFor();
});

afterAll(async () => {
  await h?.close();
});

const rows = () => h.page.getByTestId('pair-row');
const row = (i: number) => h.page.locator(`[data-testid="pair-row"][data-index="${i}"]`);
const selectedIndex = async () => Number(await h.page.locator('[data-testid="pair-row"][aria-selected="true"]').getAttribute('data-index'));
const rowZh = async (i: number) => (await row(i).getByTestId('pair-zh').textContent()) ?? '';
const rowEn = async (i: number) => (await row(i).getByTestId('pair-en').textContent()) ?? '';

/** Moves the selection to pair `i` with the arrow keys, as a user would. */
async function selectWithKeys(i: number): Promise<void> {
  const { page } = h;
  let at = await selectedIndex();
  while (at !== i) {
    await page.keyboard.press(at < i ? 'ArrowDown' : 'ArrowUp');
    const next = await selectedIndex();
    if (next === at) throw new Error(`cannot move the selection past pair ${at}`);
    at = next;
  }
}

describe('translation workspace', () => {
  let pairsAfterImport = 0;
  let merged = 1;

  it('attaches the English file and shows the pairs side by side', async () => {
    const { page } = h;
    await page.getByTestId('open-translation').click();
    await page.getByTestId('attach-english').waitFor();
    expect(page.url()).toMatch(/#\/article\/\d+\/translate$/);
    await h.shot('tr-01-attach');
    await page
      .getByTestId('attach-file-input')
      .setInputFiles({ name: 'qatar-hamas.en.txt', mimeType: 'text/plain', buffer: fs.readFileSync(ENGLISH) });
    await page.getByTestId('pair-list').waitFor();
    pairsAfterImport = await rows().count();
    expect(pairsAfterImport).toBeGreaterThan(15);
    // The first pair is the cover-photo caption in both languages.
    expect(await rowZh(0)).toContain('封面图片');
    expect(await rowEn(0)).toContain('Cover photo');
    // Wiki-links of the Chinese side show as chips; every pair shows a confidence and a status.
    expect(await page.getByTestId('pair-list').getByTestId('pair-link').count()).toBeGreaterThan(5);
    expect(await row(0).getByTestId('pair-confidence').textContent()).toMatch(/^\d{1,3}%$/);
    expect(await row(0).getAttribute('data-status')).toBe('auto');
    // The help line tells the keys.
    expect(await page.getByTestId('translation-help').textContent()).toContain('M merge with next');
    // The English covers only the start of the article: the rest are Chinese-only pairs, marked for attention.
    expect(await page.locator('[data-testid="pair-row"][data-shape$="-0"]').count()).toBeGreaterThan(0);
    await h.shot('tr-02-pairs');
  });

  it('merges two pairs with M, takes it back with Ctrl+Z, and shifts an English sentence with Alt+↓', async () => {
    const { page } = h;
    // Two neighbouring 1-1 pairs (what the aligner made of the fixture decides where they are).
    const shapes = await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-shape')));
    const i = shapes.findIndex((s, k) => k > 0 && s === '1-1' && shapes[k + 1] === '1-1');
    expect(i).toBeGreaterThan(0);
    merged = i;
    await row(i).click();
    expect(await selectedIndex()).toBe(i);
    const zh1 = await rowZh(i);
    const zh2 = await rowZh(i + 1);
    const en1 = await rowEn(i);
    const en2 = await rowEn(i + 1);
    await page.keyboard.press('m');
    await expect.poll(() => rows().count()).toBe(pairsAfterImport - 1);
    expect(await rowZh(i)).toBe(zh1 + zh2);
    expect(await rowEn(i)).toBe(`${en1} ${en2}`);
    expect(await row(i).getAttribute('data-shape')).toBe('2-2');
    // An edited pair is a person's decision: confirmed.
    expect(await row(i).getAttribute('data-status')).toBe('confirmed');
    await h.shot('tr-03-merged');

    await page.keyboard.press('Control+z');
    await expect.poll(() => rows().count()).toBe(pairsAfterImport);
    expect(await rowZh(i)).toBe(zh1);
    expect(await row(i).getAttribute('data-status')).toBe('auto');

    // Move pair i's English sentence down into pair i + 1 (leaving a 1-0 pair), undo it, then merge for good.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => row(i).getAttribute('data-shape')).toBe('1-0');
    expect(await row(i + 1).getAttribute('data-shape')).toBe('1-2');
    await page.keyboard.press('Control+z');
    await expect.poll(() => rowEn(i)).toBe(en1);
    await page.keyboard.press('m');
    await expect.poll(() => rows().count()).toBe(pairsAfterImport - 1);

    // S opens the split chooser on the 2-2 pair; its default cut gives back two 1-1 pairs; Ctrl+Z merges again.
    await page.keyboard.press('s');
    await page.getByTestId('split-chooser').waitFor();
    await h.shot('tr-03b-split-chooser');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows().count()).toBe(pairsAfterImport);
    expect(await row(i).getAttribute('data-shape')).toBe('1-1');
    expect(await rowZh(i + 1)).toBe(zh2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => rows().count()).toBe(pairsAfterImport - 1);
  });

  it('confirms a pair with Enter, jumps to the next pair to check with N', async () => {
    const { page } = h;
    await selectWithKeys(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('confirmed');
    // Confirming moves on to the next pair.
    expect(await selectedIndex()).toBe(1);
    await page.keyboard.press('n');
    const next = await selectedIndex();
    expect(await row(next).getAttribute('data-status')).toBe('auto');
    expect(await page.getByTestId('translation-progress').textContent()).toContain('2 confirmed');
    await h.shot('tr-04-confirmed');
  });

  it('keeps the fixes after a reload', async () => {
    const { page } = h;
    const zhMerged = await rowZh(merged);
    await page.reload();
    await page.getByTestId('pair-list').waitFor();
    expect(await rows().count()).toBe(pairsAfterImport - 1);
    expect(await row(0).getAttribute('data-status')).toBe('confirmed');
    expect(await row(merged).getAttribute('data-status')).toBe('confirmed');
    expect(await row(merged).getAttribute('data-shape')).toBe('2-2');
    expect(await rowZh(merged)).toBe(zhMerged);
  });

  it('exports TMX with translation units', async () => {
    const { page } = h;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tr-export-tmx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.tmx$/);
    const tmx = fs.readFileSync(await download.path(), 'utf8');
    expect(tmx).toContain('<tmx');
    expect(tmx).toMatch(/<tu[\s>]/);
    expect(tmx).toContain('Cover photo');
  });

  it('lists check findings that jump to their pair', async () => {
    const { page } = h;
    await page.getByTestId('tr-tab-checks').click();
    const findings = page.getByTestId('check-finding');
    await findings.first().waitFor();
    const last = findings.last();
    const text = (await last.textContent()) ?? '';
    const pairNumber = Number(/pair (\d+)/.exec(text)?.[1]);
    await last.click();
    expect(await selectedIndex()).toBe(pairNumber - 1);
    await h.shot('tr-05-checks');
  });

  it('flags 两[[国关]]系 in the link review', async () => {
    const { page } = h;
    await page.getByTestId('tr-tab-links').click();
    const finding = page.getByTestId('link-finding').filter({ hasText: '国关' });
    await finding.first().waitFor();
    expect(await finding.first().getByTestId('link-fix-unlink').count()).toBe(1);
    await h.shot('tr-06-link-review');
  });

  it('gives a wiki-link entity its English in the glossary', async () => {
    const { page } = h;
    await page.getByTestId('tr-tab-glossary').click();
    await page.getByTestId('glossary-seed').click();
    const qatar = page.locator('[data-testid="glossary-entry"][data-zh="卡塔尔"]');
    await qatar.waitFor();
    await qatar.getByTestId('glossary-en').fill('Qatar');
    await qatar.getByTestId('glossary-en').press('Enter');
    await page.reload();
    await page.getByTestId('tr-tab-glossary').click();
    await expect.poll(() => page.locator('[data-testid="glossary-entry"][data-zh="卡塔尔"] [data-testid="glossary-en"]').inputValue()).toBe('Qatar');
    await h.shot('tr-07-glossary');
  });

  it('translates a hand-written article from scratch, pair by pair', async () => {
    const { page } = h;
    const body = '[[zh:联合国]]周二发布报告。报告说，全球人口达到 80 亿。专家呼吁各国合作。';
    await page.goto(h.server.url);
    await page.getByTestId('library').waitFor();
    await importThroughUi(page, [
      textFile('un-report.md', article({ title: '联合国报告', date: '2023-11-02', author: '记者', source: 'https://example.com/un', body })),
    ]);
    await page.getByTestId('library-row').filter({ hasText: '联合国报告' }).getByTestId('library-open').click();
    await page.getByTestId('open-translation').click();
    await page.getByTestId('attach-mode-empty').click();
    await page.getByTestId('attach-empty').click();
    await page.getByTestId('pair-list').waitFor();
    const count = await rows().count();
    expect(count).toBeGreaterThanOrEqual(3);
    // Split a Chinese sentence where the caret is (专家呼吁|各国合作。), then take it back.
    const texts = async () => rows().evaluateAll((els) => els.map((e) => e.querySelector('[data-testid="pair-zh"]')?.textContent ?? ''));
    const last = (await texts()).findIndex((t) => t.startsWith('专家呼吁'));
    await row(last).click();
    await page.keyboard.press('s');
    const tool = page.locator('[data-testid="sentence-tool"][data-side="zh"]');
    await tool.locator('input').evaluate((el: HTMLInputElement) => {
      el.focus();
      el.setSelectionRange(4, 4);
    });
    await h.shot('tr-08a-sentence-split');
    await tool.getByTestId('sentence-split').click();
    // Two sentences now: their own pairs, or one 2-0 pair (with no English, the aligner may keep them together).
    const split = async () => (await rows().count()) === count + 1 || (await row(last).getAttribute('data-shape')) === '2-0';
    await expect.poll(split).toBe(true);
    await page.keyboard.press('s');
    expect(await page.locator('[data-testid="sentence-tool"][data-side="zh"] input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toContain('各国合作。');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(last).getAttribute('data-shape')).toBe('1-0');
    expect(await rows().count()).toBe(count);

    const index = (await texts()).findIndex((t) => t.includes('80 亿'));
    expect(index).toBeGreaterThanOrEqual(0);
    // The undo above is stored by its own request: type the target once the alignment it restored is the one shown.
    await expect.poll(() => page.getByTestId('translation-view').getAttribute('aria-busy')).toBe('false');
    await row(index).click();
    await page.getByTestId('target-text').fill('The report says the world population has reached 8 billion.');
    await page.getByTestId('target-status').selectOption('translated');
    await expect.poll(() => rowEn(index)).toContain('8 billion');
    // The status is stored by its own request: reload once nothing is waiting to be stored.
    await expect.poll(() => page.getByTestId('translation-view').getAttribute('aria-busy')).toBe('false');
    await page.reload();
    await page.getByTestId('pair-list').waitFor();
    expect(await rowEn(index)).toContain('8 billion');
    await row(index).click();
    await expect.poll(() => page.getByTestId('target-status').inputValue()).toBe('translated');
    await h.shot('tr-08-from-scratch');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  it('says so when the article itself is English, since the Chinese article is the one a translation attaches to', async () => {
    const { page } = h;
    const body = '[[en:Qatar]] has paid about $30 million a month to [[en:Gaza Strip|Gaza]] since 2018, officials said.';
    await page.goto(h.server.url);
    await page.getByTestId('library').waitFor();
    await importThroughUi(page, [
      textFile('qatar-en.md', article({ title: 'Qatar pays Gaza', date: '2023-11-05', author: 'Jane Doe', source: 'https://example.com/qatar', body })),
    ]);
    await page.getByTestId('library-row').filter({ hasText: 'Qatar pays Gaza' }).getByTestId('library-open').click();
    await page.getByTestId('open-translation').click();
    await expect.poll(() => page.getByTestId('translation-not-chinese').isVisible()).toBe(true);
    // The user may still attach a text: the notice explains, it does not block.
    expect(await page.getByTestId('attach-english').isVisible()).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});
