/**
 * Schema v6: `wiki_links` keeps one row per revision (its targets with counts, and every occurrence in text order;
 * see `wikiLinkRows.ts`) instead of one per (revision, lang, target). Storing an article wrote ~57 rows and as many
 * entries of the `wiki_links_by_target` index for a fixture-like article, the largest single cost of an import; no
 * feature read that index. Every stored occurrence is carried over with its order, offsets, language and target.
 *
 * `revisions.wiki_target_count` now counts the distinct Wikipedia pages a revision links to (spellings of one page
 * count once; see `shared/text/wikiTitle.ts`), as new imports do; it is recomputed for every revision here.
 *
 * The v6 row format is written by this file's own encoder, so the step stays the same whatever later versions of
 * `wikiLinkRows.ts` do. Revisions are converted a few hundred at a time, so a large library needs little memory.
 */
import type { Migration } from './migration';
import { countPages } from '../../../shared/text/wikiTitle';

/** How many revisions are read and converted at once. */
const REVISIONS_PER_STEP = 500;

interface V5Row {
  revision_id: number;
  lang: string;
  target: string;
  occurrences: string;
}

interface Occurrence {
  ordinal: number;
  start: number;
  end: number;
  lang: string;
  target: string;
}

/**
 * A revision's v5 rows (one per target, occurrences `[ordinal, start, end, ...]`) as its links in text order. A
 * damaged revision (a link number missing or given twice, a row that is not JSON) keeps every occurrence that can
 * be read, in ordinal order, rather than stopping the whole library from opening.
 */
function occurrencesOf(rows: readonly V5Row[]): Occurrence[] {
  const links: Occurrence[] = [];
  for (const row of rows) {
    let flat: unknown;
    try {
      flat = JSON.parse(row.occurrences);
    } catch {
      continue;
    }
    if (!Array.isArray(flat)) continue;
    for (let i = 0; i + 2 < flat.length; i += 3) {
      const [ordinal, start, end] = [flat[i], flat[i + 1], flat[i + 2]];
      if (Number.isInteger(ordinal) && Number.isInteger(start) && Number.isInteger(end)) links.push({ ordinal, start, end, lang: row.lang, target: row.target });
    }
  }
  return links.sort((a, b) => a.ordinal - b.ordinal || a.start - b.start);
}

/** The v6 row: targets `[[lang, target, count], ...]` in first-occurrence order, occurrences `[targetIndex, start, end, ...]`. */
function encodeV6(links: readonly Occurrence[]): { targets: string; occurrences: string } {
  const indexOf = new Map<string, number>();
  const targets: [string, string, number][] = [];
  const flat: number[] = [];
  for (const link of links) {
    const key = `${link.lang}\u0000${link.target}`;
    let index = indexOf.get(key);
    if (index === undefined) {
      index = targets.length;
      indexOf.set(key, index);
      targets.push([link.lang, link.target, 0]);
    }
    targets[index][2]++;
    flat.push(index, link.start, link.end);
  }
  return { targets: JSON.stringify(targets), occurrences: JSON.stringify(flat) };
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
    const nextRevisions = db.prepare('SELECT DISTINCT revision_id AS id FROM wiki_links WHERE revision_id > ? ORDER BY revision_id LIMIT ?').pluck();
    const rowsBetween = db.prepare('SELECT revision_id, lang, target, occurrences FROM wiki_links WHERE revision_id BETWEEN ? AND ? ORDER BY revision_id');
    const insert = db.prepare('INSERT INTO wiki_links_v6 (revision_id, targets, occurrences) VALUES (?, ?, ?)');
    const setTargetCount = db.prepare('UPDATE revisions SET wiki_target_count = ? WHERE id = ?');
    for (let after = -1; ; ) {
      const ids = nextRevisions.all(after, REVISIONS_PER_STEP) as number[];
      if (ids.length === 0) break;
      const byRevision = new Map<number, V5Row[]>();
      for (const row of rowsBetween.all(ids[0], ids[ids.length - 1]) as V5Row[]) {
        const rows = byRevision.get(row.revision_id) ?? [];
        rows.push(row);
        byRevision.set(row.revision_id, rows);
      }
      for (const [revisionId, rows] of byRevision) {
        const links = occurrencesOf(rows);
        const encoded = encodeV6(links);
        insert.run(revisionId, encoded.targets, encoded.occurrences);
        setTargetCount.run(countPages(links), revisionId);
      }
      after = ids[ids.length - 1];
    }
    db.exec(`
      DROP TABLE wiki_links;
      ALTER TABLE wiki_links_v6 RENAME TO wiki_links;
    `);
  },
};
