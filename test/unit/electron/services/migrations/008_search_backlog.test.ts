import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/database';
import { ArticleRepository } from '../../../../../electron/services/articleRepository';
import { migrations } from '../../../../../electron/services/migrations/index';
import { parseArticleText } from '../../../../../shared/markdown/parseArticle';
import { tempDir } from '../../tempDir';

const article = (n: number) => `## 第${n}篇\n\`2020-08-14 08:08 甲\` [轉載自GNews](https://gnews.org/articles/m${n})\n\n[[zh:卡塔尔]]与[[zh:埃及]]第${n}次会谈。\n`;

describe('migration 008: search backlog', () => {
  it('upgrades a v7 library file (backed up first): its articles are still found, and new imports are indexed', () => {
    const dir = tempDir();
    const file = path.join(dir, 'glossa.sqlite');
    const v7 = openDatabase(file, { migrations: migrations.slice(0, 7) });
    // A v7 library as that version wrote it: articles, their revisions, their search rows.
    const insert = v7.prepare(`INSERT INTO revisions (id, article_id, kind, source_text, body_start, doc_json, canonical_text, source_map_json,
      content_hash, title, lang, warnings_json, wiki_link_count, wiki_target_count, created_at)
      VALUES (?, ?, 'edit', ?, 0, '{"type":"doc"}', ?, '[]', ?, ?, 'zh', '[]', 0, 0, '2024-01-01T00:00:00Z')`);
    for (const n of [1, 2]) {
      const parsed = parseArticleText(article(n));
      v7.prepare(`INSERT INTO articles (id, identity, created_at) VALUES (?, ?, '2024-01-01T00:00:00Z')`).run(n, `source:m${n}`);
      insert.run(n, n, article(n), parsed.text, `h${n}`, parsed.meta.title);
      v7.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)').run(n, parsed.meta.title, parsed.text);
    }
    v7.exec('UPDATE articles SET current_revision_id = id');
    v7.close();

    const db = openDatabase(file, { migrations: migrations.slice(0, 8) });
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(fs.readdirSync(dir).some((name) => name.startsWith('glossa.sqlite.backup-v7-'))).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM search_backlog').get()).toEqual({ n: 0 });
    const repo = new ArticleRepository(db);
    expect(repo.search('第2次会谈')).toHaveLength(1);
    const stored = repo.saveImport({ parsed: parseArticleText(article(3)), bytes: Buffer.from(article(3)), fileName: 'm3.md' });
    expect(repo.search('第3次会谈')).toEqual([stored.articleId]);
    expect(repo.search('卡塔尔与埃及').sort()).toEqual([1, 2, 3]);
    db.close();
  });
});
