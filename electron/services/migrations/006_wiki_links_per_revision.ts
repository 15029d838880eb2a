/**
 * Schema v6: `wiki_links` keeps one row per revision (its targets with counts, and every occurrence in text order;
 * see `wikiLinkRows.ts`) instead of one per (revision, lang, target). Storing an article wrote ~57 rows and as many
 * entries of the `wiki_links_by_target` index for a fixture-like article, the largest single cost of an import; no
 * feature read that index. Every revision's links are carried over with their order, offsets, language and target.
 */
import type { Migration } from './migration';
import { encodeWikiLinks } from '../wikiLinkRows';
import type { WikiLinkOccurrence } from '../../../shared/model/article';

/** Expands v4/v5 rows (one per target, occurrences `[ordinal, start, end, ...]`) into a revision's links in text order. */
function linksOfV5Rows(revisionId: number, rows: { lang: string; target: string; occurrences: string }[]): WikiLinkOccurrence[] {
  const links: WikiLinkOccurrence[] = [];
  for (const row of rows) {
    const flat = JSON.parse(row.occurrences) as number[];
    for (let i = 0; i + 2 < flat.length; i += 3) links[flat[i]] = { start: flat[i + 1], end: flat[i + 2], lang: row.lang, target: row.target };
  }
  for (let i = 0; i < links.length; i++) {
    if (!links[i]) throw new Error(`Revision ${revisionId} has no wiki-link number ${i} in its stored links; the database may be damaged. It was not changed.`);
  }
  return links;
}

export const migration006: Migration = {
  version: 6,
  name: 'wiki-links per revision',
  up(db) {
    db.exec(`
      CREATE TABLE wiki_links_v6 (
        revision_id INTEGER PRIMARY KEY REFERENCES revisions(id) ON DELETE CASCADE,
        targets TEXT NOT NULL,
        occurrences TEXT NOT NULL
      ) STRICT;
    `);
    const rows = db.prepare('SELECT revision_id, lang, target, occurrences FROM wiki_links ORDER BY revision_id').iterate() as IterableIterator<{
      revision_id: number;
      lang: string;
      target: string;
      occurrences: string;
    }>;
    const insert = db.prepare('INSERT INTO wiki_links_v6 (revision_id, targets, occurrences) VALUES (?, ?, ?)');
    const pending: { revisionId: number; rows: { lang: string; target: string; occurrences: string }[] }[] = [];
    let current: (typeof pending)[number] | null = null;
    for (const row of rows) {
      if (!current || current.revisionId !== row.revision_id) {
        current = { revisionId: row.revision_id, rows: [] };
        pending.push(current);
      }
      current.rows.push(row);
    }
    for (const revision of pending) {
      const encoded = encodeWikiLinks(linksOfV5Rows(revision.revisionId, revision.rows));
      insert.run(revision.revisionId, encoded.targets, encoded.occurrences);
    }
    db.exec(`
      DROP TABLE wiki_links;
      ALTER TABLE wiki_links_v6 RENAME TO wiki_links;
    `);
  },
};
