import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_START_URL, CONTENT_SECURITY_POLICY, externalUrl, isAppUrl, isTrustedSender } from '../../../../electron/main/security';

describe('externalUrl (what may be handed to the system browser)', () => {
  it('passes https links, normalised, including Chinese Wikipedia titles', () => {
    expect(externalUrl('https://zh.wikipedia.org/wiki/卡塔尔')).toBe('https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94');
    expect(externalUrl('HTTPS://GNews.org/articles/1916252')).toBe('https://gnews.org/articles/1916252');
    expect(externalUrl('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
  });

  it.each([
    ['plain http', 'http://example.org/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['a program-launching scheme', 'ms-settings:privacy'],
    ['the app itself', 'glossa://app/index.html'],
    ['a relative path', '/wiki/Qatar'],
    ['no scheme', 'zh.wikipedia.org/wiki/Qatar'],
    ['unparsable', 'https://'],
    ['credentials disguising the host', 'https://zh.wikipedia.org@evil.example/'],
    ['a password', 'https://user:secret@example.org/'],
    ['the empty string', ''],
  ])('refuses %s', (_name, url) => {
    expect(externalUrl(url)).toBeNull();
  });

  it('refuses non-strings and absurdly long URLs', () => {
    expect(externalUrl(undefined)).toBeNull();
    expect(externalUrl({ href: 'https://example.org/' })).toBeNull();
    expect(externalUrl(`https://example.org/${'a'.repeat(9000)}`)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts only glossa://app/ pages', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('glossa://app/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('glossa://evil/index.html')).toBe(false);
    expect(isAppUrl('glossa://app.evil.example/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('file:///work/main/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
  });
});

describe('isTrustedSender (who may call the services over IPC)', () => {
  const main = 7;
  const good = { senderId: main, frameUrl: 'glossa://app/index.html', isMainFrame: true };

  it("trusts the main window's top frame on an app page", () => {
    expect(isTrustedSender(good, main)).toBe(true);
  });

  it('refuses another window, an iframe, a foreign page, a vanished frame, and calls when no window exists', () => {
    expect(isTrustedSender({ ...good, senderId: 8 }, main)).toBe(false);
    expect(isTrustedSender({ ...good, isMainFrame: false }, main)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'https://evil.example/' }, main)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'glossa://other/index.html' }, main)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: null }, main)).toBe(false);
    expect(isTrustedSender(good, null)).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('lets scripts come only from the app, never inline or eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('blocks plugins, framing, form posts and <base> rewrites, and fetches no remote images', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('img-src')).not.toContain('https:');
  });
});

describe('header policy and the page policy agree', () => {
  it('sends the same directives as the <meta> CSP in renderer/index.html (both apply, so a drift would block the page)', () => {
    const html = readFileSync(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    const normalise = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/).join(' '))
        .filter((d) => d.length > 0)
        .sort();
    expect(meta, 'renderer/index.html has a Content-Security-Policy meta tag').toBeTruthy();
    expect(normalise(CONTENT_SECURITY_POLICY)).toEqual(normalise(meta ?? ''));
  });
});
