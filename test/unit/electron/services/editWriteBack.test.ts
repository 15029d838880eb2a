/**
 * An edited article exports as its original file with only the changed blocks written anew: everything the edit did
 * not touch keeps its bytes (escapes, entities, emphasis markers, line breaks, reference definitions, CRLF).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { openServices, type GlossaServices } from '../../../../electron/services/services';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { writeBackEdit } from '../../../../shared/markdown/writeBack';
import { documentFromJSON } from '../../../../shared/text/canonical';
import { bytes } from '../articles';
import { tempDir } from '../tempDir';

const FIXTURE = fs.readFileSync(path.join(__dirname, '../../../fixtures/qatar-hamas.zh.md'), 'utf8');

const MESSY = [
  '###  [:house:返回](README.md)',
  '---',
  '',
  '',
  '## 混乱的文章 \\& 它的格式',
  '`2021-03-04 05:06 记者乙` [轉載自GNews](https://gnews.org/articles/42)',
  '',
  '',
  '第一段有\\_下划线\\_、&amp;实体&#8211;和*强调*，以及[[zh:卡塔尔]]和参考[链接][1]。',
  '这一行是同一段的软换行，',
  '还有第三行。',
  '',
  '* 列表一 [[zh:多哈]]',
  '* 列表二',
  '',
  '> 引用[[zh:哈马斯|哈马斯运动]]说：',
  '> 第二行',
  '',
  '| 国家 | 首都 |',
  '|:-----|-----:|',
  '| 卡塔尔 | 多哈 |',
  '',
  '第四段有一个错字：协意。',
  '',
  '    缩进的代码块',
  '',
  '最后一段 __粗体__ <br> 结尾。',
  '',
  '[1]: https://example.com/ref  "参考"',
  '',
].join('\n');

/** Replaces text in every text node, as a typo fix in the editor would. */
function replaceText(doc: DocJSON, from: string, to: string): DocJSON {
  return JSON.parse(JSON.stringify(doc).split(from).join(to)) as DocJSON;
}

function setup(markdown: string): { s: GlossaServices; articleId: number; revisionId: number } {
  const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
  const r = s.imports.importBytes('article.md', bytes(markdown));
  if (!r.articleId || !r.revisionId) throw new Error(JSON.stringify(r.error));
  return { s, articleId: r.articleId, revisionId: r.revisionId };
}

/** The changed region between two texts: [start, endInA) in `a` and [start, endInB) in `b`. */
function changedRegion(a: string, b: string): { start: number; endInA: number; endInB: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let tail = 0;
  while (tail < a.length - start && tail < b.length - start && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { start, endInA: a.length - tail, endInB: b.length - tail };
}

describe('exporting an edited article', () => {
  it('changes only the edited paragraph of the fixture (183 links, long paragraphs)', () => {
    const { s, articleId, revisionId } = setup(FIXTURE);
    const doc = s.articles.revisionOf(articleId).doc;
    const paragraph = JSON.stringify(doc.content?.[5]);
    const word = /[\u4e00-\u9fff]{4}/.exec(paragraph)?.[0] as string;
    const edited: DocJSON = { ...doc, content: doc.content?.map((b, i) => (i === 5 ? replaceText(b, word, `${word}（注）`) : b)) };
    s.edits.saveEdit(articleId, revisionId, edited);
    const md = s.exports.exportArticle(articleId, 'md').content;
    const region = changedRegion(FIXTURE, md);
    // The change is inside the fifth block's lines: nothing before its line or after it differs.
    const blockStart = FIXTURE.lastIndexOf('\n', region.start) + 1;
    const blockEnd = FIXTURE.indexOf('\n', region.endInA);
    expect(FIXTURE.slice(0, blockStart)).toBe(md.slice(0, blockStart));
    expect(FIXTURE.slice(blockEnd)).toBe(md.slice(md.length - (FIXTURE.length - blockEnd)));
    expect(md.slice(region.start, region.endInB)).toContain('（注）');
    // And it reads back as exactly the edited document.
    expect(documentFromJSON(parseArticleText(md).doc).eq(documentFromJSON(edited))).toBe(true);
    s.close();
  });

  it('keeps escapes, entities, soft line breaks, lists, quotes, tables, code and reference definitions it did not touch', () => {
    const { s, articleId, revisionId } = setup(MESSY);
    const doc = s.articles.revisionOf(articleId).doc;
    s.edits.saveEdit(articleId, revisionId, replaceText(doc, '协意', '协议'));
    const md = s.exports.exportArticle(articleId, 'md').content;
    expect(md).toBe(MESSY.replace('协意', '协议'));
    s.close();
  });

  it('deletes and inserts whole blocks without rewriting their neighbours', () => {
    const { s, articleId, revisionId } = setup(MESSY);
    const doc = s.articles.revisionOf(articleId).doc;
    const blocks = doc.content ?? [];
    const fourth = blocks.findIndex((b) => JSON.stringify(b).includes('协意'));
    const inserted: DocJSON = { type: 'paragraph', content: [{ type: 'text', text: '新加的一段。' }] };
    const edited: DocJSON = { ...doc, content: [...blocks.slice(0, fourth), inserted, ...blocks.slice(fourth + 1)] };
    s.edits.saveEdit(articleId, revisionId, edited);
    const md = s.exports.exportArticle(articleId, 'md').content;
    expect(md).toBe(MESSY.replace('第四段有一个错字：协意。', '新加的一段。'));

    // Then the first paragraph goes: the header keeps its blank lines, the list comes right after them.
    const second = s.articles.revisionOf(articleId);
    const withoutFirst: DocJSON = { ...second.doc, content: (second.doc.content ?? []).slice(1) };
    s.edits.saveEdit(articleId, second.id, withoutFirst);
    const md2 = s.exports.exportArticle(articleId, 'md').content;
    expect(md2).toContain('[轉載自GNews](https://gnews.org/articles/42)\n\n* 列表一 [[zh:多哈]]\n* 列表二\n');
    expect(md2).not.toContain('第一段');
    // The reference definition stays even though the paragraph using it went (it is text between blocks).
    expect(md2.endsWith('[1]: https://example.com/ref  "参考"\n')).toBe(true);
    s.close();
  });

  it('keeps CRLF line endings, writing new blocks with them too', () => {
    const crlf = MESSY.replace(/\n/g, '\r\n');
    const { s, articleId, revisionId } = setup(crlf);
    const doc = s.articles.revisionOf(articleId).doc;
    const edited = replaceText(doc, '协意', '协议');
    s.edits.saveEdit(articleId, revisionId, edited);
    expect(s.exports.exportArticle(articleId, 'md').content).toBe(crlf.replace('协意', '协议'));
    s.close();
  });

  it('writes a file with mixed line endings back block by block, every kept line with its own ending (import15)', () => {
    const mixed = MESSY.replace('第四段', '\r\n第四段');
    const { s, articleId, revisionId } = setup(mixed);
    const doc = s.articles.revisionOf(articleId).doc;
    const edited = replaceText(doc, '协意', '协议');
    s.edits.saveEdit(articleId, revisionId, edited);
    expect(s.exports.exportArticle(articleId, 'md').content).toBe(mixed.replace('协意', '协议'));
    s.close();
  });

  it('gives no block-by-block text when the document has other blocks than the file (the whole body is written)', () => {
    const parsed = parseArticleText(MESSY);
    const extra: DocJSON = { ...parsed.doc, content: [...parsed.doc.content!, { type: 'paragraph', content: [{ type: 'text', text: '多一段' }] }] };
    expect(writeBackEdit({ source: MESSY, bodyStart: parsed.bodyStart, baseDoc: extra, editedDoc: replaceText(extra, '协意', '协议'), lang: 'zh' })).toBeNull();
  });
});
