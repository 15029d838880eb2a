/**
 * Schema v7: the search index holds every article's title and current text folded to simplified characters
 * (`foldToSimplified`: 據 -> 据, one code unit for one), as search folds the query, so a phrase is found in whichever
 * script an article is written. The index is rebuilt from the current revisions, a few hundred at a time.
 */
import type { Migration } from './migration';
import { foldToSimplified } from '../../../shared/text/scriptFold';

const ARTICLES_PER_STEP = 500;

export const migration007: Migration = {
  version: 7,
  name: 'search index folded to simplified',
  up(db) {
    db.exec(`INSERT INTO article_search (article_search) VALUES ('delete-all')`);
    const next = db.prepare(`SELECT a.id AS id, r.title AS title, r.canonical_text AS text
      FROM articles a JOIN revisions r ON r.id = a.current_revision_id WHERE a.id > ? ORDER BY a.id LIMIT ?`);
    const insert = db.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)');
    for (let after = -1; ; ) {
      const rows = next.all(after, ARTICLES_PER_STEP) as { id: number; title: string; text: string }[];
      if (rows.length === 0) break;
      for (const row of rows) insert.run(row.id, foldToSimplified(row.title), foldToSimplified(row.text));
      after = rows[rows.length - 1].id;
    }
  },
};
