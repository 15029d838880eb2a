/**
 * A fact-checker's whole day on three new articles (traditional Chinese with 新台幣/港元 amounts, English, and a long
 * simplified Chinese one dense with numbers, quotes and wiki-links): import, open, accept a suggestion with the
 * keyboard, claim a selection, fill every claim field, add two sources (one refused, with a message that says why),
 * comment and tag, filter the panel, reveal from the panel, edit before a claim, reload, export HTML and PDF.
 * Screenshots of each step go to test-results/e2e-factcheck-*.png.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, importThroughUi, openHarness, type Harness } from './harness';
import { highlightText, selectText as selectInDom } from './editorSelection';

const FIXTURES = fileURLToPath(new URL('../fixtures/factcheck12/', import.meta.url));
const HANT = path.join(FIXTURES, 'taipei-metro-fares.zh-hant.md');
const EN = path.join(FIXTURES, 'lagos-flood-funding.en.md');
const LONG = path.join(FIXTURES, 'gulf-energy-deals.zh.md');

const HANT_TITLE = '北捷票價調漲爭議';
const EN_TITLE = 'flood fund';
const LONG_TITLE = '海湾能源外交';

let h: Harness;
const claims = () => h.page.locator('[data-testid="annotation-item"][data-motivation="assessing"]');
const items = () => h.page.getByTestId('annotation-item');

async function openArticle(titlePart: string): Promise<void> {
  const { page } = h;
  if ((await page.getByTestId('library').count()) === 0) await page.getByTestId('back-to-library').click();
  await page.getByTestId('library-row').filter({ hasText: titlePart }).getByTestId('library-open').click();
  await page.getByTestId('article-doc').waitFor();
  await page.getByTestId('annotations-panel').waitFor();
}

/**
 * Selects `text` in the article as a mouse drag would: the drag first takes the focus away from the panel's field
 * (a DOM selection made by script leaves it there, and the shortcuts rightly ignore keys typed into a field).
 */
async function selectText(page: Harness['page'], text: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await selectInDom(page, text);
}

/** The data-testid of the focused element ('' when none), or its tag name when it has no test id. */
function focused(): Promise<string> {
  return h.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.dataset.testid ?? el.tagName) : '';
  });
}

/** Whether `testid`'s box lies inside the viewport and inside the annotations panel's visible area. */
function inSight(testid: string): Promise<boolean> {
  return h.page.evaluate((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    const panel = document.querySelector('[data-testid="annotations-panel"]');
    if (!el || !panel) return false;
    const r = el.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    return r.top >= Math.max(0, p.top) && r.bottom <= Math.min(window.innerHeight, p.bottom);
  }, testid);
}

/** Puts the caret inside the first suggestion underline that contains `needle`, on its first character. */
async function caretInSuggestion(needle: string): Promise<void> {
  const found = await h.page.evaluate((p) => {
    const el = [...document.querySelectorAll('.claim-suggestion')].find((e) => (e.textContent ?? '').includes(p));
    const text = el?.firstChild;
    if (!text || !(text instanceof Text)) return false;
    const range = document.createRange();
    range.setStart(text, text.data.indexOf(p) + 1);
    range.collapse(true);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    return true;
  }, needle);
  expect(found).toBe(true);
  await h.page.waitForTimeout(80);
}

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [HANT, EN, LONG]);
});

afterAll(async () => {
  await h?.close();
});

describe('a fact-checker walks the whole workflow on a long Chinese article', () => {
  it('imports three new articles and opens the long one', async () => {
    const { page } = h;
    expect(await page.getByTestId('library-row').count()).toBe(3);
    await h.shot('factcheck-01-library');
    await openArticle(LONG_TITLE);
    // Suggestions are asked for a moment after the article opened and drawn a slice at a time when the page is idle.
    await expect.poll(() => page.locator('.claim-suggestion').count(), { timeout: 10_000 }).toBeGreaterThan(10);
    await h.shot('factcheck-02-opened');
  });

  it('accepts a suggested claim with Alt+A', async () => {
    const { page } = h;
    await caretInSuggestion('7700 万吨');
    await page.keyboard.press('Alt+a');
    await expect.poll(() => claims().count()).toBe(1);
    await page.getByTestId('claim-editor').waitFor();
    expect(await page.getByTestId('claim-value-number').inputValue()).toBe('77000000');
    // The new claim's editor is scrolled into sight in the panel, not left below the list.
    await expect.poll(() => inSight('claim-english')).toBe(true);
    // A yellow verdict chip gets dark text (white on #fbc02d was 1.7:1).
    await page.getByTestId('claim-verdict').selectOption('mixed');
    await page.getByTestId('claim-english').press('Control+Enter');
    await expect.poll(() => claims().first().getAttribute('data-verdict')).toBe('mixed');
    const chip = claims().first().getByTestId('annotation-verdict');
    expect(await chip.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(26, 26, 26)');
    await h.shot('factcheck-03-accepted');
  });

  it('claims a selection with Alt+C and fills every field', async () => {
    const { page } = h;
    await selectText(page, '净利润 1210 亿美元');
    await page.keyboard.press('Alt+c');
    await expect.poll(() => claims().count()).toBe(2);
    await page.getByTestId('claim-editor').waitFor();
    expect(await page.locator('.claim-stated').textContent()).toContain('净利润 1210 亿美元');
    await page.getByTestId('claim-english').fill('Aramco net profit of $121 billion in 2023');
    await page.getByTestId('claim-attributed').fill('Saudi Aramco');
    await page.getByTestId('claim-verdict').selectOption('true');
    await page.getByTestId('claim-rationale').fill('Aramco annual report 2023: net income $121.3bn, down from $161.1bn.');
    await page.getByTestId('claim-status').selectOption('checked');
    await page.getByTestId('claim-reviewer').fill('factcheck12');
    // Saved from the keyboard on the button: the focus stays on it once it reads "Saved".
    await page.getByTestId('claim-save').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('claim-save').textContent()).toBe('Saved');
    expect(await page.getByTestId('claim-save').isDisabled()).toBe(true);
    expect(await focused()).toBe('claim-save');
    // The normalised value is shown whole (121000000000 was cut to 12100000), and the green chip keeps white text.
    const value = page.getByTestId('claim-value-number');
    expect(await value.inputValue()).toBe('121000000000');
    const room = await value.evaluate((el) => {
      const input = el as HTMLInputElement;
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) return -1;
      ctx.font = style.font;
      const spin = 20;
      return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - spin - ctx.measureText(input.value).width;
    });
    expect(room).toBeGreaterThan(0);
    await h.shot('factcheck-04-claim-fields');
  });

  it('adds two sources, the bad link refused with a message that says what is wrong', async () => {
    const { page } = h;
    await page.getByTestId('source-add').click();
    // Cancelled with Escape: the focus goes back to "Add source…".
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('source-form').count()).toBe(0);
    expect(await focused()).toBe('source-add');
    await page.keyboard.press('Enter');
    await page.getByTestId('source-url').fill('www.aramco.com/annual-report-2023');
    await page.getByTestId('source-save').click();
    const problem = (await page.getByTestId('source-problem').textContent()) ?? '';
    await h.shot('factcheck-05-bad-source');
    // Says what is missing (the scheme) and offers the complete link.
    expect(problem).toContain('"www.aramco.com/annual-report-2023" has no https:// (or http://) in front');
    await page.getByTestId('source-url-fix').click();
    expect(await page.getByTestId('source-url').inputValue()).toBe('https://www.aramco.com/annual-report-2023');
    expect(await page.getByTestId('source-problem').count()).toBe(0);
    // The Date field stays inside the form (it ran past the panel's edge).
    const overflow = await page.getByTestId('source-form').evaluate((form) => {
      const right = form.getBoundingClientRect().right;
      return [...form.querySelectorAll('input, select, textarea')].filter((el) => el.getBoundingClientRect().right > right + 0.5).map((el) => (el as HTMLElement).dataset.testid ?? el.tagName);
    });
    expect(overflow).toEqual([]);
    await page.getByTestId('source-url').fill('https://www.aramco.com/en/investors/reports-and-presentations');
    await page.getByTestId('source-title').fill('Annual Report 2023');
    await page.getByTestId('source-publisher').fill('Saudi Aramco');
    await page.getByTestId('source-date').fill('2024-03-10');
    await page.getByTestId('source-quote').fill('Net income of $121.3 billion');
    await page.getByTestId('source-credibility').selectOption('5');
    await page.getByTestId('source-save').click();
    await expect.poll(() => page.getByTestId('claim-source').count()).toBe(1);
    // The form is gone with the field that had focus: the keyboard goes on from "Add source…".
    expect(await focused()).toBe('source-add');
    await page.getByTestId('source-add').click();
    await page.getByTestId('source-url').fill('https://www.reuters.com/business/energy/aramco-2023-profit');
    await page.getByTestId('source-title').fill('Aramco profit falls 25%');
    await page.getByTestId('source-publisher').fill('Reuters');
    await page.getByTestId('source-save').click();
    await expect.poll(() => page.getByTestId('claim-source').count()).toBe(2);
    // The credibility stars contrast with the panel at least 3:1 (they were #f5a623, 2:1).
    const contrast = await page.locator('.credibility').first().evaluate((el) => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = ([r, g, b]: number[]) =>
        [r, g, b].map((v) => ((v ?? 0) / 255 <= 0.03928 ? (v ?? 0) / 255 / 12.92 : (((v ?? 0) / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
      let bg = 'rgb(255, 255, 255)';
      for (let n: Element | null = el; n; n = n.parentElement) {
        const c = getComputedStyle(n).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
          bg = c;
          break;
        }
      }
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(bg))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(contrast).toBeGreaterThanOrEqual(3);
    await h.shot('factcheck-06-sources');
  });

  it('comments with Alt+M and tags with Alt+T', async () => {
    const { page } = h;
    await selectText(page, '450 亿美元');
    await page.keyboard.press('Alt+m');
    await page.getByTestId('composer-text').fill('Investment figure differs from QatarEnergy press release (US$28.75bn for phase 1).');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="annotation-item"][data-motivation="commenting"]').count()).toBe(1);
    await selectText(page, '不足 30 万人');
    await page.keyboard.press('Alt+t');
    await page.getByTestId('composer-text').fill('needs-source');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="annotation-item"][data-motivation="tagging"]').count()).toBe(1);
    // The Tags tab counts the new tag at once.
    await expect.poll(() => page.getByTestId('annotations-tab-tags').textContent()).toBe('Tags 1');
    // A tag added to the comment in its detail: Enter saves it.
    const comment = page.locator('[data-testid="annotation-item"][data-motivation="commenting"]');
    await comment.locator('button').first().click();
    await page.getByTestId('annotation-tags').fill('investment, needs-source');
    await page.getByTestId('annotation-tags').press('Enter');
    await expect.poll(() => comment.locator('.tag-chip').allTextContents()).toEqual(['investment', 'needs-source']);
    await expect.poll(() => page.getByTestId('annotations-tab-tags').textContent()).toBe('Tags 2');
    await h.shot('factcheck-07-comment-tag');
  });

  it('filters the panel by verdict and by tag', async () => {
    const { page } = h;
    await page.getByTestId('filter-verdict').selectOption('true');
    await expect.poll(() => items().count()).toBe(1);
    await h.shot('factcheck-08-filter-verdict');
    await page.getByTestId('filter-verdict').selectOption('all');
    await page.getByTestId('filter-tag').selectOption('needs-source');
    await expect.poll(() => items().count()).toBe(2);
    await h.shot('factcheck-09-filter-tag');
    await page.getByTestId('filter-tag').selectOption('all');
    await expect.poll(() => items().count()).toBe(4);
  });

  it('reveals an annotation from the panel: scrolls to it and flashes it', async () => {
    const { page } = h;
    await page.getByTestId('article-doc').evaluate(() => window.scrollTo(0, 0));
    const last = items().last();
    const id = (await last.getAttribute('data-id')) ?? '';
    await last.locator('button').first().click();
    await expect.poll(() => page.locator(`.anno-flash[data-annotation-id="${id}"]`).count()).toBeGreaterThan(0);
    const box = await page.locator(`[data-annotation-id="${id}"]`).first().boundingBox();
    expect(box !== null && box.y > 0 && box.y + box.height < 880).toBe(true);
    await h.shot('factcheck-10-reveal');
  });

  it('deletes an annotation from the keyboard and keeps the focus in the list', async () => {
    const { page } = h;
    await selectText(page, '3 万亿美元');
    await page.keyboard.press('Alt+h');
    await expect.poll(() => items().count()).toBe(5);
    await page.getByTestId('annotation-delete').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items().count()).toBe(4);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="annotation-item"]') !== null)).toBe(true);
  });

  it('keeps the highlight on its words while text is typed before it, and finds everything after a reload', async () => {
    const { page } = h;
    const id = (await claims().nth(1).getAttribute('data-id')) ?? '';
    await page.keyboard.press('Control+e');
    const paragraph = page.getByTestId('article-doc').locator('p', { hasText: '1210' });
    const before = (await paragraph.textContent()) ?? '';
    await paragraph.click({ position: { x: 3, y: 8 } });
    await page.keyboard.press('Home');
    await page.keyboard.type('另据报道，');
    await expect.poll(() => paragraph.textContent()).toBe('另据报道，' + before);
    expect(await highlightText(page, id)).toBe('净利润 1210 亿美元');
    await h.shot('factcheck-11-edited');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await page.reload();
    await page.getByTestId('article-doc').waitFor();
    await expect.poll(() => items().count()).toBe(4);
    await expect.poll(() => highlightText(page, id)).toBe('净利润 1210 亿美元');
    await claims().nth(1).locator('button').first().click();
    await page.getByTestId('claim-editor').waitFor();
    // The detail of the clicked claim is brought into sight (it opened below the list, out of view).
    await expect.poll(() => inSight('claim-english')).toBe(true);
    expect(await page.getByTestId('claim-english').inputValue()).toBe('Aramco net profit of $121 billion in 2023');
    expect(await page.getByTestId('claim-reviewer').inputValue()).toBe('factcheck12');
    expect(await page.getByTestId('claim-status').inputValue()).toBe('checked');
    expect(await page.getByTestId('claim-source').count()).toBe(2);
    await h.shot('factcheck-12-reloaded');
  });

  it('exports the HTML report with the claims table, verdict counts and footnotes, and the PDF', async () => {
    const { page } = h;
    await page.getByTestId('annotations-tab-export').click();
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report-html').click()]);
    const htmlText = fs.readFileSync((await html.path()) ?? '', 'utf8');
    fs.writeFileSync(path.join(RESULTS_DIR, 'factcheck-report.html'), htmlText);
    expect(htmlText).toContain('Aramco net profit of $121 billion in 2023');
    expect(htmlText).toContain('https://www.aramco.com/en/investors/reports-and-presentations');
    // Verdict counts, the claims table (one row per claim) and a footnote per annotation, each linked from the text.
    expect(htmlText).toContain('<h2>Summary</h2><p>4 annotations, 2 claims.</p>');
    expect(htmlText).toMatch(/>Mixed<\/span> 1</);
    expect(htmlText).toMatch(/>True<\/span> 1</);
    expect(htmlText.match(/<tr id="claim-\d+">/g)?.length).toBe(2);
    expect(htmlText).toContain('<th>Claim</th><th>Verdict</th>');
    expect(htmlText.match(/<li id="note-\d+">/g)?.length).toBe(4);
    for (let n = 1; n <= 4; n++) expect(htmlText).toContain(`href="#note-${n}"`);
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-report-pdf').click()]);
    const pdfFile = path.join(RESULTS_DIR, 'factcheck-report.pdf');
    await pdf.saveAs(pdfFile);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    fs.writeFileSync(path.join(RESULTS_DIR, 'factcheck-report.txt'), text);
    expect(text).toContain('Aramco net profit of $121 billion in 2023');
    expect(text).toContain('4 annotations, 2 claims.');
    expect(text.replace(/\s+/g, '')).toContain('净利润1210亿美元');
    expect(text).toContain('Notes');
    await h.shot('factcheck-13-export');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});

describe('the traditional Chinese and English articles', () => {
  it('claims a 新台幣 amount in the traditional Chinese article', async () => {
    const { page } = h;
    await openArticle(HANT_TITLE);
    await expect.poll(() => page.locator('.claim-suggestion').count(), { timeout: 10_000 }).toBeGreaterThan(3);
    await selectText(page, '新台幣 300 億元');
    await page.keyboard.press('Alt+c');
    await expect.poll(() => claims().count()).toBe(1);
    await page.getByTestId('claim-editor').waitFor();
    // Alt+C again on the same words opens the claim there is instead of making an identical second one.
    const id = (await claims().first().getAttribute('data-id')) ?? '';
    await page.getByTestId('claim-english').fill('NT$30 billion');
    await page.getByTestId('claim-english').press('Control+Enter');
    await expect.poll(() => page.getByTestId('claim-save').textContent()).toBe('Saved');
    await selectText(page, '新台幣 300 億元');
    await page.keyboard.press('Alt+c');
    await expect.poll(() => page.getByTestId('claim-english').inputValue()).toBe('NT$30 billion');
    expect(await claims().count()).toBe(1);
    expect(await page.locator('.annotation-item.selected').getAttribute('data-id')).toBe(id);
    await h.shot('factcheck-20-hant-claim');
    await selectText(page, '港元 190 億元');
    await page.keyboard.press('Alt+c');
    await expect.poll(() => claims().count()).toBe(2);
    await h.shot('factcheck-21-hant-hkd');
  });

  it('claims a dollar amount in the English article', async () => {
    const { page } = h;
    await openArticle(EN_TITLE);
    await expect.poll(() => page.locator('.claim-suggestion').count(), { timeout: 10_000 }).toBeGreaterThan(3);
    await selectText(page, 'spent $120 million on drainage');
    await page.keyboard.press('Alt+c');
    await expect.poll(() => claims().count()).toBe(1);
    await page.getByTestId('claim-editor').waitFor();
    // Quotes of an English article are marked English, not Chinese (fonts, screen readers, hyphenation).
    expect(await page.locator('.claim-stated').getAttribute('lang')).toBe('en');
    expect(await claims().first().locator('.annotation-quote').getAttribute('lang')).toBe('en');
    await h.shot('factcheck-22-en-claim');
  });

  it('keeps claim changes not saved yet when another annotation is opened and this one again', async () => {
    const { page } = h;
    await selectText(page, 'more than 3,400 kilometres');
    await page.keyboard.press('Alt+c');
    await expect.poll(() => claims().count()).toBe(2);
    await page.getByTestId('claim-verdict').selectOption('mostly false');
    await page.getByTestId('claim-rationale').fill('UNILAG engineers measured about 1,900 km.');
    const second = claims().nth(1);
    const secondId = (await second.getAttribute('data-id')) ?? '';
    await claims().first().locator('button').first().click();
    await expect.poll(() => page.getByTestId('claim-rationale').inputValue()).toBe('');
    await second.locator('button').first().click();
    await expect.poll(() => page.locator('.claim-stated').textContent()).toContain('3,400');
    expect(await page.getByTestId('claim-rationale').inputValue()).toBe('UNILAG engineers measured about 1,900 km.');
    expect(await page.getByTestId('claim-verdict').inputValue()).toBe('mostly false');
    expect(await page.getByTestId('claim-unsaved').textContent()).toBe('not saved yet');
    // "more than" read from the words, and shown in words.
    const approx = page.getByTestId('claim-value-approx');
    expect(await approx.inputValue()).toBe('moreThan');
    expect(await approx.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('more than');
    await h.shot('factcheck-23-draft-kept');
    await page.getByTestId('claim-rationale').press('Control+Enter');
    await expect.poll(() => page.locator(`[data-testid="annotation-item"][data-id="${secondId}"]`).getAttribute('data-verdict')).toBe('mostly false');
    expect(await page.getByTestId('claim-unsaved').count()).toBe(0);
  });

  it('gives the focus back to the text after the palette or the composer is closed with Escape', async () => {
    const { page } = h;
    await page.keyboard.press('Control+e');
    await expect.poll(() => page.getByTestId('article-doc').getAttribute('contenteditable')).toBe('true');
    await page.getByTestId('article-doc').locator('p').first().click({ position: { x: 5, y: 8 } });
    expect(await focused()).toBe('article-doc');
    await page.keyboard.press('Control+Shift+P');
    await page.getByTestId('command-palette').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('command-palette').count()).toBe(0);
    expect(await focused()).toBe('article-doc');
    await selectText(page, 'rainy season');
    await page.keyboard.press('Alt+m');
    await page.getByTestId('composer-text').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('annotation-composer').count()).toBe(0);
    expect(await focused()).toBe('article-doc');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
