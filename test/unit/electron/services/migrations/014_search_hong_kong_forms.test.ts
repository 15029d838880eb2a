import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/database';
import { ArticleRepository } from '../../../../../electron/services/articleRepository';
import { migrations } from '../../../../../electron/services/migrations/index';
import { parseArticleText } from '../../../../../shared/markdown/parseArticle';
import { tempDir } from '../../tempDir';

const article = (title: string, body: string) => `## ${title}\n\`2020-08-14 08:08 甲\`\n\n${body}\n`;

describe('migration 014: search index folds Hong Kong character forms', () => {
  it('re-indexes a v13 library so that 衛生署 and 卫生署 find an article written 衞生署', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v13 = openDatabase(file, { migrations: migrations.slice(0, 13) });
    const repo13 = new ArticleRepository(v13);
    const hk = article('衞生署公布', '衞生署今日公布，市民可到閲覽室查閲報告。');
    const tw = article('衛生署公告', '衛生署表示，疫苗供應充足。');
    const first = repo13.saveImport({ parsed: parseArticleText(hk), bytes: Buffer.from(hk), fileName: 'hk.md' });
    repo13.saveImport({ parsed: parseArticleText(tw), bytes: Buffer.from(tw), fileName: 'tw.md' });
    // What v13 indexed: 衞 and 閲 as written, since its folding did not know them.
    v13.prepare('DELETE FROM article_search WHERE rowid = ?').run(first.articleId);
    v13.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)').run(first.articleId, '衞生署公布', '衞生署今日公布，市民可到閲览室查閲报告。');
    v13.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(14);
    const repo = new ArticleRepository(db);
    expect(repo.search('衛生署').sort()).toEqual([1, 2]);
    expect(repo.search('卫生署').sort()).toEqual([1, 2]);
    expect(repo.search('衞生署').sort()).toEqual([1, 2]);
    expect(repo.search('閱覽室')).toEqual([1]);
    expect(db.prepare('SELECT count(*) FROM search_backlog').pluck().get()).toBe(0);
    db.close();
  });
});
