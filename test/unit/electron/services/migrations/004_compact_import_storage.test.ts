import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/database';
import { migrations } from '../../../../../electron/services/migrations/index';
import { tempDir } from '../../tempDir';

describe('migration 004: compact wiki-links and search index', () => {
  it('carries every link of a v3 database over, in order, with its offsets, language and target', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const v3 = openDatabase(file, { migrations: migrations.slice(0, 3) });
    v3.exec(`
      INSERT INTO articles (id, identity, created_at) VALUES (1, 'file:a.md', '2024-01-01T00:00:00Z');
      INSERT INTO revisions (id, article_id, kind, source_text, body_start, doc_json, canonical_text, source_map_json, content_hash,
        title, lang, warnings_json, wiki_link_count, wiki_target_count, created_at)
      VALUES (7, 1, 'edit', '[[zh:美国]][[zh:以色列]]人和[[zh:美国]]', 0, '{"type":"doc"}', '美国以色列人和美国', '[]', 'h', 'A', 'zh', '[]', 3, 2, '2024-01-01T00:00:00Z');
      UPDATE articles SET current_revision_id = 7 WHERE id = 1;
      INSERT INTO wiki_links (revision_id, ordinal, start_offset, end_offset, lang, target) VALUES
        (7, 2, 7, 9, 'zh', '美国'), (7, 0, 0, 2, 'zh', '美国'), (7, 1, 2, 5, 'zh', '以色列');
      INSERT INTO article_search (rowid, title, body) VALUES (1, 'A', '美国以色列人和美国');
    `);
    v3.close();

    // Up to v5, the last schema with one row per target (v6 keeps one per revision; see its own test).
    const db = openDatabase(file, { migrations: migrations.slice(0, 5) });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    // One row per target, occurrences as [ordinal, start, end, ...] in text order, the count beside them.
    expect(db.prepare('SELECT lang, target, count, occurrences FROM wiki_links WHERE revision_id = 7 ORDER BY count DESC').all()).toEqual([
      { lang: 'zh', target: '美国', count: 2, occurrences: '[0,0,2,2,7,9]' },
      { lang: 'zh', target: '以色列', count: 1, occurrences: '[1,2,5]' },
    ]);
    // The cross-article lookup by target is still an index search.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT revision_id FROM wiki_links WHERE lang = 'zh' AND target = '美国'`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('wiki_links_by_target');
    // The search index was rebuilt (without positions) from the current revisions.
    const match = (q: string) => db.prepare('SELECT rowid AS id FROM article_search WHERE article_search MATCH ?').all(q);
    expect(match('"以色列" AND "色列人"')).toEqual([{ id: 1 }]);
    expect(match('"人和美"')).toEqual([{ id: 1 }]);
    expect(match('"列和"')).toEqual([]);
    db.close();
  });
});
