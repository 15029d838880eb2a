/**
 * A bare URL right after an emphasis delimiter (`_https://…`, `*https://…`, `~https://…`): linkify takes the scheme
 * back from the text before it, which the delimiter had already cut off, and the URL's source used to start after
 * the scheme (`://www.bbc.com/news` for `https://www.bbc.com/news`). Found by mutatedArticles.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../shared/markdown/parseArticle';

/** Each text run with the source its map points at, for one body paragraph. */
function runs(body: string): [string, string][] {
  const source = `## 标题\n\n2024-05-14 08:30 作者\n\n${body}\n`;
  const a = parseArticle(Buffer.from(source), { fileName: 'x.md' });
  return a.sourceMap.map((span) => [a.text.slice(span.textStart, span.textEnd), a.source.slice(span.srcStart, span.srcEnd)]);
}

describe('the source of a bare URL', () => {
  for (const [body, url] of [
    ['x _https://www.bbc.com/news y', 'https://www.bbc.com/news'],
    ['前文*https://gnews.org/articles/3 后文', 'https://gnews.org/articles/3'],
    ['据~http://example.org/a~b 报道', 'http://example.org/a~b'],
    ['见__https://apnews.com/article/qatar 一文', 'https://apnews.com/article/qatar'],
    ['a https://a.org/x b', 'https://a.org/x'],
  ] as const) {
    it(`is the URL as written in ${JSON.stringify(body)}`, () => {
      const found = runs(body).filter(([text]) => text.startsWith('http'));
      expect(found.length).toBeGreaterThan(0);
      for (const [text, source] of found) expect(source).toBe(text);
      expect(found.map(([text]) => text).join('')).toBe(url);
    });
  }

  it('keeps every run of a paragraph mapped to itself around emphasised and bracketed URLs', () => {
    for (const [text, source] of runs('见 **https://a.org/x** 与 _http://b.org_ 和 <https://c.org>。')) expect(source).toBe(text);
  });
});
