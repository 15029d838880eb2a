/**
 * Schema v4: what every import writes, made smaller (storing was most of an import's time, and its cost grows with
 * the bytes and index entries written).
 *
 * 1. `wiki_links` keeps one row per (revision, lang, target) instead of one per occurrence, with the
 * occurrences packed as a JSON array `[ordinal, start, end, ...]` and their number in `count` (see
 * `wikiLinkRows.ts`). Importing wrote ~180 rows (and as many index entries) per article; now it writes one per
 * distinct target, about a third, and the entity list reads counts without grouping. Per revision the table still
 * holds every occurrence's offsets, lang and target, and `wiki_links_by_target` still answers "which revisions link
 * to X". Existing rows are carried over, ordinals and offsets unchanged.
 *
 * 2. The trigram search index keeps which articles hold a trigram but not where (`detail=none`): positions made the
 *    index about twice the size of the text it indexes and its writes the largest part of storing an article. A
 *    query is answered as "all its trigrams" from the index, then checked against the text itself (see
 *    `ArticleRepository.search`), so results stay exact substring matches. The index is rebuilt from the current
 *    revisions.
 */
import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: 'compact wiki-links and search index',
  up(db) {
    db.exec(`
      CREATE TABLE wiki_links_v4 (
        revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        target TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        occurrences TEXT NOT NULL,
        PRIMARY KEY (revision_id, lang, target)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO wiki_links_v4 (revision_id, lang, target, count, occurrences)
        SELECT revision_id, lang, target, count(*),
               '[' || group_concat(ordinal || ',' || start_offset || ',' || end_offset, ',' ORDER BY ordinal) || ']'
        FROM wiki_links GROUP BY revision_id, lang, target;

      DROP TABLE wiki_links;
      ALTER TABLE wiki_links_v4 RENAME TO wiki_links;
      CREATE INDEX wiki_links_by_target ON wiki_links(lang, target);

      DROP TABLE article_search;
      CREATE VIRTUAL TABLE article_search USING fts5(
        title, body, tokenize = 'trigram', content = '', contentless_delete = 1, detail = none
      );
      -- Merge index segments in larger steps: each import batch writes one segment, and merging them four at a time
      -- (the default) cost a fifth of the index's write time; 16 is still few segments for a query to read.
      INSERT INTO article_search (article_search, rank) VALUES ('automerge', 16);
      INSERT INTO article_search (rowid, title, body)
        SELECT a.id, r.title, r.canonical_text FROM articles a JOIN revisions r ON r.id = a.current_revision_id;
    `);
  },
};
