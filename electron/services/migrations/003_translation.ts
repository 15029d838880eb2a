/**
 * Schema v3: the translation workspace. An article's English sides (every attach kept, newest is current), the
 * sentence segmentation of each side revision (user splits and merges kept), one alignment per article with its beads
 * and an op log for undo, the translator's targets, the translation memory and the glossary.
 *
 * Why these shapes:
 * - Beads are one JSON array per alignment, not a pairs table: every edit replaces the list as a whole (an edit may
 *   renumber every pair after it), and the pure edit functions of `shared/align/edit.ts` work on the whole list.
 * - The op log keeps the state before each edit (beads, and the segmentations a sentence edit changed), so undo is a
 *   restore rather than an inverse operation that might not exist.
 * - Targets are keyed by the pair's Chinese sentence indices (`zh_key`, e.g. `3,4`): a target belongs to the Chinese
 *   it translates, so it survives edits to the English side of the alignment.
 * - Memory rows from an article are rewritten from its confirmed pairs after each save (`article_id` set); imported
 *   TMX units have no article.
 */
import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  name: 'translation',
  up(db) {
    db.exec(`
      CREATE TABLE english_sides (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('file', 'text', 'empty')),
        file_name TEXT,
        original BLOB,
        source_text TEXT NOT NULL,
        canonical_text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX english_sides_by_article ON english_sides(article_id, id);

      CREATE TABLE segmentations (
        side TEXT NOT NULL CHECK (side IN ('zh', 'en')),
        revision_id INTEGER NOT NULL,
        spans_json TEXT NOT NULL,
        user_edited INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (side, revision_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE alignments (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
        zh_revision_id INTEGER NOT NULL REFERENCES revisions(id),
        en_side_id INTEGER NOT NULL REFERENCES english_sides(id),
        beads_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE alignment_ops (
        id INTEGER PRIMARY KEY,
        alignment_id INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
        op_json TEXT NOT NULL,
        before_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX alignment_ops_by_alignment ON alignment_ops(alignment_id, id);

      CREATE TABLE segment_targets (
        alignment_id INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
        zh_key TEXT NOT NULL,
        target TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('new', 'draft', 'translated', 'reviewed', 'final')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (alignment_id, zh_key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE translation_memory (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        origin TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
        zh_key TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX translation_memory_by_article ON translation_memory(article_id);
      CREATE UNIQUE INDEX translation_memory_imported ON translation_memory(source, target, origin) WHERE article_id IS NULL;

      CREATE TABLE glossary (
        id INTEGER PRIMARY KEY,
        zh TEXT NOT NULL,
        en TEXT NOT NULL,
        note TEXT,
        source TEXT NOT NULL CHECK (source IN ('wiki-link', 'user', 'import')),
        created_at TEXT NOT NULL,
        UNIQUE (zh, en)
      ) STRICT;
    `);
  },
};
