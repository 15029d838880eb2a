import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../../../../electron/hosts/preview/server';
import { tempDir } from '../../tempDir';

const fixture = fs.readFileSync(fileURLToPath(new URL('../../../../fixtures/qatar-hamas.zh.md', import.meta.url)));

const CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta
      http-equiv="Content-Security-Policy"
      content="${CSP}"
    />
    <title>Glossa</title>
    <script type="module" src="./assets/app.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

const running: PreviewServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function start(): Promise<{ server: PreviewServer; dir: string }> {
  const dir = tempDir();
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), INDEX);
  fs.writeFileSync(path.join(renderer, 'assets/app.js'), 'console.log("app");\n');
  fs.writeFileSync(path.join(renderer, 'assets/style.css'), 'body { color: black }\n');
  fs.writeFileSync(path.join(renderer, 'assets/boot-D0Xtjmni.js'), 'console.log("boot");\n');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'TOP SECRET\n');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(renderer, 'assets/link.txt'));
  const server = await startPreviewServer({ dbFile: path.join(dir, 'glossa.sqlite'), rendererDir: renderer, log: () => undefined });
  running.push(server);
  return { server, dir };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** A real HTTP request with full control over the Host header and the raw path (fetch allows neither). */
function request(
  server: PreviewServer,
  options: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        // An empty host means: send no Host header at all.
        setHost: false,
        headers: { ...(options.host === '' ? {} : { host: options.host ?? `127.0.0.1:${server.port}` }), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as ReturnType<Reply['json']> });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function call(server: PreviewServer, channel: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request(server, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', 'x-glossa-token': server.token, ...headers },
    body: JSON.stringify(input),
  });
}

describe('preview server', () => {
  it('listens on 127.0.0.1 and serves index.html with the token injected and its CSP as a header', async () => {
    const { server } = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.url).not.toContain(server.token);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
    const page = await request(server, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain(`<meta name="glossa-token" content="${server.token}">`);
    expect(page.headers['content-security-policy']).toBe(CSP);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await request(server, { path: '/index.html', host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('gives each run its own token', async () => {
    const a = await start();
    const b = await start();
    expect(a.server.token).not.toBe(b.server.token);
    expect((await call(a.server, 'articles.list', {}, { 'x-glossa-token': b.server.token })).status).toBe(401);
  });

  it('refuses any other Host header (DNS rebinding), for pages and API calls alike', async () => {
    const { server } = await start();
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1', `[::1]:${server.port}`, '']) {
      const page = await request(server, { path: '/', host });
      // Without any Host header Node's HTTP parser already answers 400; either way nothing is served.
      const refused = host === '' ? 400 : 403;
      expect(page.status, host).toBe(refused);
      expect(page.text).not.toContain(server.token);
      const api = await request(server, {
        method: 'POST',
        path: '/api/articles.list',
        host,
        headers: { 'content-type': 'application/json', 'x-glossa-token': server.token },
        body: '{}',
      });
      expect(api.status, host).toBe(refused);
    }
  });

  it('refuses API calls without the right token, from another origin, or in the wrong shape', async () => {
    const { server } = await start();
    const noToken = await request(server, { method: 'POST', path: '/api/articles.list', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    expect(noToken.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await call(server, 'articles.list', {}, { 'x-glossa-token': 'x'.repeat(server.token.length) })).status).toBe(401);
    expect((await call(server, 'articles.list', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call(server, 'articles.list', {}, { origin: `http://localhost:${server.port}` })).status).toBe(200);
    expect((await request(server, { path: '/api/articles.list', headers: { 'x-glossa-token': server.token } })).status).toBe(405);
    expect(
      (await request(server, { method: 'POST', path: '/api/articles.list', headers: { 'x-glossa-token': server.token, 'content-type': 'text/plain' }, body: '{}' })).status,
    ).toBe(415);
    expect(
      (await request(server, { method: 'POST', path: '/api/articles.list', headers: { 'x-glossa-token': server.token, 'content-type': 'application/json' }, body: '{nope' }))
        .status,
    ).toBe(400);
    const bad = await call(server, 'articles.get', { id: 'one' });
    expect(bad.status).toBe(200);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('id:') } });
    expect((await call(server, 'no.such.channel', {})).json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('serves files with their MIME type and never outside the renderer folder', async () => {
    const { server } = await start();
    const js = await request(server, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request(server, { path: '/assets/style.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/link.txt', '/%00', '/%E0%A4%A', '/assets/', '/missing.js', '/..%5csecret.txt']) {
      const reply = await request(server, { path: p });
      expect(reply.status, p).toBe(404);
      expect(reply.text).not.toContain('TOP SECRET');
    }
    expect((await request(server, { method: 'DELETE', path: '/index.html' })).status).toBe(405);
  });

  it('lets the browser keep the hashed build files, never the page or an answer', async () => {
    const { server } = await start();
    expect((await request(server, { path: '/assets/boot-D0Xtjmni.js' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request(server, { path: '/assets/app.js' })).headers['cache-control']).toBe('no-store');
    expect((await request(server, { path: '/' })).headers['cache-control']).toBe('no-store');
    expect((await request(server, { path: '/index.html' })).headers['cache-control']).toBe('no-store');
  });

  it('runs the services: import, list, and openExternal recorded but never opened', async () => {
    const { server } = await start();
    const started = await call(server, 'import.start', { files: [{ name: 'qatar.md', dataBase64: fixture.toString('base64') }] });
    const job = started.json().value as { jobId: string };
    let state = 'running';
    for (let i = 0; i < 200 && state === 'running'; i++) {
      const status = (await call(server, 'import.status', { jobId: job.jobId })).json().value as { state: string };
      state = status.state;
    }
    expect(state).toBe('finished');
    const list = (await call(server, 'articles.list', {})).json();
    expect(list).toMatchObject({ ok: true, value: [{ wikiLinks: 183, wikiTargets: 56, author: '宝尹' }] });

    const url = 'https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94';
    expect((await call(server, 'shell.openExternal', { url })).json()).toEqual({ ok: true, value: { opened: true } });
    expect((await call(server, 'shell.openExternal', { url: 'javascript:alert(1)' })).json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(server.openedUrls).toEqual([url]);
    const opened = await request(server, { path: '/api/_test/opened', headers: { 'x-glossa-token': server.token } });
    expect(opened.json()).toEqual({ ok: true, value: [url] });
    expect((await request(server, { path: '/api/_test/opened' })).status).toBe(401);
    expect((await call(server, 'dialog.pickImportPaths', { folders: false })).json()).toEqual({ ok: true, value: { supported: false, paths: [] } });
  });

  it('refuses to start without a built renderer', async () => {
    const dir = tempDir();
    await expect(startPreviewServer({ dbFile: path.join(dir, 'db.sqlite'), rendererDir: path.join(dir, 'nothing'), log: () => undefined })).rejects.toThrow(/build the renderer/);
  });
});

describe('npm run preview (run.mjs)', () => {
  it('prints a URL without the token and serves the page until stopped', async () => {
    const { spawn } = await import('node:child_process');
    const dir = tempDir();
    const renderer = path.join(dir, 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'index.html'), INDEX);
    const entry = fileURLToPath(new URL('../../../../../electron/hosts/preview/run.mjs', import.meta.url));
    const child = spawn(process.execPath, [entry, '--db', path.join(dir, 'db.sqlite'), '--port', '0', '--renderer', renderer], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const m = /Glossa preview: (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`preview exited early (${code}): ${out}`)));
      });
      const port = Number(new URL(url).port);
      const page = await new Promise<string>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        }).on('error', reject);
      });
      const token = /<meta name="glossa-token" content="([^"]+)">/.exec(page)?.[1];
      expect(token).toBeTruthy();
      expect(url).not.toContain(token);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
  });
});
