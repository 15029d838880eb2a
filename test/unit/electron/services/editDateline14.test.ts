/**
 * An article imported before session 14 stored the agency as its author (`中央社`); the importer now reads the
 * reporter from the body's dateline. Editing such an article must still write only the edited block back (found in
 * review: the header check compared the stored author with the re-read one and rewrote the whole body).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { openServices } from '../../../../electron/services/services';
import { bytes } from '../articles';
import { tempDir } from '../tempDir';

const ARTICLE = [
  '## 台北捷運新線通車',
  '`2024-05-15 08:30 中央社` [轉載自中央社](https://www.cna.com.tw/news/1)',
  '',
  '（中央社記者王小明台北15日電）台北捷運新線今天通車，首日搭乘人次\\_超過\\_10萬。',
  '',
  '第二段有一個錯字：協意。',
  '',
  '[1]: https://example.com/ref',
  '',
].join('\n');

describe('editing an article whose author now comes from its dateline', () => {
  it('writes only the edited block back, even when the stored author is the agency', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const r = s.imports.importBytes('cna.md', bytes(ARTICLE));
    expect(s.articles.revisionOf(r.articleId as number).meta.author).toBe('王小明');
    // What an import before session 14 stored.
    s.db.prepare('UPDATE revisions SET author = ? WHERE id = ?').run('中央社', r.revisionId);
    const doc = s.articles.revisionOf(r.articleId as number).doc;
    const edited = JSON.parse(JSON.stringify(doc).split('協意').join('協議')) as DocJSON;
    s.edits.saveEdit(r.articleId as number, r.revisionId as number, edited);
    expect(s.exports.exportArticle(r.articleId as number, 'md').content).toBe(ARTICLE.replace('協意', '協議'));
    s.close();
  });
});
