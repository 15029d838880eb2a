/**
 * Schema v4: `wiki_links` keeps one row per (revision, lang, target) instead of one per occurrence, with the
 * occurrences packed as a JSON array `[ordinal, start, end, ...]` and their number in `count` (see
 * `wikiLinkRows.ts`). Importing wrote ~180 rows (and as many index entries) per article; now it writes one per
 * distinct target, about a third, and the entity list reads counts without grouping. Per revision the table still
 * holds every occurrence's offsets, lang and target, and `wiki_links_by_target` still answers "which revisions link
 * to X". Existing rows are carried over, ordinals and offsets unchanged.
 */
import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: 'compact wiki-links',
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
    `);
  },
};
