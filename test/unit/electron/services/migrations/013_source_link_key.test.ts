import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleRepository } from '../../../../../electron/services/articleRepository';
import { openDatabase } from '../../../../../electron/services/database';
import { migrations } from '../../../../../electron/services/migrations/index';
import { parseArticleText } from '../../../../../shared/markdown/parseArticle';
import { tempDir } from '../../tempDir';

const article = (title: string, source: string, body: string) => `## ${title}\n\`2020-08-14 08:08 甲\` [轉載自GNews](${source})\n\n${body}\n`;

describe('migration 013: source links compared in one spelling', () => {
  it('rewrites link identities so a re-import with the link spelled otherwise revises the article', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v12 = openDatabase(file, { migrations: migrations.slice(0, 12) });
    const repo12 = new ArticleRepository(v12);
    const save = (repo: ArticleRepository, text: string, fileName: string) => repo.saveImport({ parsed: parseArticleText(text), bytes: Buffer.from(text), fileName });
    // What v12 stored: the link as written plus the language (written by hand, as that version did).
    const stored = (text: string, fileName: string, identity: string) => {
      const saved = save(repo12, text, fileName);
      v12.prepare('UPDATE articles SET identity = ? WHERE id = ?').run(identity, saved.articleId);
      return saved;
    };
    const tracked = stored(article('第一篇', 'http://www.gnews.org/articles/1/?utm_source=tg', '第一次会谈。'), 'first.md', 'source:http://www.gnews.org/articles/1/?utm_source=tg\nlang:zh');
    const query = stored(article('第二篇', 'https://example.com/read.php?id=7&p=2', '第二篇。'), 'second.md', 'source:https://example.com/read.php?id=7&p=2\nlang:zh');
    const clean = stored(article('第三篇', 'https://gnews.org/articles/3', '第三篇。'), 'third.md', 'source:https://gnews.org/articles/3\nlang:zh');
    // Two articles v12 kept apart only by the spelling of one link: the older keeps the article's key.
    const older = stored(article('第四篇', 'https://www.gnews.org/articles/4#c', '旧稿。'), 'fourth.md', 'source:https://www.gnews.org/articles/4#c\nlang:zh');
    const newer = stored(article('第四篇', 'http://gnews.org/articles/4/', '新稿。'), 'fourth-copy.md', 'source:http://gnews.org/articles/4/\nlang:zh');
    const printed = stored(article('第五篇', '明報 2021年3月5日 A1 版', '印刷版。'), 'fifth.md', 'source:明報 2021年3月5日 A1 版\nlang:zh');
    const local = save(repo12, '## 第六篇\n\n本地文件。\n', 'sixth.md');
    // A link whose only parameter is now known as share tracking (`?si=`) names no article any more: its file does.
    const shared = stored(article('第八篇', 'https://example.com/?si=abc', '分享链接。'), 'eighth.md', 'source:https://example.com/?si=abc\nlang:zh');
    v12.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT id, identity FROM articles ORDER BY id').all()).toEqual([
      { id: tracked.articleId, identity: 'source:https://gnews.org/articles/1\nlang:zh' },
      { id: query.articleId, identity: 'source:https://example.com/read.php?id=7&p=2\nlang:zh' },
      { id: clean.articleId, identity: 'source:https://gnews.org/articles/3\nlang:zh' },
      { id: older.articleId, identity: 'source:https://gnews.org/articles/4\nlang:zh' },
      { id: newer.articleId, identity: 'source:http://gnews.org/articles/4/\nlang:zh' },
      { id: printed.articleId, identity: 'source:明報 2021年3月5日 A1 版\nlang:zh' },
      { id: local.articleId, identity: 'file:sixth.md\n第六篇' },
      { id: shared.articleId, identity: 'file:eighth.md\n第八篇' },
    ]);
    // The link each article shows is still the one its file wrote.
    expect(db.prepare('SELECT source FROM articles WHERE id = ?').pluck().get(tracked.articleId)).toBe('http://www.gnews.org/articles/1/?utm_source=tg');

    const repo = new ArticleRepository(db);
    expect(save(repo, article('第一篇', 'https://gnews.org/articles/1', '第一次会谈，更正。'), 'first.md')).toMatchObject({ status: 'revised', articleId: tracked.articleId });
    expect(save(repo, article('第二篇', 'https://www.example.com/read.php?p=2&id=7&fbclid=x', '第二篇，更正。'), 'second.md')).toMatchObject({ status: 'revised', articleId: query.articleId });
    expect(save(repo, article('第四篇', 'https://gnews.org/articles/4', '第三稿。'), 'fourth.md')).toMatchObject({ status: 'revised', articleId: older.articleId });
    expect(save(repo, article('第七篇', 'https://example.com/read.php?id=8&p=2', '另一篇。'), 'seventh.md').status).toBe('imported');
    expect(db.prepare('SELECT COUNT(*) FROM revisions WHERE article_id = ?').pluck().get(newer.articleId)).toBe(1);
    expect(save(repo, article('第八篇', 'https://example.com/?si=abc', '分享链接，更正。'), 'eighth.md')).toMatchObject({ status: 'revised', articleId: shared.articleId });
    db.close();
  });

  it('lets an article already keyed in the new spelling keep it when an older one would take the same key', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v12 = openDatabase(file, { migrations: migrations.slice(0, 12) });
    const repo12 = new ArticleRepository(v12);
    const text = (body: string, source: string) => article('第八篇', source, body);
    const a = repo12.saveImport({ parsed: parseArticleText(text('甲。', 'http://gnews.org/articles/8/')), bytes: Buffer.from(text('甲。', 'http://gnews.org/articles/8/')), fileName: 'a.md' });
    v12.prepare('UPDATE articles SET identity = ? WHERE id = ?').run('source:http://gnews.org/articles/8/\nlang:zh', a.articleId);
    const b = repo12.saveImport({ parsed: parseArticleText(text('乙。', 'https://gnews.org/articles/8')), bytes: Buffer.from(text('乙。', 'https://gnews.org/articles/8')), fileName: 'b.md' });
    v12.prepare('UPDATE articles SET identity = ? WHERE id = ?').run('source:https://gnews.org/articles/8\nlang:zh', b.articleId);
    v12.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT identity FROM articles ORDER BY id').pluck().all()).toEqual(['source:http://gnews.org/articles/8/\nlang:zh', 'source:https://gnews.org/articles/8\nlang:zh']);
    db.close();
  });
});
