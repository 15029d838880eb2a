import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/database';
import { ArticleRepository } from '../../../../../electron/services/articleRepository';
import { migrations } from '../../../../../electron/services/migrations/index';
import { tempDir } from '../../tempDir';

describe('migration 007: search index folded to simplified', () => {
  it('rebuilds the index so that a v6 library written in traditional characters is found by simplified queries', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v6 = openDatabase(file, { migrations: migrations.slice(0, 6) });
    const insert = v6.prepare(`INSERT INTO revisions (id, article_id, kind, source_text, body_start, doc_json, canonical_text, source_map_json,
      content_hash, title, lang, warnings_json, wiki_link_count, wiki_target_count, created_at)
      VALUES (?, ?, 'edit', ?, 0, '{"type":"doc"}', ?, '[]', ?, ?, 'zh', '[]', 0, 0, '2024-01-01T00:00:00Z')`);
    v6.exec(`INSERT INTO articles (id, identity, created_at) VALUES (1, 'a', '2024-01-01T00:00:00Z'), (2, 'b', '2024-01-01T00:00:00Z')`);
    insert.run(1, 1, '據路透社報導', '據路透社報導', 'h1', '繁體標題');
    insert.run(2, 2, '据路透社报道', '据路透社报道', 'h2', '简体标题');
    v6.exec(`UPDATE articles SET current_revision_id = id;
      INSERT INTO article_search (rowid, title, body) VALUES (1, '繁體標題', '據路透社報導'), (2, '简体标题', '据路透社报道')`);
    v6.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const repo = new ArticleRepository(db);
    expect(repo.search('据路透社').sort()).toEqual([1, 2]);
    expect(repo.search('據路透社').sort()).toEqual([1, 2]);
    expect(repo.search('繁体标题')).toEqual([1]);
    expect(repo.search('路透社報導')).toEqual([1]);
    expect(db.prepare('SELECT count(*) AS n FROM article_search').get()).toEqual({ n: 2 });
    db.close();
  });
});
