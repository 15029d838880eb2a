import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/database';
import { ArticleRepository } from '../../../../../electron/services/articleRepository';
import { migrations } from '../../../../../electron/services/migrations/index';
import { parseArticleText } from '../../../../../shared/markdown/parseArticle';
import { tempDir } from '../../tempDir';

const source = 'https://gnews.org/articles/m1';
const article = (body: string) => `## 第一篇\n\`2020-08-14 08:08 甲\` [轉載自GNews](${source})\n\n${body}\n`;

describe('migration 010: identity with language', () => {
  it('gives existing linked articles their language, so a changed file still adds a revision and a translation does not', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v9 = openDatabase(file, { migrations: migrations.slice(0, 9) });
    const repo9 = new ArticleRepository(v9);
    // What the v9 code stored: the identity without a language (written here by hand, as that version did).
    const first = repo9.saveImport({ parsed: parseArticleText(article('[[zh:卡塔尔]]第一次会谈。')), bytes: Buffer.from(article('[[zh:卡塔尔]]第一次会谈。')), fileName: 'm1.md' });
    v9.prepare('UPDATE articles SET identity = ? WHERE id = ?').run(`source:${source}`, first.articleId);
    const local = v9.prepare(`INSERT INTO articles (identity, created_at) VALUES ('file:x.md' || char(10) || '标题', '2024-01-01T00:00:00Z')`).run();
    v9.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT identity FROM articles ORDER BY id').pluck().all()).toEqual([`source:${source}\nlang:zh`, 'file:x.md\n标题']);
    expect(local.changes).toBe(1);
    const repo = new ArticleRepository(db);
    const changed = article('[[zh:卡塔尔]]第二次会谈。');
    expect(repo.saveImport({ parsed: parseArticleText(changed), bytes: Buffer.from(changed), fileName: 'm1.md' })).toMatchObject({ status: 'revised', articleId: first.articleId });
    const english = `## First talks\n\`2020-08-14 08:08 A\` [GNews](${source})\n\nQatar held the first round of talks, officials said.\n`;
    expect(repo.saveImport({ parsed: parseArticleText(english), bytes: Buffer.from(english), fileName: 'm1.en.md' }).status).toBe('imported');
    db.close();
  });
});
