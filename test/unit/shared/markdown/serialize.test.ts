import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleText } from '../../../../shared/markdown/parseArticle';
import { serializeArticle } from '../../../../shared/markdown/serialize';
import { documentFromJSON } from '../../../../shared/text/canonical';

const fixture = readFileSync(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url));

/** Re-parsing the serialised Markdown must give the same document: what an edited revision's export promises. */
function roundTrips(markdown: string) {
  const first = parseArticleText(markdown);
  const header = first.source.slice(0, first.bodyStart);
  const written = serializeArticle(first.doc, header);
  const second = parseArticleText(written);
  expect(documentFromJSON(second.doc).eq(documentFromJSON(first.doc))).toBe(true);
  expect(second.meta).toEqual(first.meta);
  return written;
}

describe('serializeArticle', () => {
  it('keeps white space after a line break, which Markdown would drop as indentation', () => {
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '前' }, { type: 'hard_break' }, { type: 'text', text: '  后\n\t再' }] }],
    };
    const written = serializeArticle(doc, '');
    expect(written).toBe('前\\\n&#32;&#32;后\n&#9;再\n');
    expect(documentFromJSON(parseArticleText(written).doc).eq(documentFromJSON(doc))).toBe(true);
  });

  it('round-trips the fixture, keeping header and wiki-links', () => {
    const written = roundTrips(fixture.toString('utf8'));
    expect(written).toContain('[[zh:卡塔尔]]');
    expect(written.startsWith('###  [:house:返回](README.md)')).toBe(true);
  });

  it('round-trips markup, escapes and every link form', () => {
    roundTrips(
      [
        '## T',
        '`2020-08-14 08:08 A` [转载自X](https://x.org/1)',
        '',
        'snake\\_case *em* **bold [[zh:卡塔尔]]** ~~gone~~ `co`de` [ext](https://e.org/a_(b) "t") AT&amp;T',
        '',
        '[[en:New York|NYC]] and [[zh:美国]][[zh:以色列]]人 ![alt](https://i.org/x.png)',
        '',
        '> quote\n> more',
        '',
        '- a\n- b\n\n1. x\n2. y',
        '',
        '# not a heading \\# 1\\. x',
        '',
        '```js\nlet a = `x`;\n```',
        '',
        'line\\',
        'after break',
      ].join('\n'),
    );
  });

  it('writes back wiki-link titles and labels that the reader decoded so they read the same again', () => {
    const written = roundTrips(
      '## T\n`2020-08-14 08:08 A`\n\n[[zh:A&amp;amp;B]] [[zh:AT&amp;T]] [[zh:%2541x]] [[zh:X|a&amp;amp;b]] [[zh:%E5%8D%A1]] [[:en:Doha]] [[[zh:多哈]]](https://x.org)',
    );
    expect(written).toContain('[[zh:A&amp;amp;B]]');
    expect(written).toContain('[[zh:%2541x]]');
    expect(written).toContain('[[zh:卡]]');
  });

  it('writes a heading that spans lines (setext, underlined) back as one, keeping its line break', () => {
    const written = roundTrips('## T\n`2020-08-14 08:08 A`\n\n第一段。\n\n标题第一行\n标题第二行\n---\n\n后文。\n');
    expect(written).toContain('标题第一行\n标题第二行\n---');
  });

  it('writes a <br> line break as a Markdown hard break', () => {
    expect(roundTrips('## T\n`2020-08-14 08:08 A`\n\n第一行<br>\n第二行<br/>第三行')).toContain('第一行\\\n第二行');
  });

  it('writes an image alt with escapes once, however often it is saved', () => {
    const source = '## T\n`2020-08-14 08:08 A`\n\n卡塔尔的图片说明如下：![alt \\_x [[zh:卡塔尔]] &amp; y](https://i.org/x.png)';
    const once = roundTrips(source);
    expect(roundTrips(once)).toBe(once);
    expect(JSON.stringify(parseArticleText(source).doc)).toContain('"alt":"alt _x 卡塔尔 & y"');
  });

  it('writes an edit: a removed wiki-link becomes plain text', () => {
    const article = parseArticle(new TextEncoder().encode('## T\n\n甲[[zh:卡塔尔]]乙'));
    const doc = JSON.parse(JSON.stringify(article.doc));
    delete doc.content[0].content[1].marks;
    const written = serializeArticle(doc, article.source.slice(0, article.bodyStart));
    expect(written).toBe('## T\n\n甲卡塔尔乙\n');
  });

  it('keeps lists that follow each other apart (Markdown joins them when their markers are the same)', () => {
    const written = roundTrips('1. 一\n2) 二\n3. 三\n\n- 甲\n* 乙\n- 丙\n+ 丁\n');
    expect(written).toBe('1. 一\n\n2) 二\n\n3. 三\n\n- 甲\n\n* 乙\n\n- 丙\n\n+ 丁\n');
  });
});
