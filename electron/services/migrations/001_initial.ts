/**
 * Schema v1: articles, their revisions (each keeping what it was made from), the wiki-links of every revision, and a
 * trigram full-text index over the current revision of each article.
 *
 * Why these shapes:
 * - An article's identity (`identity`) is its source link when it has one, else its file name and title, so a changed
 *   file adds a revision instead of a second article.
 * - An import revision keeps the file's exact bytes (`original`), so `export md` gives the file back byte for byte;
 *   its decoded text (`source_text`) is stored only when it is not simply the UTF-8 decoding of those bytes (GB18030,
 *   UTF-16...). An edit revision keeps the Markdown it serialises to in `source_text` and has no `original`.
 * - `source_map_json` is a flat number array, five numbers per span (see `encodeSourceMap`; rows written since v8 hold
 *   differences after a leading -1, older ones absolute offsets, and both are read).
 * - Title, author, date, source and link counts are columns (not JSON) because the library sorts and filters on them.
 * - Offsets are UTF-16 code units of `canonical_text`, the one canonical text of `shared/text/canonical.ts`.
 * - The search table is contentless (the text already lives in `revisions`) with `contentless_delete` so a new revision
 *   can replace an article's row; trigram finds text inside Chinese, but needs 3+ characters (shorter queries use LIKE).
 */
import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        identity TEXT NOT NULL UNIQUE,
        source TEXT,
        current_revision_id INTEGER REFERENCES revisions(id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES revisions(id),
        kind TEXT NOT NULL CHECK (kind IN ('import', 'edit')),
        file_name TEXT,
        original BLOB,
        source_text TEXT,
        body_start INTEGER NOT NULL,
        doc_json TEXT NOT NULL,
        canonical_text TEXT NOT NULL,
        source_map_json TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        author TEXT,
        published TEXT,
        source TEXT,
        lang TEXT NOT NULL,
        warnings_json TEXT NOT NULL,
        wiki_link_count INTEGER NOT NULL,
        wiki_target_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        CHECK ((kind = 'import') = (original IS NOT NULL)),
        CHECK (original IS NOT NULL OR source_text IS NOT NULL)
      ) STRICT;
      CREATE INDEX revisions_by_article ON revisions(article_id, id);
      CREATE INDEX revisions_by_hash ON revisions(content_hash);

      CREATE TABLE wiki_links (
        revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        lang TEXT NOT NULL,
        target TEXT NOT NULL,
        PRIMARY KEY (revision_id, ordinal),
        CHECK (start_offset >= 0 AND end_offset >= start_offset)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX wiki_links_by_target ON wiki_links(lang, target);

      CREATE VIRTUAL TABLE article_search USING fts5(
        title, body, tokenize = 'trigram', content = '', contentless_delete = 1
      );
    `);
  },
};
