import { describe, expect, it } from 'vitest';
import { wikipediaUrl } from '../../../shared/schema';

describe('wikipediaUrl', () => {
  it('opens the page of the target, with spaces as underscores and the title encoded', () => {
    expect(wikipediaUrl('zh', '卡塔尔')).toBe('https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94');
    expect(wikipediaUrl('en', 'New York City')).toBe('https://en.wikipedia.org/wiki/New_York_City');
    expect(wikipediaUrl('en', 'AC/DC')).toBe('https://en.wikipedia.org/wiki/AC%2FDC');
    expect(wikipediaUrl('zh-yue', '香港')).toBe('https://zh-yue.wikipedia.org/wiki/%E9%A6%99%E6%B8%AF');
  });

  it('makes a #section the fragment, not part of the title', () => {
    expect(wikipediaUrl('zh', '埃及#歷史')).toBe('https://zh.wikipedia.org/wiki/%E5%9F%83%E5%8F%8A#%E6%AD%B7%E5%8F%B2');
    expect(wikipediaUrl('en', 'Qatar#Foreign relations')).toBe('https://en.wikipedia.org/wiki/Qatar#Foreign_relations');
    expect(wikipediaUrl('en', 'Qatar#')).toBe('https://en.wikipedia.org/wiki/Qatar');
  });

  it('reads runs of spaces and underscores as one underscore, as MediaWiki does', () => {
    expect(wikipediaUrl('en', 'Gaza  Strip')).toBe('https://en.wikipedia.org/wiki/Gaza_Strip');
    expect(wikipediaUrl('en', ' Gaza_ _Strip_')).toBe('https://en.wikipedia.org/wiki/Gaza_Strip');
    expect(wikipediaUrl('en', 'Qatar#Foreign  relations')).toBe('https://en.wikipedia.org/wiki/Qatar#Foreign_relations');
    expect(wikipediaUrl('zh', '加沙\t地带')).toBe('https://zh.wikipedia.org/wiki/%E5%8A%A0%E6%B2%99_%E5%9C%B0%E5%B8%A6');
  });

  it('never lets the language build another host', () => {
    expect(wikipediaUrl('evil.com/x', 'A')).toBe('https://en.wikipedia.org/wiki/A');
    expect(new URL(wikipediaUrl('zh.evil', 'A')).host).toBe('en.wikipedia.org');
  });
});
