/**
 * The translation workspace after the Chinese changes, in Chromium: a claim and a comment on the Chinese show as
 * highlights in the pair list with their notes beside the English; confirmed pairs survive a re-imported changed
 * file (the carry-over notice lists the one that could not be carried); the bilingual table downloads as DOCX.
 */
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

const SENTENCES = [
  '[[zh:卡塔尔]]外交部周二表示，已向加沙运送 3000 万美元的援助物资。',
  '发言人马吉德·安萨里说，首批物资包括药品和食品。',
  '“我们将继续与[[zh:埃及]]合作。”他说。',
  '据联合国统计，已有 110 名外国人离开加沙。',
  '[[zh:以色列]]尚未对此发表评论。',
];
const ENGLISH = [
  "Qatar's foreign ministry said on Tuesday it had sent $30 million in aid to Gaza.",
  'The first shipment includes medicine and food, spokesman Majed al-Ansari said.',
  '"We will keep working with Egypt," he said.',
  'According to the U.N., 110 foreigners have left Gaza.',
  'Israel has not commented.',
].join('\n');
const meta = { title: '卡塔尔援助', date: '2023-11-03 06:22', author: '记者', source: 'https://example.com/aid' };

let h: Harness;

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [textFile('aid.md', article({ ...meta, body: SENTENCES.join('\n\n') }))]);
});

afterAll(async () => {
  await h?.close();
});

/** Calls a channel of the preview host the way the renderer does (to arrange data a test is not about). */
async function call<T>(channel: string, input: unknown): Promise<T> {
  return h.page.evaluate(
    async ([c, i]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="glossa-token"]')?.content ?? '';
      const r = await fetch(`/api/${c}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-glossa-token': token }, body: JSON.stringify(i) });
      const body = (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(body.error?.message ?? 'call failed');
      return body.value;
    },
    [channel, input] as const,
  ) as Promise<T>;
}

const rows = () => h.page.getByTestId('pair-row');
const row = (i: number) => h.page.locator(`[data-testid="pair-row"][data-index="${i}"]`);

describe('translation after the Chinese changes', () => {
  let id = 0;

  it('shows a claim and a comment on the Chinese as highlights, with their notes beside the English', async () => {
    const { page } = h;
    await page.getByTestId('library-row').filter({ hasText: '卡塔尔援助' }).getByTestId('library-open').click();
    await page.getByTestId('article-doc').waitFor();
    id = Number(/#\/article\/(\d+)/.exec(page.url())?.[1]);
    const detail = await call<{ revision: { id: number }; text: string }>('articles.get', { id });
    const text = detail.text;
    const at = text.indexOf('3000 万美元');
    await call('annotations.create', { articleId: id, revisionId: detail.revision.id, start: at, end: at + '3000 万美元'.length, motivation: 'assessing', claim: { english: '$30 million' } });
    const un = text.indexOf('110 名外国人');
    await call('annotations.create', {
      articleId: id,
      revisionId: detail.revision.id,
      start: un,
      end: un + 3,
      motivation: 'commenting',
      bodies: [{ type: 'TextualBody', purpose: 'commenting', value: 'UN figure from Thursday' }],
    });
    await page.getByTestId('open-translation').click();
    await page.getByTestId('attach-english').waitFor();
    await page.getByTestId('attach-file-input').setInputFiles({ name: 'aid.en.txt', mimeType: 'text/plain', buffer: Buffer.from(ENGLISH) });
    await page.getByTestId('pair-list').waitFor();
    expect(await rows().count()).toBe(5);
    const claim = row(0).getByTestId('pair-highlight');
    expect(await claim.textContent()).toBe('3000 万美元');
    expect(await claim.getAttribute('title')).toContain('Claim: 3000 万美元');
    // The wiki-link chip is still there beside the highlight.
    expect(await row(0).getByTestId('pair-link').textContent()).toBe('卡塔尔');
    expect(await row(3).getByTestId('pair-highlight').textContent()).toBe('110');
    expect(await row(3).getByTestId('pair-highlight').getAttribute('title')).toBe('UN figure from Thursday');
    expect(await row(3).getByTestId('pair-notes').textContent()).toContain('UN figure from Thursday');
    expect(await row(1).getByTestId('pair-highlight').count()).toBe(0);
    await h.shot('tr-carry-01-highlights');
  });

  it('keeps confirmed pairs through a re-imported changed file and lists the one it could not carry', async () => {
    const { page } = h;
    // Confirm pairs 2, 3 and 5 with Enter.
    for (const i of [1, 2, 4]) {
      await row(i).click();
      await page.keyboard.press('Enter');
      await expect.poll(() => row(i).getAttribute('data-status')).toBe('confirmed');
    }
    const changed = ['[[zh:埃及]]方面周一表示，拉法口岸将在本周重新开放。', ...SENTENCES.slice(0, 4), '以方发言人周三拒绝就卡塔尔的说法置评，并称行动仍将继续。'];
    await page.goto(h.server.url);
    await page.getByTestId('library').waitFor();
    await importThroughUi(page, [textFile('aid.md', article({ ...meta, body: changed.join('\n\n') }))]);
    await page.goto(`${h.server.url}#/article/${id}/translate`);
    await page.getByTestId('translation-stale').waitFor();
    await page.getByTestId('translation-stale').getByRole('button').click();
    const notice = page.getByTestId('translation-carry');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The Chinese changed: 2 confirmed pairs and 0 targets carried over');
    expect(await page.getByTestId('translation-carry-lost').textContent()).toContain('以色列尚未对此发表评论。');
    await expect.poll(() => page.getByTestId('translation-stale').count()).toBe(0);
    const confirmed = await page
      .locator('[data-testid="pair-row"][data-status="confirmed"] [data-testid="pair-zh"]')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(confirmed).toEqual(['发言人马吉德·安萨里说，首批物资包括药品和食品。', '“我们将继续与埃及合作。”他说。']);
    await h.shot('tr-carry-02-notice');
    // The report is still there after a reload; closing it hides it.
    await page.reload();
    await notice.waitFor();
    await page.getByTestId('translation-carry-close').click();
    expect(await notice.count()).toBe(0);
    await page.reload();
    await page.getByTestId('pair-list').waitFor();
    expect(await notice.count()).toBe(0);
  });

  it('downloads the bilingual table as DOCX', async () => {
    const { page } = h;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tr-export-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = fs.readFileSync(await download.path());
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    expect(xml).toContain('According to the U.N., 110 foreigners have left Gaza.');
    expect(xml).toContain('UN figure from Thursday');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });
});
