import { describe, expect, it } from 'vitest';
import { documentHtml, escapeHtml, safeHref } from '../../../../shared/export/html';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import type { DocJSON } from '../../../../shared/model/article';
import { canonicalText } from '../../../../shared/text/canonical';

const text = (t: string, marks?: DocJSON['marks']): DocJSON => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const wiki = (target: string) => ({ type: 'wikiLink', attrs: { lang: 'zh', target } });

/** A document with a heading, a quote, a list, emphasis and a wiki-link, as the Markdown importer builds them. */
const DOC: DocJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('背景 <b>')] },
    { type: 'paragraph', content: [text('据报道，'), text('卡塔尔', [wiki('卡塔尔')]), text('每月'), text('支付', [{ type: 'em' }]), text(' 3000 万美元。')] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [text('引文一句。')] }] },
    { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [text('第一项')] }] }] },
  ],
};
const TEXT = canonicalText(DOC).text;
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

describe('documentHtml', () => {
  it('never nests a link in a link: an image inside a link names its URL as text', () => {
    const doc = parseArticleText('## 标题\n\n[![图片说明](https://example.org/pic.jpg)](https://example.org/big.jpg) 和 ![单独](https://example.org/b.png)\n').doc;
    const html = documentHtml(doc);
    const linked = html.slice(html.indexOf('<a class="external-link"'), html.indexOf('</a>', html.indexOf('<a class="external-link"')) + 4);
    expect(linked).toContain('https://example.org/pic.jpg');
    expect(linked.match(/<a /g)).toHaveLength(1);
    // A lone image still links its URL.
    expect(html).toContain('<a href="https://example.org/b.png" rel="noopener noreferrer">https://example.org/b.png</a>');
  });

  it('writes the structure: headings, paragraphs, quotes, lists, emphasis, wiki-links to Wikipedia, all text escaped', () => {
    const html = documentHtml(DOC);
    expect(html).toContain('<h2>背景 &lt;b&gt;</h2>');
    expect(html).toContain('<a class="wiki-link" href="https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94"');
    expect(html).toContain('<em>支付</em>');
    expect(html).toContain('<blockquote>\n<p>引文一句。</p>\n</blockquote>');
    expect(html).toContain('<ul>\n<li><p>第一项</p></li>\n</ul>');
  });

  it('highlights the exact characters of a span that crosses a link and emphasis, with its marker right after it', () => {
    const html = documentHtml(DOC, [{ ...span('卡塔尔每月支付 3000'), label: '1', className: 'claim', after: '<sup>1</sup>' }]);
    // The link stays one link, the highlight is cut inside it; the marker follows "3000".
    expect(html).toContain('<a class="wiki-link" href="https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94" hreflang="zh" title="zh: 卡塔尔"><mark class="claim" title="[1]">卡塔尔</mark></a>');
    expect(html).toContain('<mark class="claim" title="[1]">每月</mark><em><mark class="claim" title="[1]">支付</mark></em><mark class="claim" title="[1]"> 3000</mark><sup>1</sup> 万美元。');
    const marked = [...html.matchAll(/<mark[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]).join('');
    expect(marked).toBe('卡塔尔每月支付 3000');
  });

  it('marks overlaps once with both labels, puts a marker at a span ending a block, and ignores spans outside the text', () => {
    const html = documentHtml(DOC, [
      { ...span('每月支付'), label: '1', after: '<sup>1</sup>' },
      { ...span('支付 3000 万美元。'), label: '2', after: '<sup>2</sup>' },
      { start: TEXT.length - 2, end: TEXT.length + 5, label: '3', after: '<sup>3</sup>' },
      { ...span('第一项'), label: '4', after: '<sup>4</sup>' },
    ]);
    expect(html).toContain('<mark title="[1]">每月</mark><em><mark class="overlap" title="[1] [2]">支付</mark><sup>1</sup></em><mark title="[2]"> 3000 万美元。</mark><sup>2</sup>');
    expect(html).not.toContain('<sup>3</sup>');
    expect(html).toContain('<li><p><mark title="[4]">第一项</mark><sup>4</sup></p></li>');
  });

  it('renders an imported Markdown article with highlights at offsets of its canonical text', () => {
    const source = ['## 标题', '', '第一段提到[[zh:哈马斯]]和 **60 亿美元**。', '', '> 引用', '', '1. 甲', '2. 乙', ''].join('\n');
    const parsed = parseArticleText(source);
    const start = parsed.text.indexOf('60 亿');
    const html = documentHtml(parsed.doc, [{ start, end: start + '60 亿'.length, label: '7', after: '<sup>7</sup>' }]);
    expect(html).toContain('<strong><mark title="[7]">60 亿</mark><sup>7</sup>美元</strong>');
    expect(html).toContain('<ol>');
    expect(html).toContain('wiki/%E5%93%88%E9%A9%AC%E6%96%AF');
  });

  it('escapes text and accepts only http(s) and mailto links', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' https://example.org/a b ')).toBe('https://example.org/a%20b');
  });
});

describe('documentHtml markers', () => {
  it('never nests a marker inside an article link when a span ends inside one', () => {
    const html = documentHtml(DOC, [{ ...span('据报道，卡塔'), label: '1', after: '<sup><a href="#note-1">1</a></sup>' }]);
    expect(html).toContain('<mark title="[1]">卡塔</mark></a><sup><a href="#note-1">1</a></sup><a class="wiki-link"');
    expect(html).not.toMatch(/<a [^>]*>[^<]*(<(?!\/a)[^>]*>[^<]*)*<a /);
  });
});
