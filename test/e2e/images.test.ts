/**
 * Images are offline placeholders until the reader asks: opening an article fetches nothing; "Load image" has the
 * host fetch it and the page shows it from a data: URL (its CSP still allows no other host); a missing image says
 * why; a press on the button inside an image link does not open the link.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, importThroughUi, openHarness, textFile, type Harness } from './harness';

/** A 2×2 red PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

let h: Harness;
let server: http.Server;
let base = '';
const served: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    served.push(req.url ?? '');
    if (req.url === '/photo.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    res.writeHead(404, 'Not Found').end('gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h = await openHarness();
});

afterAll(async () => {
  await h?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

describe('images', () => {
  it('fetches nothing until asked, then shows the image the host fetched', async () => {
    const { page } = h;
    const body = [
      `[[zh:多哈]]的天际线：[![多哈的天际线](${base}/photo.png)](https://example.com/gallery) 摄影：路透社。`,
      '',
      `另一张图已经删除：![旧图](${base}/removed.jpg)`,
    ].join('\n');
    await importThroughUi(page, [textFile('images.md', article({ title: '图片测试', date: '2023-11-03 06:22', author: '测试', source: 'https://gnews.org/articles/777', body }))]);
    await page.getByTestId('library-open').first().click();
    const doc = page.getByTestId('article-doc');
    await doc.waitFor();
    const placeholders = doc.locator('.image-placeholder');
    await expect.poll(() => placeholders.count()).toBe(2);
    await page.waitForTimeout(300);
    expect(served).toEqual([]);
    expect(await placeholders.first().textContent()).toContain(`${base}/photo.png`);
    await h.shot('images-placeholders');

    const opened = h.server.openedUrls.length;
    await placeholders.first().getByTestId('image-load').click();
    const img = placeholders.first().locator('img.image-loaded');
    await img.waitFor();
    expect(await img.getAttribute('src')).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(await img.getAttribute('alt')).toBe('多哈的天际线');
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(2);
    expect(served).toEqual(['/photo.png']);
    // The press was the button's: the gallery link around the image did not open.
    expect(h.server.openedUrls.length).toBe(opened);
    // Loading an image is not an edit: the article still has its one revision, and the view did not become dirty.
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('revision-count').textContent()).toContain('1 revision');

    await placeholders.nth(1).getByTestId('image-load').click();
    const problem = placeholders.nth(1).locator('.image-error');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('404');
    expect(await placeholders.nth(1).getByTestId('image-load').textContent()).toBe('Try again');
    await h.shot('images-loaded');

    expect(await h.cspViolations()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
