/**
 * The preview host: the built renderer and the same services over loopback HTTP, so the real UI runs in any Chromium
 * (and in e2e tests) without Electron. Guarded for a machine where other web pages are open:
 * - it listens on 127.0.0.1 only;
 * - every request must carry `Host: 127.0.0.1:<port>` or `localhost:<port>` (a DNS-rebinding page has another Host);
 * - every API call must carry the per-run random token, which only the served index.html contains (another origin can
 *   send requests but cannot read that page);
 * - API calls are JSON POSTs validated by `dispatch`, exactly as Electron's IPC does;
 * - the page's strict CSP is sent as a header too, and `openExternal` only records the URL (nothing is opened).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ErrorPayload } from '../../../shared/ipc/errors';
import type { CallResult } from '../../../shared/ipc/result';
import { dispatch } from '../../services/dispatch';
import { createHandlers } from '../../services/handlers';
import type { ImportServiceOptions } from '../../services/importService';
import { openServices } from '../../services/services';
import { DEFAULT_CSP, cspOf, injectToken, mimeType, resolveStaticFile } from './staticFiles';

/**
 * Build outputs named by their content hash (`assets/boot-D0Xtjmni.js`): a name never gets other content, so the
 * browser may keep them and reuse the code it compiled from them, as Electron does for the app's own scheme
 * (`codeCache` in electron/main/protocol.ts). The page itself (it carries this run's token) and every API answer
 * stay `no-store`.
 */
const IMMUTABLE_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css|woff2?|png|svg|jpg)$/;

/** How to start the preview host. */
export interface PreviewServerOptions {
  dbFile: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer (`dist/renderer`), with its index.html. */
  rendererDir: string;
  /** Where log lines go (default: stderr). */
  log?: (line: string) => void;
  /** Native module path for better-sqlite3, as for `openDatabase`. */
  nativeBinding?: string;
  /** How imports batch their commits (tests use one article per commit to watch a long import closely). */
  imports?: ImportServiceOptions;
}

/** A running preview host. */
export interface PreviewServer {
  /** `http://127.0.0.1:<port>/`; it holds no secret: the token reaches the page inside index.html. */
  url: string;
  port: number;
  token: string;
  /** URLs the page asked to open externally, in order (the preview host opens none of them). */
  openedUrls: string[];
  close(): Promise<void>;
}

/** The largest API request body: uploads travel as base64 inside JSON. */
const MAX_BODY_BYTES = 128 * 1024 * 1024;

const TOKEN_HEADER = 'x-glossa-token';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly payload: ErrorPayload,
  ) {
    super(payload.message);
  }
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop collecting but keep draining, so the 413 answer can still be sent on this connection.
        req.removeAllListeners('data');
        req.resume();
        reject(new HttpError(413, { code: 'TOO_LARGE', message: `The request is larger than ${MAX_BODY_BYTES / 1048576} MB; import fewer files at once.` }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts the preview host; resolves once it listens. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const rendererDir = path.resolve(options.rendererDir);
  const indexFile = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    throw new Error(`${indexFile} does not exist: build the renderer first (npm run build:renderer).`);
  }
  const token = randomBytes(32).toString('base64url');
  const openedUrls: string[] = [];
  const services = openServices(options.dbFile, { nativeBinding: options.nativeBinding, imports: options.imports });
  const handlers = createHandlers(services, {
    pickImportPaths: async () => ({ supported: false, paths: [] }),
    openExternal: async (url) => {
      openedUrls.push(url);
      log(`preview: the page asked to open ${url} (not opened: preview mode)`);
    },
  });

  let port = 0;
  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = (): string[] => allowedHosts().map((h) => `http://${h}`);

  const securityHeaders = (csp: string): Record<string, string> => ({
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });

  const sendJson = (res: http.ServerResponse, status: number, body: CallResult<unknown>): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...securityHeaders("default-src 'none'; frame-ancestors 'none'"), 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };

  const sendError = (res: http.ServerResponse, status: number, payload: ErrorPayload): void => sendJson(res, status, { ok: false, error: payload });

  async function api(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (!sameToken(req.headers[TOKEN_HEADER], token)) {
      sendError(res, 401, { code: 'BAD_INPUT', message: 'Missing or wrong x-glossa-token: reload the page the preview host served.' });
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin.toLowerCase())) {
      sendError(res, 403, { code: 'BAD_INPUT', message: `Requests from ${origin} are not accepted.` });
      return;
    }
    if (pathname === '/api/_test/opened') {
      sendJson(res, 200, { ok: true, value: [...openedUrls] });
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendError(res, 405, { code: 'BAD_INPUT', message: 'API calls are POST requests.' });
      return;
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      sendError(res, 415, { code: 'BAD_INPUT', message: 'API calls send a JSON body (Content-Type: application/json).' });
      return;
    }
    let input: unknown;
    const body = await readBody(req);
    try {
      input = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
    } catch {
      sendError(res, 400, { code: 'BAD_INPUT', message: 'The request body is not valid JSON.' });
      return;
    }
    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice('/api/'.length));
    } catch {
      sendError(res, 404, { code: 'BAD_INPUT', message: 'Malformed channel name.' });
      return;
    }
    const result = await dispatch(handlers, channel, input, {
      onInternalError: (name, error) => log(`preview: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    sendJson(res, 200, result);
  }

  function staticFile(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    const html = fs.readFileSync(indexFile, 'utf8');
    const csp = cspOf(html) ?? DEFAULT_CSP;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...securityHeaders(csp), Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const file = resolveStaticFile(rendererDir, pathname);
    if (!file) {
      res.writeHead(404, { ...securityHeaders(csp), 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    const isIndex = file === fs.realpathSync(indexFile);
    const body = isIndex ? Buffer.from(injectToken(html, token), 'utf8') : fs.readFileSync(file);
    const caching = !isIndex && IMMUTABLE_ASSET.test(pathname) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    res.writeHead(200, { ...securityHeaders(csp), ...caching, 'Content-Type': mimeType(file), 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').toLowerCase();
    if (!allowedHosts().includes(host)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`Forbidden: this server answers only to ${allowedHosts().join(' or ')}.\n`);
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', `http://${host}`).pathname;
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request\n');
      return;
    }
    const work = pathname === '/api' || pathname.startsWith('/api/') ? api(req, res, pathname) : Promise.resolve(staticFile(req, res, pathname));
    work.catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        res.setHeader('Connection', 'close');
        sendError(res, error.status, error.payload);
      }
      else {
        log(`preview: ${req.method} ${pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        sendError(res, 500, { code: 'INTERNAL', message: 'The preview host failed to answer; see its log.' });
      }
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    services.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;

  let closed = false;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    openedUrls,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      services.close();
    },
  };
}
