import { describe, expect, it } from 'vitest';
import { articleHtml } from '../../../../shared/export/articleHtml';
import { documentHtml } from '../../../../shared/export/html';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';

const read = (body: string) => parseArticleText(`## 标题\n\`2024-03-19 10:05 陈大文\`\n\n${body}`);

describe('footnotes in the HTML export (import 19)', () => {
  it('writes references as numbered superscript links and the notes as a list linking back', () => {
    const a = read('甲[^x]，乙[^y]，再甲[^x]。\n\n[^y]: 注释乙。\n\n[^x]: 注释甲，见[[zh:卡塔尔]]。\n');
    const html = documentHtml(a.doc);
    expect(html).toContain('<p>甲<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>，乙<sup class="footnote-ref"><a href="#fn-2" id="fnref-2">2</a></sup>，再甲<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2">1</a></sup>。</p>');
    expect(html).toContain('<section class="footnotes">\n<hr>\n<ol class="footnotes-list">\n<li id="fn-1" value="1"><p>注释甲，见<a class="wiki-link"');
    expect(html).toContain('<li id="fn-2" value="2"><p>注释乙。</p> <a href="#fnref-2" class="footnote-backref" title="back to the text">↩</a></li>');
    // The notes come after the body, in number order.
    expect(html.indexOf('fn-1" value')).toBeLessThan(html.indexOf('fn-2" value'));
    expect(html.indexOf('</section>')).toBe(html.length - '</section>'.length);
    // The label as written is nowhere shown.
    expect(html).not.toContain('[^');
  });

  it('gives a note nobody refers to no link back, and a reference inside a link no link of its own', () => {
    const a = read('见[报道[^1]](https://example.org/r)。\n\n[^1]: 来源。\n\n[^orphan]: Unreferenced.\n');
    const html = documentHtml(a.doc);
    expect(html).toContain('<a class="external-link" href="https://example.org/r" title="https://example.org/r" rel="noopener noreferrer">报道<sup class="footnote-ref">1</sup></a>');
    expect(html).toContain('<li id="fn-2" value="2"><p>Unreferenced.</p></li>');
  });

  it('draws a highlight inside a note at its canonical offsets', () => {
    const a = read('正文[^1]。\n\n[^1]: 注释里的数字 42 万。\n');
    const start = a.text.indexOf('42 万');
    const html = documentHtml(a.doc, [{ start, end: start + 4, className: 'claim' }]);
    expect(html).toContain('<li id="fn-1" value="1"><p>注释里的数字 <mark class="claim">42 万</mark>。</p>');
  });

  it('styles the notes in the article page', () => {
    const a = read('Body[^1].\n\n[^1]: Note.\n');
    const page = articleHtml({ doc: a.doc, meta: a.meta });
    expect(page).toContain('.footnotes {');
    expect(page).toContain('<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>');
  });
});
