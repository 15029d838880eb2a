/**
 * Rebuilds the search index from every article's current title and text, folded as search compares them
 * (`foldForSearchIndex`), a few hundred articles at a time. For migrations that change what the index holds.
 */
import type Database from 'better-sqlite3';
import { foldForSearchIndex } from '../../../shared/text/searchFold';

const ARTICLES_PER_STEP = 500;

/** Empties `article_search` and indexes every article's current revision again. */
export function rebuildSearchIndex(db: Database.Database): void {
  db.exec(`INSERT INTO article_search (article_search) VALUES ('delete-all')`);
  const next = db.prepare(`SELECT a.id AS id, r.title AS title, r.canonical_text AS text
    FROM articles a JOIN revisions r ON r.id = a.current_revision_id WHERE a.id > ? ORDER BY a.id LIMIT ?`);
  const insert = db.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)');
  for (let after = -1; ; ) {
    const rows = next.all(after, ARTICLES_PER_STEP) as { id: number; title: string; text: string }[];
    if (rows.length === 0) break;
    for (const row of rows) insert.run(row.id, foldForSearchIndex(row.title), foldForSearchIndex(row.text));
    after = rows[rows.length - 1].id;
  }
}
