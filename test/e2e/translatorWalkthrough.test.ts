/**
 * A translator's whole day in Chromium, on two article pairs written for it (test/fixtures/translate12/): a mainland
 * article whose English merges two sentences, splits one and reorders a paragraph, and a Taiwan article in traditional
 * characters full of names and figures whose English gets one figure wrong (38 ships → 83) and spells one name two
 * ways (鄭貞茂: Cheng Chen-mou, Cheng Zhenmao). Import, attach, read the alignment, fix the reordered paragraph with
 * the keyboard, confirm, reload, reuse the work on the second article (memory, concordance), run the checks, keep a
 * glossary, export TMX, XLIFF and the bilingual report and read them back. Screenshots under test-results/e2e-tw-*.
 *
 * The layout assertions are what a translator saw go wrong: the selected pair hidden under the key help when walking
 * up, the pair being split scrolled away by its own split chooser, the side tabs on two rows, glossary rows whose
 * English fields start at different places, a Chinese file attached as the English side without a word.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importThroughUi, openHarness, type Harness } from './harness';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DIR = path.join(root, 'test/fixtures/translate12');
const PANAMA_ZH = path.join(DIR, 'panama-drought.zh.md');
const PANAMA_EN = path.join(DIR, 'panama-drought.en.md');
const TAIWAN_ZH = path.join(DIR, 'evergreen-yangming.zh-tw.md');
const TAIWAN_EN = path.join(DIR, 'evergreen-yangming.en.md');

/** The reordered paragraph: four Chinese sentences, and their English in another order. */
const REORDERED_ZH = ['航运公司正在寻找替代路线。', '一些船只选择绕行好望角，航程因此增加约 10 天。', '另一些则经苏伊士运河前往美国东海岸。', '马士基表示，将开通一条经陆路转运集装箱的“陆桥”服务。'];
const REORDERED_EN = [
  'Maersk said it would open a "land bridge" service that moves containers overland.',
  'Shipping companies are looking for other routes.',
  'Some vessels are sailing through the Suez Canal to the US East Coast.',
  'Others go round the Cape of Good Hope, adding about 10 days to the voyage.',
];

let h: Harness;

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [PANAMA_ZH, TAIWAN_ZH]);
  await h.shot('tw-00-library');
});

afterAll(async () => {
  await h?.close();
});

const rows = () => h.page.getByTestId('pair-row');
const row = (i: number) => h.page.locator(`[data-testid="pair-row"][data-index="${i}"]`);
const selectedIndex = async () => Number(await h.page.locator('[data-testid="pair-row"][aria-selected="true"]').getAttribute('data-index'));
const shapes = () => rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-shape')));
const zhTexts = () => rows().evaluateAll((els) => els.map((e) => e.querySelector('[data-testid="pair-zh"]')?.textContent ?? ''));
const rowEn = async (i: number) => (await row(i).getByTestId('pair-en').textContent()) ?? '';

async function selectWithKeys(page: Page, i: number): Promise<void> {
  let at = await selectedIndex();
  while (at !== i) {
    await page.keyboard.press(at < i ? 'ArrowDown' : 'ArrowUp');
    await expect.poll(selectedIndex).not.toBe(at);
    at = await selectedIndex();
  }
}

/** Where the selected pair sits against the key help above the list (page coordinates). */
function selectedGeometry(page: Page): Promise<{ helpBottom: number; top: number; bottom: number; listBottom: number }> {
  return page.evaluate(() => {
    const help = document.querySelector('[data-testid="translation-help"]')!.getBoundingClientRect();
    const sel = document.querySelector('[data-testid="pair-row"][aria-selected="true"]')!.getBoundingClientRect();
    const main = document.querySelector('.tr-main')!.getBoundingClientRect();
    return { helpBottom: help.bottom, top: sel.top, bottom: sel.bottom, listBottom: main.bottom };
  });
}

async function openTranslation(page: Page, title: string): Promise<void> {
  await page.goto(h.server.url);
  await page.getByTestId('library').waitFor();
  await page.getByTestId('library-row').filter({ hasText: title }).getByTestId('library-open').click();
  await page.getByTestId('article-doc').waitFor();
  await page.getByTestId('open-translation').click();
}

async function attachFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('attach-file-input').setInputFiles({ name: path.basename(file), mimeType: 'text/markdown', buffer: fs.readFileSync(file) });
  await page.getByTestId('pair-list').waitFor();
}

async function download(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', isArray: (name) => ['tu', 'tuv', 'unit', 'prop', 'note'].includes(name) });
const text = (node: unknown): string => (typeof node === 'string' ? node : typeof node === 'number' ? String(node) : ((node as { '#text'?: string })?.['#text'] ?? ''));

describe('a translator walks the whole workflow', () => {
  let panamaPairs = 0;

  it('attaches the English and sees the merge, the split and the reordered paragraph in the alignment', async () => {
    const { page } = h;
    await openTranslation(page, '干旱持续');
    await page.getByTestId('attach-english').waitFor();
    await h.shot('tw-01-attach');
    await attachFile(page, PANAMA_EN);
    await h.shot('tw-02-pairs');
    panamaPairs = await rows().count();
    expect(panamaPairs).toBe(12);
    expect(await shapes()).toEqual(['1-1', '2-1', '1-1', '1-2', '0-1', '1-1', '2-2', '1-0', '2-1', '1-1', '1-1', '1-1']);
    // The English merged 由于…。这是… into one sentence: a 2-1 pair, and a correct one.
    expect((await zhTexts())[1]).toContain('这是该机构今年第四次下调通行上限。');
    expect(await rowEn(1)).toContain('its fourth reduction this year');
    // It split 今年该湖… in two: a 1-2 pair.
    expect(await rowEn(3)).toBe('The lake is about 1.8 metres below its five-year average this year. Rainfall has been the second lowest since records began in 1950.');
    // The reordered paragraph cannot be aligned in order: Maersk's English stands alone at the top, 马士基 at the bottom.
    expect(await row(4).getByTestId('pair-zh').textContent()).toBe('(nothing in Chinese)');
    expect(await rowEn(4)).toBe(REORDERED_EN[0]);
    expect(await rowEn(7)).toBe('(not translated)');
    expect(h.pageErrors).toEqual([]);
  });

  it('keeps the selected pair in sight below the key help while walking up and down the list', async () => {
    const { page } = h;
    expect(await selectedIndex()).toBe(0);
    const seen: string[] = [];
    const check = async () => {
      const g = await selectedGeometry(page);
      if (g.top < g.helpBottom - 0.5 || g.top >= g.listBottom) seen.push(`pair ${(await selectedIndex()) + 1}: top ${Math.round(g.top)}, help ends at ${Math.round(g.helpBottom)}`);
    };
    for (let i = 1; i < panamaPairs; i++) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(selectedIndex).toBe(i);
      await check();
    }
    for (let i = panamaPairs - 2; i >= 0; i--) {
      await page.keyboard.press('ArrowUp');
      await expect.poll(selectedIndex).toBe(i);
      await check();
    }
    await h.shot('tw-03-walked-up');
    expect(seen).toEqual([]);
  });

  it('fixes the reordered paragraph with M (four pairs into one 4-4 pair) and undoes a wrong move with Ctrl+Z', async () => {
    const { page } = h;
    await selectWithKeys(page, 4);
    // A wrong first try: Alt+↓ pushes Maersk's English into the next pair; Ctrl+Z takes it back.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => row(4).getAttribute('data-shape')).toBe('1-2');
    await h.shot('tw-04-wrong-move');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(4).getAttribute('data-shape')).toBe('0-1');
    for (let k = 0; k < 3; k++) {
      await page.keyboard.press('m');
      await expect.poll(() => rows().count()).toBe(panamaPairs - 1 - k);
    }
    expect(await row(4).getAttribute('data-shape')).toBe('4-4');
    expect(await row(4).getAttribute('data-status')).toBe('confirmed');
    expect(await row(4).getByTestId('pair-zh').textContent()).toBe(REORDERED_ZH.join(''));
    expect(await rowEn(4)).toBe(REORDERED_EN.join(' '));
    expect(await selectedIndex()).toBe(4);
    await h.shot('tw-05-merged');
  });

  it('opens the split chooser under the pair with the pair, the instructions and the Split button in sight', async () => {
    const { page } = h;
    await page.keyboard.press('s');
    const chooser = page.getByTestId('split-chooser');
    await chooser.waitFor();
    await h.shot('tw-06-split-chooser');
    const g = await page.evaluate(() => {
      const help = document.querySelector('[data-testid="translation-help"]')!.getBoundingClientRect();
      const main = document.querySelector('.tr-main')!.getBoundingClientRect();
      const pair = document.querySelector('[data-testid="pair-row"][aria-selected="true"]')!.getBoundingClientRect();
      const intro = document.querySelector('[data-testid="split-chooser"] > p')!.getBoundingClientRect();
      const apply = document.querySelector('[data-testid="split-apply"]')!.getBoundingClientRect();
      return { helpBottom: help.bottom, mainBottom: main.bottom, pairTop: pair.top, introTop: intro.top, applyBottom: apply.bottom };
    });
    expect.soft(g.pairTop).toBeGreaterThanOrEqual(g.helpBottom - 0.5);
    expect.soft(g.introTop).toBeGreaterThanOrEqual(g.helpBottom - 0.5);
    expect.soft(g.applyBottom).toBeLessThanOrEqual(g.mainBottom + 0.5);
    // The keyboard picks the cut: the Chinese cut is focused, ↓ moves it, Enter splits; Escape here just closes.
    await page.keyboard.press('Escape');
    await expect.poll(() => chooser.count()).toBe(0);
    expect(await row(4).getAttribute('data-shape')).toBe('4-4');
  });

  it('confirms every pair, and after a reload the fixed alignment is still there', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Confirm all' }).click();
    await expect.poll(() => page.locator('[data-testid="pair-row"][data-status="confirmed"]').count()).toBe(panamaPairs - 3);
    await page.reload();
    await page.getByTestId('pair-list').waitFor();
    expect(await shapes()).toEqual(['1-1', '2-1', '1-1', '1-2', '4-4', '2-1', '1-1', '1-1', '1-1']);
    expect(await row(4).getByTestId('pair-zh').textContent()).toBe(REORDERED_ZH.join(''));
    expect(await rowEn(4)).toBe(REORDERED_EN.join(' '));
    expect(await page.getByTestId('translation-progress').textContent()).toBe('9 pairs · 9 confirmed · 0 low-confidence');
    await h.shot('tw-07-reloaded');
  });

  it('exports TMX and XLIFF 2.1 that parse, one unit per pair with its text, and the bilingual report', async () => {
    const { page } = h;
    const tmx = await download(page, 'tr-export-tmx');
    expect(tmx.name).toMatch(/\.tmx$/);
    expect(XMLValidator.validate(tmx.text)).toBe(true);
    const tus = (xml.parse(tmx.text) as { tmx: { body: { tu: { tuv: { '@xml:lang': string; seg: unknown }[] }[] } } }).tmx.body.tu;
    expect(tus).toHaveLength(9);
    const fourFour = tus[4].tuv;
    expect(fourFour.map((t) => t['@xml:lang'])).toEqual(['zh-CN', 'en']);
    expect(text(fourFour[0].seg)).toBe(REORDERED_ZH.join(''));
    expect(text(fourFour[1].seg)).toBe(REORDERED_EN.join(' '));
    expect(text(tus[8].tuv[1].seg)).toBe("The Panama Canal handles about 5% of the world's seaborne trade each year.");

    const xliff = await download(page, 'tr-export-xliff');
    expect(xliff.name).toMatch(/\.xlf$/);
    expect(XMLValidator.validate(xliff.text)).toBe(true);
    const doc = xml.parse(xliff.text) as { xliff: { '@version': string; file: { unit: { segment: { source: unknown; target: unknown; '@state': string } }[] } } };
    expect(doc.xliff['@version']).toBe('2.1');
    const units = doc.xliff.file.unit;
    expect(units).toHaveLength(9);
    expect(text(units[1].segment.source)).toBe('由于厄尔尼诺现象导致的持续干旱，巴拿马运河管理局周三宣布，将把每日通行船只数量进一步削减至 24 艘。这是该机构今年第四次下调通行上限。');
    expect(text(units[4].segment.target)).toBe(REORDERED_EN.join(' '));

    const report = await download(page, 'tr-export-bilingual-html');
    expect(report.name).toMatch(/\.html$/);
    // Read in Node: a DOMParser in the page would report the report's own <style> against the app's CSP.
    const body = /<tbody>([\s\S]*)<\/tbody>/.exec(report.text)?.[1] ?? '';
    const cells = (cls: string) => [...body.matchAll(new RegExp(`<td class="${cls}"[^>]*>([^<]*)</td>`, 'g'))].map((m) => m[1]);
    expect(body.match(/<tr[\s>]/g)).toHaveLength(9);
    expect(cells('zh')[4]).toBe(REORDERED_ZH.join(''));
    expect(cells('en')[4]).toBe(REORDERED_EN.join(' ').replace(/"/g, '&quot;'));
    expect(h.pageErrors).toEqual([]);
  });

  it('reuses the first article on the second: a memory suggestion and the concordance', async () => {
    const { page } = h;
    await openTranslation(page, '長榮');
    await attachFile(page, TAIWAN_EN);
    await h.shot('tw-08-second-article');
    expect(await shapes()).toEqual(['0-1', '1-1', '1-1', '1-1', '1-1', '1-1', '1-1', '1-1', '1-1', '1-1']);
    // A key pressed at the edge of the list is a slip, said in the view's words, not an error that stays on screen.
    const errorsBefore = await page.getByTestId('toast-error').count();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.getByTestId('toast-info').allTextContents()).toContain(
      'Pair 1 is the first pair: there is no pair before it to move the English sentence into.×',
    );
    await page.keyboard.press('Shift+G');
    await expect.poll(() => page.getByTestId('toast-info').allTextContents()).toContain('Pair 1 has no Chinese sentence to set apart.×');
    // The same slip again replaces its message rather than stacking a copy over the side panel.
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(async () => (await page.getByTestId('toast-info').allTextContents()).filter((t) => t.startsWith('Pair 1 is the first pair')).length)
      .toBe(1);
    const order = await page.getByTestId('toast-info').allTextContents();
    expect(order[order.length - 1]).toMatch(/^Pair 1 is the first pair/);
    expect(await page.getByTestId('toast-error').count()).toBe(errorsBefore);
    expect(await shapes()).toEqual(['0-1', '1-1', '1-1', '1-1', '1-1', '1-1', '1-1', '1-1', '1-1', '1-1']);
    // The last sentence is the first article's, in traditional characters: the memory offers its English.
    await selectWithKeys(page, 9);
    const suggestion = page.getByTestId('tm-suggestion').first();
    await suggestion.waitFor();
    expect(await suggestion.locator('[lang="zh"]').textContent()).toBe('巴拿马运河每年处理全球约 5% 的海运贸易量。');
    expect(await suggestion.locator('[lang="en"]').textContent()).toBe("The Panama Canal handles about 5% of the world's seaborne trade each year.");
    expect(await suggestion.locator('.tr-score').textContent()).toMatch(/^\d{2,3}%$/);
    await h.shot('tw-09-memory');
    await page.getByTestId('tr-tab-concordance').click();
    await page.getByTestId('concordance-input').fill('苏伊士运河');
    await page.getByTestId('concordance-input').press('Enter');
    await expect.poll(() => page.getByTestId('concordance-hit').count()).toBe(1);
    expect(await page.getByTestId('concordance-hit').locator('mark').first().textContent()).toBe('苏伊士运河');
    await h.shot('tw-10-concordance');
  });

  it('shows the side tabs on one row, whole, in a wide window and in a narrow one', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 1360, height: 880 });
    const tabs = () =>
      page.locator('.tr-side .tr-tabs').evaluate((bar) => ({
        tops: [...bar.querySelectorAll('.tr-tab')].map((e) => e.getBoundingClientRect().top),
        height: Math.round(bar.getBoundingClientRect().height),
      }));
    const wide = await tabs();
    expect(wide.tops).toHaveLength(5);
    expect(new Set(wide.tops).size).toBe(1);
    // Under 960 px the side panel goes under the pairs; its tab bar must keep its height there, above a segment
    // editor taller than the room left (it was squeezed to 24 px, the labels cut in half).
    await page.getByTestId('tr-tab-segment').click();
    await page.setViewportSize({ width: 900, height: 800 });
    try {
      await expect.poll(async () => (await tabs()).height).toBe(wide.height);
      await h.shot('tw-10b-narrow');
    } finally {
      await page.setViewportSize({ width: 1360, height: 880 });
    }
  });

  it('flags the planted wrong figure and the name spelt two ways, and nothing else', async () => {
    const { page } = h;
    await page.getByTestId('tr-tab-checks').click();
    const findings = page.getByTestId('check-finding');
    await expect.poll(() => findings.count()).toBe(2);
    expect(await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['number', 'term']);
    expect(await findings.nth(0).textContent()).toBe('Numberpair 4每週約有38艘船 = 38 a week but the English says 83 a week ("about 83 ships a week")');
    expect(await findings.nth(1).textContent()).toBe('Termpair 7鄭貞茂 is "Cheng Zhenmao" here but "Cheng Chen-mou" in pair 6: use one rendering');
    await h.shot('tw-11-checks');
    await findings.nth(1).click();
    expect(await selectedIndex()).toBe(6);
    // The keys still drive the list after a click in the side panel.
    await page.keyboard.press('ArrowUp');
    await expect.poll(selectedIndex).toBe(5);
  });

  it('keeps a glossary: entities added in one click, English typed, rows aligned, and the checks use it', async () => {
    const { page } = h;
    await page.getByTestId('tr-tab-glossary').click();
    await page.getByTestId('glossary-seed').click();
    await expect.poll(() => page.getByTestId('glossary-entry').count()).toBe(8);
    const entry = (zh: string) => page.locator(`[data-testid="glossary-entry"][data-zh="${zh}"] [data-testid="glossary-en"]`);
    await entry('長榮海運').fill('Evergreen Marine');
    await entry('長榮海運').press('Enter');
    await entry('陽明海運').fill('Yang Ming Marine Transport');
    await entry('陽明海運').press('Enter');
    await page.getByTestId('glossary-add-zh').fill('葉協隆');
    await page.getByTestId('glossary-add-en').fill('Yeh Hsieh-lung');
    await page.getByTestId('glossary-add').click();
    await expect.poll(() => page.getByTestId('glossary-entry').count()).toBe(9);
    await expect.poll(() => entry('陽明海運').inputValue()).toBe('Yang Ming Marine Transport');
    await h.shot('tw-12-glossary');
    // Every row's English field starts at the same place, and the count sits beside the heading.
    const lefts = await page.getByTestId('glossary-en').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect.soft(new Set(lefts).size).toBe(1);
    const head = await page.evaluate(() => {
      const h3 = document.querySelector('.tr-glossary .tr-panel-head h3')!;
      return { height: h3.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(h3).lineHeight) || 20 };
    });
    expect.soft(head.height).toBeLessThan(head.lineHeight * 1.6);
    // 長榮海運 is rendered as the glossary says in every pair; "Yang Ming chairman" is short of 陽明海運's English.
    await page.getByTestId('tr-tab-checks').click();
    const findings = page.getByTestId('check-finding');
    await expect.poll(() => findings.count()).toBe(3);
    expect(await findings.allTextContents()).toEqual([
      'Numberpair 4每週約有38艘船 = 38 a week but the English says 83 a week ("about 83 ships a week")',
      'Termpair 6陽明海運 should be translated as "Yang Ming Marine Transport", which the English does not contain',
      'Termpair 7鄭貞茂 is "Cheng Zhenmao" here but "Cheng Chen-mou" in pair 6: use one rendering',
    ]);
    await h.shot('tw-13-checks-with-glossary');
    // Each finding's detail starts at the same place, whatever its kind's label and pair number.
    const detailLefts = await page.locator('[data-testid="check-finding"] .tr-detail').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(detailLefts).toHaveLength(3);
    expect(new Set(detailLefts).size).toBe(1);
  });

  it('corrects the second spelling in the target, leaves the field with Escape and walks on with the keys; the check clears', async () => {
    const { page } = h;
    await page.getByTestId('check-finding').filter({ hasText: 'Cheng Zhenmao' }).click();
    expect(await selectedIndex()).toBe(6);
    await page.getByTestId('tr-tab-segment').click();
    const target = page.getByTestId('target-text');
    await expect.poll(() => target.inputValue()).toContain('Cheng Zhenmao said');
    const fixed = 'Cheng Chen-mou said Yang Ming will shift space for 12,000 containers to US West Coast ports and move them inland by rail.';
    await target.fill(fixed);
    await page.keyboard.press('Escape');
    await expect.poll(() => rowEn(6)).toContain(fixed);
    await page.keyboard.press('ArrowUp');
    await expect.poll(selectedIndex).toBe(5);
    await h.shot('tw-14-target-fixed');
    await page.getByTestId('tr-tab-checks').click();
    const findings = page.getByTestId('check-finding');
    await expect.poll(() => findings.count()).toBe(2);
    expect(await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['number', 'term']);
    expect(await findings.nth(1).textContent()).toContain('陽明海運');
  });

  it('warns when the file attached as the English is Chinese', async () => {
    const { page } = h;
    expect(await page.getByTestId('translation-english-not-english').count()).toBe(0);
    await page.getByTestId('replace-english').click();
    await page.getByTestId('attach-file-input').setInputFiles({ name: 'evergreen-yangming.zh-tw.md', mimeType: 'text/markdown', buffer: fs.readFileSync(TAIWAN_ZH) });
    const notice = page.getByTestId('translation-english-not-english');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The English side is mostly Chinese');
    await h.shot('tw-15-chinese-as-english');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });
});
