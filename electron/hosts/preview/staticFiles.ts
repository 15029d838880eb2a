/**
 * Serving the built renderer from a folder: the path of a request mapped into that folder and never out of it, the
 * right MIME type, and the page's own Content-Security-Policy read back out of index.html so it can be sent as a
 * header too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mediaTypeOf } from '../../services/mediaTypes';

/** The Content-Type for a file name (the table is shared with Electron's app protocol). */
export const mimeType = mediaTypeOf;

/** Used when index.html carries no CSP of its own. */
export const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1].toLowerCase(), m[2] ?? m[3] ?? '');
  return found;
}

/** The policy of the page's `<meta http-equiv="Content-Security-Policy">`, or null. */
export function cspOf(html: string): string | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
      const content = attrs.get('content')?.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
      if (content) return content;
    }
  }
  return null;
}

/**
 * index.html with `<meta name="glossa-token">` added at the end of `<head>` (after the charset and CSP, which must
 * come first), where `renderer/api.ts` looks for it.
 */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="glossa-token" content="${token.replace(/[^A-Za-z0-9_-]/g, '')}">`;
  const end = /<\/head\s*>/i.exec(html);
  if (!end) return `${meta}\n${html}`;
  return `${html.slice(0, end.index)}  ${meta}\n  ${html.slice(end.index)}`;
}

/**
 * The file under `root` a URL path names, or null if it names none: percent-decoding errors, NUL bytes, `..` that
 * climbs out (also encoded, also via a symbolic link), folders and missing files all give null.
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  try {
    const real = fs.realpathSync(file);
    const realBase = fs.realpathSync(base);
    if (!real.startsWith(realBase + path.sep)) return null;
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}
