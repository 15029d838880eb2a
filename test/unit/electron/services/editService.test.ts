import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { openServices, type GlossaServices } from '../../../../electron/services/services';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

function setup(): { s: GlossaServices; articleId: number; revisionId: number; markdown: string } {
  const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
  const markdown = articleMarkdown({ title: '编辑测试', body: '[[zh:卡塔尔]]和[[zh:埃及]]达成协意。\n\n第二段。' });
  const r = s.imports.importBytes('edit.md', bytes(markdown));
  return { s, articleId: r.articleId!, revisionId: r.revisionId!, markdown };
}

/** Replaces text in every text node (a typo fix as the editor would make it). */
function replaceText(doc: DocJSON, from: string, to: string): DocJSON {
  return JSON.parse(JSON.stringify(doc).split(from).join(to)) as DocJSON;
}

/** Removes the wikiLink mark to `target` wherever it occurs. */
function unlink(doc: DocJSON, target: string): DocJSON {
  const walk = (node: DocJSON): DocJSON => ({
    ...node,
    ...(node.marks ? { marks: node.marks.filter((m) => !(m.type === 'wikiLink' && m.attrs?.target === target)) } : {}),
    ...(node.content ? { content: node.content.map(walk) } : {}),
  });
  return walk(doc);
}

describe('saving an edit', () => {
  it('adds an edit revision with recomputed text and links, keeping the original', () => {
    const { s, articleId, revisionId, markdown } = setup();
    const original = s.articles.revisionOf(articleId);
    const edited = unlink(replaceText(original.doc, '协意', '协议'), '埃及');
    const saved = s.edits.saveEdit(articleId, revisionId, edited);
    expect(saved.unchanged).toBe(false);
    const current = s.articles.revisionOf(articleId);
    expect(current).toMatchObject({ id: saved.revisionId, kind: 'edit', parentId: revisionId, original: null });
    expect(current.text).toContain('达成协议');
    expect(s.articles.wikiLinks(current.id).map((l) => [l.target, current.text.slice(l.start, l.end)])).toEqual([['卡塔尔', '卡塔尔']]);
    expect(s.articles.summary(articleId)).toMatchObject({ wikiLinks: 1, wikiTargets: 1, revisions: 2, title: '编辑测试' });
    // The original is still there, byte for byte.
    expect(Buffer.from(s.exports.exportArticle(articleId, 'md', revisionId).bytes).toString('utf8')).toBe(markdown);
    // The edit exports as Markdown with the original header and the fixed text.
    const md = s.exports.exportArticle(articleId, 'md').content;
    expect(md.startsWith('## 编辑测试\n`2020-08-14 08:08 记者甲`')).toBe(true);
    expect(md).toContain('[[zh:卡塔尔]]和埃及达成协议');
    // Search sees the edited text.
    expect(s.articles.search('达成协议')).toEqual([articleId]);
    s.close();
  });

  it('answers unchanged when nothing changed, CONFLICT for a stale base, BAD_INPUT for a broken document', () => {
    const { s, articleId, revisionId } = setup();
    const doc = s.articles.revisionOf(articleId).doc;
    expect(s.edits.saveEdit(articleId, revisionId, doc)).toEqual({ revisionId, unchanged: true });
    const first = s.edits.saveEdit(articleId, revisionId, replaceText(doc, '第二段', '第2段'));
    expect(() => s.edits.saveEdit(articleId, revisionId, replaceText(doc, '第二段', '第三段'))).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => s.edits.saveEdit(articleId, first.revisionId, { type: 'doc', content: [{ type: 'nonsense' }] })).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
    expect(() => s.edits.saveEdit(articleId, first.revisionId, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph' }] }] })).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
    expect(() => s.edits.saveEdit(999, 1, doc)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(s.articles.revisions(articleId).length).toBe(2);
    s.close();
  });

  it('is not undone by importing the original file again', () => {
    const { s, articleId, revisionId, markdown } = setup();
    const saved = s.edits.saveEdit(articleId, revisionId, replaceText(s.articles.revisionOf(articleId).doc, '协意', '协议'));
    expect(s.imports.importBytes('edit.md', bytes(markdown)).status).toBe('unchanged');
    expect(s.articles.summary(articleId)?.revisionId).toBe(saved.revisionId);
    s.close();
  });

  it('keeps a source map that points at the edited Markdown', () => {
    const { s, articleId, revisionId } = setup();
    const saved = s.edits.saveEdit(articleId, revisionId, replaceText(s.articles.revisionOf(articleId).doc, '第二段', '第二段落'));
    const rev = s.articles.revision(saved.revisionId)!;
    expect(rev.sourceMap.length).toBeGreaterThan(0);
    for (const span of rev.sourceMap.filter((x) => x.verbatim)) {
      expect(rev.sourceText.slice(span.srcStart, span.srcEnd)).toBe(rev.text.slice(span.textStart, span.textEnd));
    }
    s.close();
  });
});

describe('a real article edited', () => {
  it('round-trips the fixture through an edit with every other link intact', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));
    const r = s.imports.importBytes('qatar-hamas.zh.md', fixture);
    const doc = s.articles.revisionOf(r.articleId!).doc;
    const saved = s.edits.saveEdit(r.articleId!, r.revisionId!, unlink(doc, '路透社'));
    const summary = s.articles.summary(r.articleId!)!;
    expect(summary.revisionId).toBe(saved.revisionId);
    const removed = s.articles.entities(r.revisionId!).find((e) => e.target === '路透社')!.count;
    expect(summary.wikiLinks).toBe(183 - removed);
    expect(summary.wikiTargets).toBe(55);
    s.close();
  });
});
