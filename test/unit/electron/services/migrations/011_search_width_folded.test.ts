import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/database';
import { ArticleRepository } from '../../../../../electron/services/articleRepository';
import { migrations } from '../../../../../electron/services/migrations/index';
import { parseArticleText } from '../../../../../shared/markdown/parseArticle';
import { tempDir } from '../../tempDir';

const article = (title: string, body: string) => `## ${title}\n\`2020-08-14 08:08 甲\`\n\n${body}\n`;

describe('migration 011: search index folds full-width letters and digits', () => {
  it('re-indexes a v10 library so that half-width queries find full-width text, and empties the backlog', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v10 = openDatabase(file, { migrations: migrations.slice(0, 10) });
    const repo10 = new ArticleRepository(v10);
    const wide = article('ＧＤＰ报告', '今年ＧＤＰ增长３０００亿元，據報導。');
    const plain = article('另一篇', '去年增长3000亿元。');
    const first = repo10.saveImport({ parsed: parseArticleText(wide), bytes: Buffer.from(wide), fileName: 'wide.md' });
    repo10.saveImport({ parsed: parseArticleText(plain), bytes: Buffer.from(plain), fileName: 'plain.md' });
    // What v10 indexed: the text folded to simplified only, full-width digits as written.
    v10.prepare('DELETE FROM article_search WHERE rowid = ?').run(first.articleId);
    v10.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)').run(first.articleId, 'ＧＤＰ报告', '今年ＧＤＰ增长３０００亿元，据报导。');
    v10.prepare('INSERT INTO search_backlog (article_id) VALUES (?)').run(first.articleId);
    v10.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(11);
    expect(db.prepare('SELECT count(*) FROM search_backlog').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM article_search').pluck().get()).toBe(2);
    const repo = new ArticleRepository(db);
    expect(repo.search('3000亿').sort()).toEqual([1, 2]);
    expect(repo.search('３０００亿').sort()).toEqual([1, 2]);
    expect(repo.search('gdp增长')).toEqual([1]);
    expect(repo.search('gdp报告')).toEqual([1]);
    expect(repo.search('据报道')).toEqual([]);
    expect(repo.search('據報導')).toEqual([1]);
    // The index narrows and the text confirms: a trigram query answered by the rebuilt rows.
    expect(db.prepare(`SELECT rowid FROM article_search WHERE article_search MATCH '"GDP"'`).pluck().all()).toEqual([1]);
    db.close();
  });
});
