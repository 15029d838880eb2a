/**
 * Schema v2: annotations and fact-check claims (issue 3).
 *
 * Why these shapes:
 * - An annotation row keeps its selectors as columns (quote, prefix, suffix, start, end) and its bodies and claim as
 *   JSON: the selectors are what re-anchoring reads for every annotation of an article, the rest is read whole.
 * - Deleting is a flag: a checker's work is never destroyed; `annotation_history` keeps a whole snapshot before and
 *   after every change (who, when, what), written in the same transaction as the change.
 * - Tags live in annotation bodies (W3C `tagging`); the `tags` table holds what bodies cannot: a colour per name.
 * - Source snapshots are content-addressed by SHA-256, so the same saved page attached twice is stored once.
 */
import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: 'annotations',
  up(db) {
    db.exec(`
      CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        revision_id INTEGER NOT NULL REFERENCES revisions(id),
        motivation TEXT NOT NULL,
        bodies_json TEXT NOT NULL,
        creator TEXT NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        quote_exact TEXT NOT NULL,
        quote_prefix TEXT NOT NULL,
        quote_suffix TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        anchor_state TEXT NOT NULL CHECK (anchor_state IN ('anchored', 'moved', 'orphaned')),
        confidence REAL NOT NULL,
        claim_json TEXT,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        CHECK (start_offset >= 0 AND end_offset >= start_offset)
      ) STRICT;
      CREATE INDEX annotations_by_article ON annotations(article_id, deleted, start_offset);

      CREATE TABLE annotation_history (
        id INTEGER PRIMARY KEY,
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('created', 'edited', 'reanchored', 'confirmed', 'deleted', 'restored')),
        before_json TEXT,
        after_json TEXT
      ) STRICT;
      CREATE INDEX annotation_history_by_annotation ON annotation_history(annotation_id, id);

      CREATE TABLE tags (
        name TEXT PRIMARY KEY,
        colour TEXT
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE source_snapshots (
        sha256 TEXT PRIMARY KEY,
        media_type TEXT NOT NULL,
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
