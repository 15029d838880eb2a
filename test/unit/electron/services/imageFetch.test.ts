/**
 * `fetchImage` against a real HTTP server on loopback: what it accepts (images by their bytes, whatever the server
 * says they are), what it refuses and how it says so.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GlossaError } from '../../../../shared/ipc/errors';
import { fetchImage, sniffImageType } from '../../../../electron/services/imageFetch';

/** A 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const SVG = '<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>';

let server: http.Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(`${req.url} cookie=${req.headers.cookie ?? ''}`);
    const url = req.url ?? '';
    if (url === '/photo.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    // Servers often say the wrong type; the bytes decide.
    if (url === '/mislabelled') return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(GIF);
    if (url === '/drawing.svg') return void res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG);
    if (url === '/moved') return void res.writeHead(302, { location: '/photo.png' }).end();
    if (url === '/page.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title>');
    if (url === '/big.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(PNG);
      // No Content-Length: the limit must hold while reading.
      const chunk = Buffer.alloc(64 * 1024, 1);
      for (let i = 0; i < 40; i++) res.write(chunk);
      return void res.end();
    }
    if (url === '/slow.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(PNG.subarray(0, 8));
      return; // never ends
    }
    res.writeHead(404, 'Not Found').end('gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function refusal(promise: Promise<unknown>): Promise<GlossaError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GlossaError);
  return error as GlossaError;
}

describe('fetchImage', () => {
  it('answers an image as a data: URL of its exact bytes, typed by its signature', async () => {
    const image = await fetchImage(`${base}/photo.png`);
    expect(image.mediaType).toBe('image/png');
    expect(image.bytes).toBe(PNG.length);
    expect(image.dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    const gif = await fetchImage(`${base}/mislabelled`);
    expect(gif.mediaType).toBe('image/gif');
    expect((await fetchImage(`${base}/drawing.svg`)).mediaType).toBe('image/svg+xml');
  });

  it('follows redirects and sends no cookies', async () => {
    expect((await fetchImage(`${base}/moved`)).mediaType).toBe('image/png');
    expect(requests.filter((r) => r.startsWith('/moved') || r.startsWith('/photo.png')).every((r) => r.endsWith('cookie='))).toBe(true);
  });

  it('refuses what is not an image, naming what came instead', async () => {
    const error = await refusal(fetchImage(`${base}/page.html`));
    expect(error.code).toBe('UNREADABLE');
    expect(error.message).toContain('did not send an image');
    expect(error.message).toContain('text/html');
  });

  it('refuses a missing image with the status the site gave', async () => {
    const error = await refusal(fetchImage(`${base}/nothing.png`));
    expect(error.code).toBe('UNREADABLE');
    expect(error.message).toContain('404');
  });

  it('stops reading beyond the size limit', async () => {
    const error = await refusal(fetchImage(`${base}/big.png`, { maxBytes: 1024 * 1024 }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('1 MB');
  });

  it('gives up on a transfer that takes too long', async () => {
    const error = await refusal(fetchImage(`${base}/slow.png`, { timeoutMs: 300 }));
    expect(error.code).toBe('UNREADABLE');
    expect(error.message).toContain('did not send the image within');
  });

  it('refuses addresses that are not http or https before any request', async () => {
    const before = requests.length;
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:image/png;base64,AAAA', 'not a url', 'ftp://example.com/a.png']) {
      const error = await refusal(fetchImage(url));
      expect(error.code).toBe('BAD_INPUT');
    }
    expect(requests.length).toBe(before);
  });

  it('says when the host cannot be reached', async () => {
    // A port nothing listens on (the server's own port, closed for this request by using another address).
    const error = await refusal(fetchImage('http://127.0.0.1:9/x.png', { timeoutMs: 5000 }));
    expect(error.code).toBe('UNREADABLE');
    expect(error.message).toContain('Could not reach');
  });
});

describe('sniffImageType', () => {
  it('knows the common image signatures and nothing else', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffImageType(GIF)).toBe('image/gif');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('\0\0\0\x1cftypavif', 'latin1'))).toBe('image/avif');
    expect(sniffImageType(Buffer.from(SVG))).toBe('image/svg+xml');
    expect(sniffImageType(Buffer.from('<!doctype html><svg></svg>'))).toBeNull();
    expect(sniffImageType(Buffer.from('{"svg": true}'))).toBeNull();
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
  });
});
