import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdentity, sourceLinkNamesArticle } from '../../../../electron/services/articleIdentity';
import { openServices } from '../../../../electron/services/services';
import { sourceLinkKey } from '../../../../electron/services/sourceLink';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

/** Spellings of one page: each group must share one key. */
const samePage: string[][] = [
  [
    'https://gnews.org/articles/1916252',
    'http://gnews.org/articles/1916252',
    'https://www.gnews.org/articles/1916252',
    'https://gnews.org/articles/1916252/',
    'HTTPS://GNews.ORG/articles/1916252',
    'https://gnews.org:443/articles/1916252',
    'http://gnews.org:80/articles/1916252',
    'https://gnews.org/articles/1916252#comments',
    'https://gnews.org/articles/1916252?utm_source=twitter&utm_medium=social',
    'https://gnews.org/articles/1916252/?fbclid=IwAR0abc&gclid=xyz',
    'gnews.org/articles/1916252',
    'www.gnews.org/articles/1916252/',
    '  https://gnews.org/articles/1916252  ',
    'https://gnews.org./articles/1916252',
    'https://gnews.org/%61rticles/1916252',
  ],
  [
    'https://example.com/index.php?id=123',
    'https://example.com/index.php?id=123&utm_campaign=spring',
    'http://www.example.com/index.php?utm_source=a&id=123#top',
    'https://example.com/index.php?id=12%33',
    'https://example.com/index.php?id=123&',
    'https://example.com/index.php?spm=a2c4g.11186623&id=123&from=timeline',
  ],
  [
    'https://example.com/?p=5&lang=zh',
    'https://example.com/?lang=zh&p=5',
    'https://www.example.com?lang=zh&p=5&utm_term=x',
  ],
  [
    'https://www.voachinese.com/a/%E5%8D%A1%E5%A1%94%E5%B0%94-2023/7345.html',
    'https://www.voachinese.com/a/%e5%8d%a1%e5%a1%94%e5%b0%94-2023/7345.html',
    'https://voachinese.com/a/卡塔尔-2023/7345.html',
    'http://www.voachinese.com/a/卡塔尔-2023/7345.html?s=20',
  ],
  [
    'https://mp.weixin.qq.com/s?__biz=MzA3&mid=2650&idx=1&sn=abc',
    'https://mp.weixin.qq.com/s?__biz=MzA3&mid=2650&idx=1&sn=abc&scene=21&isappinstalled=0',
    'https://mp.weixin.qq.com/s?sn=abc&idx=1&mid=2650&__biz=MzA3#wechat_redirect',
  ],
  ['https://example.com/#/article/9', 'http://www.example.com/#/article/9', 'https://example.com/?utm_source=x#/article/9'],
  ['https://news.example.com:8080/story/7', 'http://news.example.com:8080/story/7/', 'https://NEWS.example.com:8080/story/7#x'],
];

/** Pairs that look alike but are different pages: each pair must keep two keys. */
const differentPages: Array<[string, string]> = [
  ['https://gnews.org/articles/1916252', 'https://gnews.org/articles/1916253'],
  ['https://example.com/index.php?id=123', 'https://example.com/index.php?id=124'],
  ['https://example.com/index.php?id=123', 'https://example.com/index.php?id=123&page=2'],
  ['https://example.com/?p=5', 'https://example.com/?q=5'],
  ['https://example.com/News/Story', 'https://example.com/news/story'], // paths are case-sensitive
  ['https://example.com/item?ID=1', 'https://example.com/item?id=1'], // so are parameter names
  ['https://news.example.com/story/7', 'https://example.com/story/7'], // only www. is dropped
  ['https://m.example.com/story/7', 'https://example.com/story/7'],
  ['https://example.com:8080/story/7', 'https://example.com/story/7'],
  ['https://example.com/#/article/9', 'https://example.com/#/article/10'],
  ['https://example.com/a%2Fb', 'https://example.com/a/b'], // an escaped slash is not a path separator
  ['https://example.com/search?q=a+b', 'https://example.com/search?q=a%2Bb'],
  ['https://wwwexample.com/story/7', 'https://example.com/story/7'],
  ['明報 2021年3月5日 A1 版', '明報 2021年3月6日 A1 版'],
];

describe('sourceLinkKey (import 19)', () => {
  it('gives every spelling of one page the same key', () => {
    for (const group of samePage) {
      const keys = new Set(group.map(sourceLinkKey));
      expect([...keys], group.join(' | ')).toHaveLength(1);
    }
  });

  it('keeps pages that only look alike apart', () => {
    for (const [a, b] of differentPages) expect(sourceLinkKey(a), `${a} vs ${b}`).not.toBe(sourceLinkKey(b));
  });

  it('writes the key as an https address without tracking, sorted', () => {
    expect(sourceLinkKey('http://www.Example.com:80/a/b/?z=1&utm_source=x&a=2#frag')).toBe('https://example.com/a/b?a=2&z=1');
    expect(sourceLinkKey('https://example.com/a/%7euser/%e4%b8%ad')).toBe('https://example.com/a/~user/%E4%B8%AD');
    expect(sourceLinkKey('https://example.com/?UTM_SOURCE=x&Fbclid=y')).toBe('https://example.com');
    expect(sourceLinkKey('  明報 2021年3月5日 A1 版 ')).toBe('明報 2021年3月5日 A1 版');
    expect(sourceLinkKey('ftp://example.com/file.txt')).toBe('ftp://example.com/file.txt');
  });

  it('agrees with sourceLinkNamesArticle: a link whose key is a site root names no article', () => {
    for (const link of ['https://www.gnews.org/', 'http://gnews.org/?utm_source=x', 'https://example.com/#top', 'https://example.com/?gclid=1&spm=2']) {
      expect(sourceLinkNamesArticle(link), link).toBe(false);
    }
    expect(sourceLinkNamesArticle('https://example.com/?p=5&utm_source=x')).toBe(true);
  });
});

describe('articleIdentity with links written differently', () => {
  it('is one identity per page and language', () => {
    const meta = (source: string, lang = 'zh') => ({ source, title: '标题', lang });
    const key = articleIdentity(meta('https://gnews.org/articles/1'), 'a.md');
    expect(articleIdentity(meta('http://www.gnews.org/articles/1/?utm_source=x#c'), 'b.md')).toBe(key);
    expect(articleIdentity(meta('http://www.gnews.org/articles/1/', 'en'), 'a.md')).not.toBe(key);
  });
});

describe('re-importing an article whose source link is written differently', () => {
  it('revises the article, keeps its annotations, and shows the link as the file writes it', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const first = s.imports.importBytes('qatar.md', bytes(articleMarkdown({ title: '卡塔尔调解', source: 'https://gnews.org/articles/1916252' })));
    const note = s.annotations.create({ articleId: first.articleId!, revisionId: first.revisionId!, start: 0, end: 3, motivation: 'commenting', bodies: [{ type: 'TextualBody', value: '核实', purpose: 'commenting' }], creator: 'checker' });
    const spellings = [
      'http://www.gnews.org/articles/1916252/',
      'https://gnews.org/articles/1916252?utm_source=telegram&utm_medium=share',
      'https://GNEWS.org:443/articles/1916252#top',
      'https://gnews.org/%61rticles/1916252?spm=a2c4g&fbclid=IwAR0',
    ];
    for (const [i, source] of spellings.entries()) {
      const again = s.imports.importBytes(`copy-${i}.md`, bytes(articleMarkdown({ title: '卡塔尔调解', source })));
      expect(again, source).toMatchObject({ status: 'revised', articleId: first.articleId });
      expect(s.imports.importBytes(`copy-${i}.md`, bytes(articleMarkdown({ title: '卡塔尔调解', source })))).toMatchObject({ status: 'unchanged', articleId: first.articleId });
    }
    expect(s.articles.list()).toHaveLength(1);
    expect(s.annotations.list(first.articleId!).annotations.map((a) => a.id)).toEqual([note.id]);
    expect(s.articles.revisionOf(first.articleId!).meta.source).toBe('https://gnews.org/%61rticles/1916252?spm=a2c4g&fbclid=IwAR0');
    expect(s.articles.revisionOf(first.articleId!, first.revisionId!).meta.source).toBe('https://gnews.org/articles/1916252');
    s.close();
  });

  it('keeps a different page of the same site, and a different ?id=, as a new article', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const a = s.imports.importBytes('a.md', bytes(articleMarkdown({ title: '甲', source: 'https://example.com/read.php?id=123&utm_source=x' })));
    const b = s.imports.importBytes('b.md', bytes(articleMarkdown({ title: '乙', source: 'https://example.com/read.php?id=124' })));
    const c = s.imports.importBytes('c.md', bytes(articleMarkdown({ title: '丙', source: 'http://www.example.com/read.php?id=123' })));
    expect(a.status).toBe('imported');
    expect(b.status).toBe('imported');
    expect(c).toMatchObject({ status: 'revised', articleId: a.articleId });
    s.close();
  });
});
