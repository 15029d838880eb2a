/**
 * Schema v8: `search_backlog`, the articles whose current revision is stored but not yet in the search index.
 *
 * Why: the trigram index costs far less per article when it is written for a few hundred articles at once than for
 * each import batch of ~30 (each write makes an index segment holding every trigram it saw, and more segments mean
 * more merging: 0.46 vs 0.30 ms of storing time per fixture-like article, and 2.5 times the bytes written). A bulk
 * import therefore commits articles in small batches, as before, and writes their search rows every few hundred
 * articles and at its end. The backlog row, written in the article's own transaction, is what keeps this safe: search
 * checks backlog articles against their text directly, and the next index write (any import or edit, or the end of
 * the import) indexes them, also when the process stopped before it could (see `ArticleRepository`).
 */
import type { Migration } from './migration';

export const migration008: Migration = {
  version: 8,
  name: 'search backlog',
  up(db) {
    db.exec(`CREATE TABLE search_backlog (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE) STRICT`);
  },
};
