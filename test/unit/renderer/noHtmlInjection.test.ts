import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rendererDir = fileURLToPath(new URL('../../../renderer', import.meta.url));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Ways a string becomes markup or code in a page; article text must never reach any of them. */
const SINKS = [/\binnerHTML\b/, /\bouterHTML\b/, /insertAdjacentHTML/, /dangerouslySetInnerHTML/, /document\.write/, /\beval\s*\(/, /new\s+Function\s*\(/, /createContextualFragment/];

describe('renderer sources', () => {
  const files = sources(rendererDir);

  it('exist (so the scan below scans something)', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('use no HTML-string or code-string sinks', () => {
    const hits = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SINKS.some((re) => re.test(line)) ? [`${path.relative(rendererDir, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('keep index.html under a strict Content-Security-Policy with no inline script or style allowance', () => {
    const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
