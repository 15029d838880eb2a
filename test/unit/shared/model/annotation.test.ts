import { describe, expect, it } from 'vitest';
import { DEFAULT_VERDICT, isAnnotationId, newClaimDetails, validateSourceUrl } from '../../../../shared/model/annotation';

describe('validateSourceUrl', () => {
  it('accepts http and https links and returns them normalised', () => {
    expect(validateSourceUrl('  https://www.Reuters.com/world  ')).toEqual({ ok: true, url: 'https://www.reuters.com/world' });
    expect(validateSourceUrl('http://example.org')).toEqual({ ok: true, url: 'http://example.org/' });
  });

  it('refuses script, file and data links, which must never become clickable sources', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'ftp://example.org/x']) {
      const result = validateSourceUrl(url);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe('scheme');
        expect(result.message).toMatch(/Only http and https/);
      }
    }
  });

  it('explains empty and unparseable input', () => {
    expect(validateSourceUrl(' ')).toMatchObject({ ok: false, code: 'empty' });
    expect(validateSourceUrl('not a url')).toMatchObject({ ok: false, code: 'unparseable' });
    const bad = validateSourceUrl('not a url');
    expect(!bad.ok && bad.message).toContain('https://example.org/page');
  });

  it('says when a link was copied without its scheme, and offers the https:// link it probably meant', () => {
    expect(validateSourceUrl('www.reuters.com/world?x=1')).toEqual({
      ok: false,
      code: 'noScheme',
      message: '"www.reuters.com/world?x=1" has no https:// (or http://) in front, so it is not a complete address. Use https://www.reuters.com/world?x=1?',
      suggestion: 'https://www.reuters.com/world?x=1',
    });
    expect(validateSourceUrl('//example.org')).toMatchObject({ code: 'noScheme', suggestion: 'https://example.org/' });
    expect(validateSourceUrl('reuters.com')).toMatchObject({ code: 'noScheme', suggestion: 'https://reuters.com/' });
    // Not addresses: no dot in the first part, spaces, or a user name.
    for (const text of ['localhost/page', 'see reuters.com', 'user@example.org/x', '路透社报道']) expect(validateSourceUrl(text)).toMatchObject({ ok: false, code: 'unparseable' });
  });

  it('refuses links that carry a password', () => {
    expect(validateSourceUrl('https://user:secret@example.org/')).toMatchObject({ ok: false, code: 'credentials' });
  });
});

describe('annotation helpers', () => {
  it('starts a claim unverified and open, with nothing filled in', () => {
    expect(newClaimDetails('每月 3000 万美元')).toEqual({
      statedText: '每月 3000 万美元',
      english: null,
      attributedTo: null,
      value: null,
      verdict: DEFAULT_VERDICT,
      rationale: '',
      status: 'open',
      reviewer: null,
      sources: [],
    });
  });

  it('recognises lower-case UUIDs only', () => {
    expect(isAnnotationId('0b6f7c1e-8d2a-4c3b-9e1f-2a3b4c5d6e7f')).toBe(true);
    expect(isAnnotationId('0B6F7C1E-8D2A-4C3B-9E1F-2A3B4C5D6E7F')).toBe(false);
    expect(isAnnotationId('urn:uuid:0b6f7c1e-8d2a-4c3b-9e1f-2a3b4c5d6e7f')).toBe(false);
  });
});
