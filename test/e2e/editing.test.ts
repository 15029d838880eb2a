/**
 * Edit mode: off by default; type a fix, undo and redo it, let autosave store it as a new revision, reload and find
 * it; wiki-link tools (remove, change target); the original revision stays readable and read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, importThroughUi, openHarness, type Harness } from './harness';

let h: Harness;
const FIX = '（已核实）';

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [FIXTURE]);
  await h.page.getByTestId('library-open').first().click();
  await h.page.getByTestId('article-doc').waitFor();
});

afterAll(async () => {
  await h?.close();
});

const docText = () => h.page.getByTestId('article-doc').textContent();
const saveState = () => h.page.getByTestId('save-state').getAttribute('data-state');

describe('edit mode', () => {
  it('is off by default: the text cannot be typed into', async () => {
    const { page } = h;
    const doc = page.getByTestId('article-doc');
    expect(await doc.getAttribute('contenteditable')).toBe('false');
    expect(await page.getByTestId('edit-toggle').getAttribute('aria-pressed')).toBe('false');
    await doc.locator('p').nth(1).click();
    const before = await docText();
    await page.keyboard.type('x');
    expect(await docText()).toBe(before);
    await h.shot('06b-reading-mode');
  });

  it('types a fix, undoes and redoes it, and autosaves it as a new revision', async () => {
    const { page } = h;
    await page.keyboard.press('Control+e');
    expect(await page.getByTestId('edit-toggle').getAttribute('aria-pressed')).toBe('true');
    const doc = page.getByTestId('article-doc');
    expect(await doc.getAttribute('contenteditable')).toBe('true');
    expect(await saveState()).toBe('saved');

    // Put the cursor right after the second paragraph's first word and type the fix.
    const paragraph = doc.locator('p').nth(1);
    const before = (await paragraph.textContent()) ?? '';
    await paragraph.click();
    await page.keyboard.press('Home');
    await page.keyboard.type(FIX);
    expect(await paragraph.textContent()).toBe(FIX + before);
    expect(await saveState()).not.toBe('saved');

    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraph.textContent()).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => paragraph.textContent()).toBe(FIX + before);
    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraph.textContent()).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => paragraph.textContent()).toBe(FIX + before);
    await h.shot('07-editing');

    await expect.poll(saveState, { timeout: 10_000 }).toBe('saved');
    expect(await page.getByTestId('revision-count').textContent()).toBe('2 revisions');
    // The picker shows the revision now open: the one just saved.
    const picker = page.getByTestId('revision-select');
    expect(await picker.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '')).toMatch(/^#2 · edited .* · latest$/);
    await h.shot('08-saved');
  });

  it('keeps the edit after a reload, as the latest of two revisions', async () => {
    const { page } = h;
    await page.reload();
    await page.getByTestId('article-doc').waitFor();
    expect(await docText()).toContain(FIX);
    expect(await page.getByTestId('revision-count').textContent()).toBe('2 revisions');
    expect(await page.getByTestId('revision-select').locator('option').count()).toBe(2);
    // Reading mode again after a reload.
    expect(await page.getByTestId('article-doc').getAttribute('contenteditable')).toBe('false');
  });

  it('removes a wiki-link and retargets another with the toolbar, and the entities follow', async () => {
    const { page } = h;
    await page.getByTestId('edit-toggle').click();
    const doc = page.getByTestId('article-doc');
    const links = doc.locator('a.wiki-link');
    expect(await links.count()).toBe(183);

    const reuters = doc.locator('a.wiki-link[data-target="路透社"]');
    const reutersBefore = await reuters.count();
    const textBefore = await docText();
    await reuters.first().click();
    await page.getByTestId('remove-link').click();
    await expect.poll(() => links.count()).toBe(182);
    expect(await reuters.count()).toBe(reutersBefore - 1);
    expect(await docText()).toBe(textBefore);

    await doc.locator('a.wiki-link[data-target="波斯湾"]').first().click();
    await page.getByTestId('retarget-link').click();
    await page.getByTestId('link-form-target').fill('阿拉伯湾');
    await h.shot('09-retarget-form');
    await page.keyboard.press('Enter');
    await expect.poll(() => doc.locator('a.wiki-link[data-target="阿拉伯湾"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="entity-item"][data-target="阿拉伯湾"]').count()).toBe(1);
    await expect
      .poll(() => page.locator('[data-testid="entity-item"][data-target="路透社"]').getAttribute('data-count').catch(() => '0'))
      .toBe(String(reutersBefore - 1));

    // Leaving the article stores the pending edit at once.
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('library-row').first().waitFor();
    expect(await page.getByTestId('library-wikilinks').first().textContent()).toBe('182');
    await page.getByTestId('library-open').first().click();
    await page.getByTestId('article-doc').waitFor();
    // One or two more revisions, depending on whether autosave ran between the two edits.
    const revisions = parseInt((await page.getByTestId('revision-count').textContent()) ?? '', 10);
    expect(revisions).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('article-doc').locator('a.wiki-link[data-target="阿拉伯湾"]').count()).toBe(1);
  });

  it('keeps the original revision readable and read-only', async () => {
    const { page } = h;
    const select = page.getByTestId('revision-select');
    const oldest = await select.locator('option').last().getAttribute('value');
    await select.selectOption(oldest ?? '');
    await page.getByTestId('old-revision-notice').waitFor();
    expect(await docText()).not.toContain(FIX);
    expect(await page.getByTestId('article-doc').locator('a.wiki-link').count()).toBe(183);
    expect(await page.getByTestId('edit-toggle').isDisabled()).toBe(true);
    await h.shot('10-original-revision');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });
});
