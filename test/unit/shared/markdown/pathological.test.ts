/**
 * Degenerate articles (what a broken or hostile file may hold, thousands of times over) parse to what they say:
 * unclosed `[[` stay text with one warning, links still count, the header is still read. The same bodies are timed at
 * two sizes by `npm run bench:pathological` (two rules were quadratic: 280 KB of unclosed `[[` took 94 s); here only
 * the results are checked, at a size where a quadratic rule would already be slow but nothing is timed.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { pathologicalArticle, pathologicalBodies } from '../../../bench/pathological';

const N = 2000;
const parse = (body: string) => parseArticle(Buffer.from(pathologicalArticle(body)));

describe('degenerate articles', () => {
  it.each(Object.keys(pathologicalBodies).filter((name) => name !== 'nested quotes'))('%s: parses, keeping its title and its text', (name) => {
    const article = parse(pathologicalBodies[name](N));
    expect(article.meta.title).toBe('标题');
    expect(article.text.length).toBeGreaterThan(0);
  });

  it('quotes nested thousands deep: the text beyond 100 levels is not shown, and the warning says so', () => {
    const article = parse(pathologicalBodies['nested quotes'](N));
    expect(article.meta.title).toBe('标题');
    expect(article.warnings.some((w) => w.startsWith('Some text is nested deeper than 100 levels'))).toBe(true);
  });

  it.each(['unclosed [[', 'unclosed [[ with pipes', 'unclosed [[ with label'])('%s: stays text as written, with one warning counting every place', (name) => {
    const body = pathologicalBodies[name](N);
    const article = parse(body);
    expect(article.wikiLinks).toHaveLength(0);
    expect(article.text).toBe(body.trim());
    const warning = article.warnings.find((w) => w.includes('look like wiki-links but are not'));
    expect(warning).toMatch(new RegExp(`^${N} places look like wiki-links`));
  });

  it('reads every link of a long paragraph and of a long table', () => {
    expect(parse(pathologicalBodies['links in one paragraph'](N)).wikiLinks).toHaveLength(N);
    expect(parse(pathologicalBodies['table rows with links'](N)).wikiLinks).toHaveLength(N);
  });

  it('a `]]` further than a link can be long closes no link, as before', () => {
    const article = parse(`[[zh:${'长'.repeat(600)}]] 和 [[zh:卡塔尔]]`);
    expect(article.wikiLinks.map((l) => l.target)).toEqual(['卡塔尔']);
  });

  it('a metadata line is still read after the title when a huge paragraph follows it', () => {
    const article = parseArticle(Buffer.from(`## 标题\n\`2023-11-03 08:08 宝尹\`\n\n${'[a '.repeat(50_000)}\n`));
    expect(article.meta.author).toBe('宝尹');
    expect(article.meta.published).toBe('2023-11-03T08:08:00Z');
  });

  it('a huge first line is body text, not a title or metadata', () => {
    const line = `\`2023-11-03 ${'[a'.repeat(50_000)}\``;
    const article = parseArticle(Buffer.from(`${line}\n\n正文。\n`));
    expect(article.meta.published).toBeNull();
    expect(article.text.startsWith('2023-11-03')).toBe(true);
  });
});
