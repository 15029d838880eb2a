/**
 * A hostile article: script tags, event-handler attributes and javascript: links in the Markdown are shown as text
 * (or as inert text of a link) and never run, and nothing they name is fetched or opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

let h: Harness;

const hostile = article({
  title: 'Hostile <b>markup</b> article',
  date: '2022-02-02 02:02',
  author: 'mallory',
  source: 'https://gnews.org/articles/666',
  body: [
    '<script>window.__pwned=1</script>',
    '',
    '段落 <img src=x onerror="window.__pwned=1"> 之后',
    '',
    '[x](javascript:alert(1)) and [y](JavaScript:window.__pwned=1) and <a href="javascript:alert(2)">z</a>',
    '',
    '<iframe src="javascript:alert(3)"></iframe><svg onload="window.__pwned=1"></svg>',
    '',
    '![pic](http://127.0.0.1:9/tracker.png) [[zh:卡塔尔]]',
  ].join('\n'),
});

beforeAll(async () => {
  h = await openHarness();
  const requests: string[] = [];
  h.page.on('request', (r) => requests.push(r.url()));
  (h as Harness & { requests: string[] }).requests = requests;
});

afterAll(async () => {
  await h?.close();
});

describe('hostile article', () => {
  it('executes nothing and shows the markup as text', async () => {
    const { page } = h;
    await importThroughUi(page, [textFile('hostile.md', hostile)]);
    await page.getByTestId('library-open').first().click();
    const doc = page.getByTestId('article-doc');
    await doc.waitFor();
    const text = (await doc.textContent()) ?? '';
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('javascript:alert(1)');
    // ProseMirror's own cursor helper is an <img> without a source; nothing from the article becomes an element.
    const elements = await doc.locator('script, img:not(.ProseMirror-separator), img[src], iframe, svg, object, embed').evaluateAll((els) => els.map((e) => e.outerHTML));
    expect(elements).toEqual([]);
    expect(await page.locator('[onerror], [onload]').count()).toBe(0);
    // The image is an offline placeholder showing its URL.
    expect(await doc.locator('.image-placeholder').textContent()).toContain('http://127.0.0.1:9/tracker.png');
    expect(await page.getByTestId('article-title').textContent()).toBe('Hostile <b>markup</b> article');

    // Clicking whatever looks like a link opens nothing that is not https.
    for (const anchor of await doc.locator('a:not(.wiki-link)').all()) await anchor.click();
    await page.waitForTimeout(300);
    expect(h.server.openedUrls.filter((u) => !u.startsWith('https://'))).toEqual([]);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(h.dialogs).toEqual([]);
    const requests = (h as Harness & { requests: string[] }).requests;
    expect(requests.filter((u) => u.includes('tracker.png'))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await h.shot('11-hostile-article');
  });
});
