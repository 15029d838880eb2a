import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleRepository } from '../../../../../electron/services/articleRepository';
import { openDatabase } from '../../../../../electron/services/database';
import { migrations } from '../../../../../electron/services/migrations/index';
import { parseArticleText } from '../../../../../shared/markdown/parseArticle';
import { tempDir } from '../../tempDir';

const article = (title: string, source: string, body: string) => `## ${title}\n\`2020-08-14 08:08 甲\` [轉載自GNews](${source})\n\n${body}\n`;

describe('migration 012: site-level source links do not identify an article', () => {
  it('gives articles stored under a site root the file identity, so their files still revise them and other articles stay apart', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v11 = openDatabase(file, { migrations: migrations.slice(0, 11) });
    const repo11 = new ArticleRepository(v11);
    const save = (repo: ArticleRepository, text: string, fileName: string) => repo.saveImport({ parsed: parseArticleText(text), bytes: Buffer.from(text), fileName });
    // What v11 stored: identities from the link and language, written by hand as that version did.
    const root = save(repo11, article('第一篇', 'https://gnews.org/', '[[zh:卡塔尔]]第一次会谈。'), 'first.md');
    v11.prepare('UPDATE articles SET identity = ? WHERE id = ?').run('source:https://gnews.org/\nlang:zh', root.articleId);
    const named = save(repo11, article('第二篇', 'https://gnews.org/articles/2', '第二次会谈。'), 'second.md');
    v11.prepare('UPDATE articles SET identity = ? WHERE id = ?').run('source:https://gnews.org/articles/2\nlang:zh', named.articleId);
    // A site-root article whose file identity is already held by another article keeps its old key.
    const clash = save(repo11, article('第三篇', 'https://example.com', '另一篇。'), 'elsewhere/third.md');
    v11.prepare('UPDATE articles SET identity = ? WHERE id = ?').run('source:https://example.com\nlang:zh', clash.articleId);
    const local = save(repo11, '## 第三篇\n\n本地文件。\n', 'third.md');
    expect(local.status).toBe('imported');
    v11.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const identities = db.prepare('SELECT id, identity FROM articles ORDER BY id').all();
    expect(identities).toEqual([
      { id: root.articleId, identity: 'file:first.md\n第一篇' },
      { id: named.articleId, identity: 'source:https://gnews.org/articles/2\nlang:zh' },
      { id: clash.articleId, identity: 'source:https://example.com\nlang:zh' },
      { id: local.articleId, identity: 'file:third.md\n第三篇' },
    ]);
    const repo = new ArticleRepository(db);
    expect(save(repo, article('第一篇', 'https://gnews.org/', '[[zh:卡塔尔]]第一次会谈，更正。'), 'first.md')).toMatchObject({ status: 'revised', articleId: root.articleId });
    expect(save(repo, article('第二篇', 'https://gnews.org/articles/2', '第二次会谈，更正。'), 'second.md')).toMatchObject({ status: 'revised', articleId: named.articleId });
    expect(save(repo, article('另一篇文章', 'https://gnews.org/', '与第一篇无关。'), 'other.md').status).toBe('imported');
    db.close();
  });
});
