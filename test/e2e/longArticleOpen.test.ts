/**
 * Opening a long article densely linked, the way the open benchmark does (a page loaded on its address): every
 * wiki-link is drawn with its own language and target, a click on one far down opens its page through the host, the
 * hover card shows the link the pointer rests on, the entities panel counts every link, and a search hit near the end
 * opens the article with the phrase selected on screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

let h: Harness;
const TARGETS: [string, string][] = [
  ['zh', '卡塔尔'],
  ['zh', '以色列'],
  ['en', 'New York'],
  ['zh', '埃及'],
  ['ja', '東京'],
  ['zh', '联合国'],
  ['zh', '多哈'],
];
const PARAGRAPHS = 300;
const PER_PARAGRAPH = 8;
const LAST_PHRASE = '文末独有的一句话';

/** The n-th link in text order. */
const linkAt = (n: number): [string, string] => TARGETS[(n * 3 + Math.floor(n / 7)) % TARGETS.length];

function body(): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < PARAGRAPHS; p++) {
    let text = `第${p + 1}段：`;
    for (let k = 0; k < PER_PARAGRAPH; k++) {
      const [lang, target] = linkAt(p * PER_PARAGRAPH + k);
      text += `报道称[[${lang}:${target}]]方面表示，`;
    }
    paragraphs.push(`${text}会谈仍在继续。`);
  }
  paragraphs.push(`${LAST_PHRASE}。`);
  return paragraphs.join('\n\n');
}

let articleUrl = '';

beforeAll(async () => {
  h = await openHarness();
  await importThroughUi(h.page, [
    textFile('dense.md', article({ title: '链接密集的长文', date: '2024-05-01', author: '测试', source: 'https://gnews.org/articles/dense-test', body: body() })),
  ]);
  await h.page.getByTestId('library-row').filter({ hasText: '链接密集的长文' }).getByTestId('library-open').click();
  await h.page.getByTestId('article-doc').waitFor();
  articleUrl = h.page.url();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('a long, densely linked article', () => {
  it('draws every wiki-link with its language and target when the page is loaded on its address', async () => {
    const { page } = h;
    await page.goto('about:blank');
    await page.goto(articleUrl);
    const total = PARAGRAPHS * PER_PARAGRAPH;
    await expect.poll(() => page.locator('.glossa-doc a.wiki-link').count(), { timeout: 30_000 }).toBe(total);
    const drawn = await page.locator('.glossa-doc a.wiki-link').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-lang')}:${e.getAttribute('data-target')}=${e.textContent}`));
    expect(drawn).toEqual(Array.from({ length: total }, (_, n) => `${linkAt(n)[0]}:${linkAt(n)[1]}=${linkAt(n)[1]}`));
    expect(await page.getByTestId('article-link-count').textContent()).toBe(`${total.toLocaleString('en')} wiki-links`);
    expect(h.pageErrors).toEqual([]);
  });

  it('opens a link far down through the host, and shows the card of the link the pointer rests on', async () => {
    const { page, server } = h;
    const before = server.openedUrls.length;
    const last = page.locator('.glossa-doc a.wiki-link').last();
    await last.scrollIntoViewIfNeeded();
    const [lang, target] = linkAt(PARAGRAPHS * PER_PARAGRAPH - 1);
    await last.click();
    await expect.poll(() => server.openedUrls.length).toBe(before + 1);
    expect(server.openedUrls.at(-1)).toBe(`https://${lang}.wikipedia.org/wiki/${encodeURIComponent(target.replace(/ /g, '_'))}`);

    const first = page.locator('.glossa-doc a.wiki-link[data-lang="en"]').first();
    await first.scrollIntoViewIfNeeded();
    await first.hover();
    const card = page.getByTestId('wiki-hover-card');
    await card.waitFor();
    expect(await card.getByTestId('wiki-hover-target').textContent()).toBe('New York');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
    expect(page.url()).toBe(articleUrl);
  });

  it('opens the article at a search hit near its end, the phrase selected and on screen', async () => {
    const { page } = h;
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('text-search').fill(LAST_PHRASE);
    await page.locator('[data-testid="text-search-results"][data-phase="done"]').waitFor();
    await page.getByTestId('text-search-hit').getByTestId('text-search-snippet').first().click();
    await page.getByTestId('article-doc').waitFor();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(LAST_PHRASE);
    const onScreen = await page.evaluate(() => {
      const r = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
      return !!r && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(onScreen).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});
