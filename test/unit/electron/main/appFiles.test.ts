import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from '../../../../electron/main/appFiles';

const root = path.resolve('/srv/glossa/dist/renderer');

describe('resolveAppFile (glossa://app/ -> built renderer file)', () => {
  it('serves the page for / and /index.html', () => {
    expect(resolveAppFile(root, 'glossa://app/')).toEqual({ file: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveAppFile(root, 'glossa://app')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'glossa://app/index.html')?.file).toBe(path.join(root, 'index.html'));
  });

  it('serves assets with their media type, ignoring query and fragment', () => {
    expect(resolveAppFile(root, 'glossa://app/assets/index-3f2a.js?v=1#x')).toEqual({
      file: path.join(root, 'assets', 'index-3f2a.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile(root, 'glossa://app/assets/index.css')?.contentType).toBe('text/css; charset=utf-8');
    expect(resolveAppFile(root, 'glossa://app/fonts/a.woff2')?.contentType).toBe('font/woff2');
  });

  it('decodes percent-encoded names (a file name with a space or Chinese characters)', () => {
    expect(resolveAppFile(root, 'glossa://app/assets/my%20file.png')?.file).toBe(path.join(root, 'assets', 'my file.png'));
    expect(resolveAppFile(root, 'glossa://app/%E5%8D%A1.svg')?.file).toBe(path.join(root, '卡.svg'));
  });

  it.each([
    ['literal dot-dot', 'glossa://app/assets/../../../../etc/passwd'],
    ['mixed dot-dot', 'glossa://app/.%2e/.%2E/etc/passwd'],
  ])('never leaves the folder for %s (the URL parser folds it below the root)', (_name, url) => {
    const resolved = resolveAppFile(root, url);
    expect(resolved === null || resolved.file.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    ['an encoded slash', 'glossa://app/..%2f..%2fetc%2fpasswd'],
    ['an encoded backslash', 'glossa://app/..%5c..%5cwindows%5cwin.ini'],
    ['a drive letter', 'glossa://app/C:%5cWindows%5cwin.ini'],
    ['a NUL byte', 'glossa://app/index.html%00.png'],
    ['broken percent-encoding', 'glossa://app/%E5%8D'],
    ['another host', 'glossa://evil/index.html'],
    ['another scheme', 'file:///srv/glossa/dist/renderer/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('never labels an unknown file as something a browser would run', () => {
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('noextension')).toBe('application/octet-stream');
    expect(contentTypeFor('INDEX.HTML')).toBe('text/html; charset=utf-8');
  });
});
