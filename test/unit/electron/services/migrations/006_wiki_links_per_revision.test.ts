import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/database';
import { ArticleRepository } from '../../../../../electron/services/articleRepository';
import { ArticleViewReader } from '../../../../../electron/services/articleView';
import { migrations } from '../../../../../electron/services/migrations/index';
import { tempDir } from '../../tempDir';

function insertRevision(db: ReturnType<typeof openDatabase>, id: number, articleId: number, text: string, links: number, targets: number): void {
  db.prepare(
    `INSERT INTO revisions (id, article_id, kind, source_text, body_start, doc_json, canonical_text, source_map_json, content_hash,
       title, lang, warnings_json, wiki_link_count, wiki_target_count, created_at)
     VALUES (?, ?, 'edit', ?, 0, '{"type":"doc"}', ?, '[]', ?, 'A', 'zh', '[]', ?, ?, '2024-01-01T00:00:00Z')`,
  ).run(id, articleId, text, text, `h${id}`, links, targets);
}

describe('migration 006: wiki-links per revision', () => {
  it('carries every link of every revision over in text order, with offsets, language and target, and keeps revisions without links empty', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v5 = openDatabase(file, { migrations: migrations.slice(0, 5) });
    v5.exec(`INSERT INTO articles (id, identity, created_at) VALUES (1, 'file:a.md', '2024-01-01T00:00:00Z'), (2, 'file:b.md', '2024-01-01T00:00:00Z')`);
    insertRevision(v5, 7, 1, '美国以色列人和美国', 3, 2);
    insertRevision(v5, 8, 1, '美国和"引"号', 2, 2);
    insertRevision(v5, 9, 2, '没有链接', 0, 0);
    v5.exec(`
      UPDATE articles SET current_revision_id = 8 WHERE id = 1;
      UPDATE articles SET current_revision_id = 9 WHERE id = 2;
      INSERT INTO wiki_links (revision_id, lang, target, count, occurrences) VALUES
        (7, 'zh', '美国', 2, '[0,0,2,2,7,9]'), (7, 'zh', '以色列', 1, '[1,2,5]'),
        (8, 'en', 'Quote "x"', 1, '[1,3,6]'), (8, 'zh', '美国', 1, '[0,0,2]');
    `);
    v5.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
    const repo = new ArticleRepository(db);
    expect(repo.wikiLinks(7)).toEqual([
      { start: 0, end: 2, lang: 'zh', target: '美国' },
      { start: 2, end: 5, lang: 'zh', target: '以色列' },
      { start: 7, end: 9, lang: 'zh', target: '美国' },
    ]);
    expect(new ArticleViewReader(db).wikiLinks(8)).toEqual([
      { start: 0, end: 2, lang: 'zh', target: '美国' },
      { start: 3, end: 6, lang: 'en', target: 'Quote "x"' },
    ]);
    expect(repo.entities(7)).toEqual([
      { lang: 'zh', target: '美国', count: 2 },
      { lang: 'zh', target: '以色列', count: 1 },
    ]);
    expect(repo.wikiLinks(9)).toEqual([]);
    expect(repo.entities(9)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM wiki_links').get()).toEqual({ n: 2 });
    // Deleting a revision still deletes its links.
    db.exec('UPDATE articles SET current_revision_id = 9 WHERE id = 1; DELETE FROM revisions WHERE id = 7');
    expect(db.prepare('SELECT revision_id FROM wiki_links').all()).toEqual([{ revision_id: 8 }]);
    db.close();
  });

  it('carries a damaged revision over with every occurrence it can read, and counts pages, not spellings', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v5 = openDatabase(file, { migrations: migrations.slice(0, 5) });
    v5.exec(`INSERT INTO articles (id, identity, created_at) VALUES (1, 'file:a.md', '2024-01-01T00:00:00Z')`);
    insertRevision(v5, 7, 1, '美国以色列', 3, 1);
    insertRevision(v5, 8, 1, '卡塔尔和卡塔爾', 2, 2);
    v5.exec(`UPDATE articles SET current_revision_id = 8 WHERE id = 1;
      INSERT INTO wiki_links (revision_id, lang, target, count, occurrences) VALUES
        (7, 'zh', '美国', 2, '[3,0,2,3,3,5]'), (7, 'zh', '以色列', 1, 'not json'),
        (8, 'zh', '卡塔尔', 1, '[0,0,3]'), (8, 'zh', '卡塔爾', 1, '[1,4,7]')`);
    v5.close();
    const db = openDatabase(file);
    const repo = new ArticleRepository(db);
    // Link number 3 twice, numbers 0-2 missing, one row unreadable: both readable occurrences are kept, in order.
    expect(repo.wikiLinks(7)).toEqual([
      { start: 0, end: 2, lang: 'zh', target: '美国' },
      { start: 3, end: 5, lang: 'zh', target: '美国' },
    ]);
    const count = (id: number) => (db.prepare('SELECT wiki_target_count AS n FROM revisions WHERE id = ?').get(id) as { n: number }).n;
    expect(count(7)).toBe(1);
    // 卡塔尔 and 卡塔爾 are one page.
    expect(count(8)).toBe(1);
    expect(repo.entities(8)).toEqual([{ lang: 'zh', target: '卡塔尔', count: 2, variants: ['卡塔爾'] }]);
    db.close();
  });

  it('converts a library larger than one step', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v5 = openDatabase(file, { migrations: migrations.slice(0, 5) });
    v5.exec(`INSERT INTO articles (id, identity, created_at) VALUES (1, 'file:a.md', '2024-01-01T00:00:00Z')`);
    const link = v5.prepare(`INSERT INTO wiki_links (revision_id, lang, target, count, occurrences) VALUES (?, 'zh', ?, 1, ?)`);
    v5.transaction(() => {
      for (let id = 1; id <= 1203; id++) {
        insertRevision(v5, id, 1, '甲乙', 2, 2);
        link.run(id, '甲', '[0,0,1]');
        if (id % 2 === 0) link.run(id, '乙', '[1,1,2]');
      }
      v5.exec('UPDATE articles SET current_revision_id = 1203 WHERE id = 1');
    })();
    v5.close();
    const db = openDatabase(file);
    const repo = new ArticleRepository(db);
    expect(db.prepare('SELECT count(*) AS n FROM wiki_links').get()).toEqual({ n: 1203 });
    expect(repo.wikiLinks(1).map((l) => l.target)).toEqual(['甲']);
    expect(repo.wikiLinks(1000).map((l) => l.target)).toEqual(['甲', '乙']);
    expect(repo.wikiLinks(1203).map((l) => l.target)).toEqual(['甲']);
    db.close();
  });
});
