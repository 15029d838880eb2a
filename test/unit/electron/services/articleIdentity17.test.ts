import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdentity, sourceLinkNamesArticle } from '../../../../electron/services/articleIdentity';
import { openServices } from '../../../../electron/services/services';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

describe('sourceLinkNamesArticle (review 17, finding 5)', () => {
  it('takes a link with a path, a query or a route as naming an article', () => {
    for (const link of [
      'https://gnews.org/articles/1916252',
      'https://www.reuters.com/world/qatar-2023-11-03/',
      'https://example.com/?p=123',
      'https://example.com/index.php?id=42',
      'https://example.com/news',
      'https://example.com/#/article/9',
      'gnews.org/articles/1916252',
      '明報 2021年3月5日 A1 版', // not an address: kept, as before
    ]) {
      expect(sourceLinkNamesArticle(link), link).toBe(true);
    }
  });

  it('takes a site root, a front page or a language edition as naming none', () => {
    for (const link of [
      'https://gnews.org/',
      'https://gnews.org',
      'https://example.com',
      'http://example.com/index.html',
      'https://example.com/default.aspx',
      'https://gnews.org/zh/',
      'https://www.example.com/en-us/index.htm',
      'https://example.com/?utm_source=twitter&fbclid=x',
      'https://example.com/#top',
      'gnews.org/',
    ]) {
      expect(sourceLinkNamesArticle(link), link).toBe(false);
    }
  });
});

describe('articleIdentity', () => {
  it('falls back to file name and title when the link names only a site', () => {
    const siteWide = articleIdentity({ source: 'https://gnews.org/', title: '标题', lang: 'zh' }, '/x/a.md');
    expect(siteWide).toBe(articleIdentity({ source: null, title: '标题', lang: 'zh' }, 'a.md'));
    expect(siteWide).not.toBe(articleIdentity({ source: 'https://gnews.org/', title: '另一篇', lang: 'zh' }, 'b.md'));
    expect(articleIdentity({ source: 'https://gnews.org/articles/1', title: 'x', lang: 'zh' }, 'a.md')).toBe('source:https://gnews.org/articles/1\nlang:zh');
  });
});

describe('importing articles that credit the same site', () => {
  it('keeps two different articles with the link https://gnews.org/ as two, and each still takes revisions', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const first = s.imports.importBytes('qatar.md', bytes(articleMarkdown({ title: '卡塔尔调解', source: 'https://gnews.org/', author: '宝尹', date: '2023-11-03 06:22' })));
    const note = s.annotations.create({ articleId: first.articleId!, revisionId: first.revisionId!, start: 0, end: 3, motivation: 'commenting', bodies: [{ type: 'TextualBody', value: '核实', purpose: 'commenting' }], creator: 'checker' });
    const second = s.imports.importBytes('egypt.md', bytes(articleMarkdown({ title: '埃及边境', source: 'https://gnews.org/', author: '记者乙', date: '2022-06-01 12:00' })));
    expect(first.status).toBe('imported');
    expect(second.status).toBe('imported');
    expect(second.articleId).not.toBe(first.articleId);
    expect(s.articles.list().map((a) => a.title).sort()).toEqual(['卡塔尔调解', '埃及边境']);
    expect(s.annotations.list(first.articleId!).annotations.map((a) => [a.id, a.anchor.state])).toEqual([[note.id, 'anchored']]);
    // The same file changed is still a revision of its article.
    const fixed = s.imports.importBytes('qatar.md', bytes(articleMarkdown({ title: '卡塔尔调解', source: 'https://gnews.org/', author: '宝尹', body: '[[zh:卡塔尔]]更正了声明。' })));
    expect(fixed).toMatchObject({ status: 'revised', articleId: first.articleId });
    // Same for a bare origin without a slash.
    const a = s.imports.importBytes('c.md', bytes(articleMarkdown({ title: '甲', source: 'https://example.com' })));
    const b = s.imports.importBytes('d.md', bytes(articleMarkdown({ title: '乙', source: 'https://example.com' })));
    expect(b.articleId).not.toBe(a.articleId);
    s.close();
  });

  it('still revises an article whose link names it, even when title, author and date all changed (the link decides)', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const source = 'https://gnews.org/articles/1916252';
    const v1 = s.imports.importBytes('a.md', bytes(articleMarkdown({ title: '卡塔尔调解', source, author: '宝尹', date: '2023-11-03 06:22' })));
    const v2 = s.imports.importBytes('a.md', bytes(articleMarkdown({ title: '卡塔尔再次调解', source, author: '记者乙', date: '2023-11-05 09:00', body: '更新。' })));
    expect(v2).toMatchObject({ status: 'revised', articleId: v1.articleId });
    s.close();
  });
});
