import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/database';
import { ArticleRepository } from '../../../../../electron/services/articleRepository';
import { migrations } from '../../../../../electron/services/migrations/index';
import { parseArticleText } from '../../../../../shared/markdown/parseArticle';
import { encodeStoredDoc } from '../../../../../shared/model/storedDoc';
import { tempDir } from '../../tempDir';

const article = (n: number) => `## 第${n}篇\n\`2020-08-14 08:08 甲\` [轉載自GNews](https://gnews.org/articles/m${n})\n\n[[zh:卡塔尔]]与[[zh:埃及]]第${n}次会谈。\n\n**[[zh:美国]]**表示，  \n谈判继续。\n`;

describe('migration 009: text-referencing documents', () => {
  it('upgrades a v8 library (backed up first): rows in the older forms read as before, new rows refer to their text', () => {
    const dir = tempDir();
    const file = path.join(dir, 'glossa.sqlite');
    const v8 = openDatabase(file, { migrations: migrations.slice(0, 8) });
    // A v8 row as that version wrote it: the document packed with its text inline.
    const old = parseArticleText(article(1));
    v8.prepare(`INSERT INTO articles (id, identity, created_at) VALUES (1, 'source:m1', '2024-01-01T00:00:00Z')`).run();
    v8.prepare(`INSERT INTO revisions (id, article_id, kind, source_text, body_start, doc_json, canonical_text, source_map_json,
      content_hash, title, lang, warnings_json, wiki_link_count, wiki_target_count, created_at)
      VALUES (1, 1, 'edit', ?, 0, ?, ?, '[]', 'h1', ?, 'zh', '[]', 3, 3, '2024-01-01T00:00:00Z')`).run(article(1), encodeStoredDoc(old.doc), old.text, old.meta.title);
    v8.exec('UPDATE articles SET current_revision_id = 1');
    v8.close();

    const db = openDatabase(file, { migrations: migrations.slice(0, 9) });
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(fs.readdirSync(dir).some((name) => name.startsWith('glossa.sqlite.backup-v8-'))).toBe(true);
    const repo = new ArticleRepository(db);
    expect(repo.revision(1)?.doc).toEqual(old.doc);

    const fresh = parseArticleText(article(2));
    const stored = repo.saveImport({ parsed: fresh, bytes: Buffer.from(article(2)), fileName: 'm2.md' });
    const row = db.prepare('SELECT doc_json FROM revisions WHERE id = ?').get(stored.revisionId) as { doc_json: string };
    expect(JSON.parse(row.doc_json)).toMatchObject({ v: 2 });
    expect(row.doc_json).not.toContain('次会谈');
    expect(repo.revision(stored.revisionId)?.doc).toEqual(fresh.doc);
    db.close();
  });
});
