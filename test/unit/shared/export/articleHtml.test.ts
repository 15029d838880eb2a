import { describe, expect, it } from 'vitest';
import { articleHtml } from '../../../../shared/export/articleHtml';
import { escapeHtml, safeHref } from '../../../../shared/export/html';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import type { DocJSON } from '../../../../shared/model/article';

function page(markdown: string): string {
  const parsed = parseArticleText(markdown, { fileName: 'test.md' });
  return articleHtml({ doc: parsed.doc, meta: parsed.meta, revision: { id: 3, kind: 'import', createdAt: '2024-01-02T03:04:05.000Z' } });
}

function body(html: string): string {
  return html.slice(html.indexOf('<article>'), html.indexOf('</article>'));
}

describe('articleHtml', () => {
  it('is a complete page: charset, language, title, metadata, inline style, no script', () => {
    const html = page('## 标题 <一>\n`2023-11-03 06:22 记者乙` [轉載自X](https://example.org/a?x=1&y=2)\n\n正文。\n');
    expect(html.startsWith('<!doctype html>\n<html lang="zh">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>标题 &lt;一&gt;</title>');
    expect(html).toContain('<time datetime="2023-11-03T06:22:00Z">2023-11-03 06:22 UTC</time>');
    expect(html).toContain('<a class="source" href="https://example.org/a?x=1&amp;y=2"');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img/i);
    expect(html).toContain("default-src 'none'");
  });

  it('renders wiki-links as Wikipedia links: adjacent links stay two, bold inside a link stays one link', () => {
    const html = body(page('## T\n\n[[zh:美国]][[zh:以色列]]人和**[[zh:卡塔尔]]**，[[en:New York|纽约]]。\n'));
    const links = [...html.matchAll(/<a class="wiki-link" href="([^"]+)"[^>]*>(.*?)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['https://zh.wikipedia.org/wiki/%E7%BE%8E%E5%9B%BD', '美国'],
      ['https://zh.wikipedia.org/wiki/%E4%BB%A5%E8%89%B2%E5%88%97', '以色列'],
      ['https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94', '<strong>卡塔尔</strong>'],
      ['https://en.wikipedia.org/wiki/New_York', '纽约'],
    ]);
  });

  it('keeps one anchor when bold covers only part of a wiki-link', () => {
    const doc: DocJSON = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '卡塔', marks: [{ type: 'wikiLink', attrs: { lang: 'zh', target: '卡塔尔' } }] },
            { type: 'text', text: '尔', marks: [{ type: 'wikiLink', attrs: { lang: 'zh', target: '卡塔尔' } }, { type: 'strong' }] },
            { type: 'text', text: '人' },
          ],
        },
      ],
    };
    const html = articleHtml({ doc, meta: { title: 't', author: null, published: null, source: null, lang: 'zh' } });
    expect(body(html)).toContain('<a class="wiki-link" href="https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94" hreflang="zh" title="zh: 卡塔尔">卡塔<strong>尔</strong></a>人');
  });

  it('never turns article content into markup, scripts or remote fetches', () => {
    const html = page(
      [
        '## <script>alert("title")</script>',
        '',
        '<script>alert(1)</script>',
        '',
        '<img src=x onerror=alert(2)> and [click](javascript:alert(3)) and [data](data:text/html,<b>x</b>) and [rel](relative/x.html)',
        '',
        '![a picture](https://images.example.org/p.png "t") [[zh:"><script>x</script>]]',
        '',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<object/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<span class="image-placeholder" title="https://images.example.org/p.png"><span class="image-badge">image</span> a picture — <a href="https://images.example.org/p.png"');
    expect(html).toContain('<span class="unsafe-link" title="Link not followed: relative/x.html">rel</span>');
  });

  it('drops the href of a link mark with a dangerous scheme (an edited document can carry one)', () => {
    const doc: DocJSON = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', title: null } }] }] }],
    };
    const html = articleHtml({ doc, meta: { title: 't', author: null, published: null, source: 'javascript:alert(2)', lang: 'zh"><script>' } });
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<html lang="und">');
  });

  it('renders block structure: headings, quotes, lists, code, rules, line breaks', () => {
    const html = body(page('## T\n\n### 小标题\n\n> 引用\n\n- 一\n- 二\n\n3. 三\n4. 四\n\n```js\nlet a = 1 < 2;\n```\n\n---\n\n行一  \n行二 `code` ~~删~~ *斜*\n'));
    expect(html).toContain('<h3>小标题</h3>');
    expect(html).toContain('<blockquote>\n<p>引用</p>\n</blockquote>');
    expect(html).toMatch(/<ul>\n<li><p>一<\/p><\/li>\n<li><p>二<\/p><\/li>\n<\/ul>/);
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<pre><code class="language-js">let a = 1 &lt; 2;</code></pre>');
    expect(html).toContain('<hr>');
    expect(html).toContain('行一<br>行二 <code>code</code> <s>删</s> <em>斜</em>');
  });
});

describe('escapeHtml and safeHref', () => {
  it('escape every character that could leave text or an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('allow only absolute http(s) and mailto URLs', () => {
    expect(safeHref('https://a.example/b c')).toBe('https://a.example/b%20c');
    expect(safeHref('mailto:x@example.org')).toBe('mailto:x@example.org');
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'vbscript:x', 'data:text/html,x', 'relative/path', 'file:///etc/passwd']) {
      expect(safeHref(bad)).toBeNull();
    }
  });
});
