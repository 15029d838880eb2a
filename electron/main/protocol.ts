/**
 * Serves the built renderer under `glossa://app/`. A custom privileged scheme instead of `file://` gives the page a real
 * origin (so `'self'` in the CSP means the app and nothing on disk) and lets every response carry the CSP header.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolveAppFile } from './appFiles';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * Declares the scheme standard (real origin, relative URLs) and secure (a secure context like https). Electron only
 * accepts this before the app is ready, so main calls it at load time.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
}

/** Answers `glossa://app/...` from `rendererRoot`; anything outside it, or missing, is a 404. */
export function serveApp(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const target = resolveAppFile(rendererRoot, request.url);
    if (!target) return plain(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(target.file);
    } catch {
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': target.contentType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      },
    });
  });
}
