/**
 * How a revision's wiki-links are stored (schema v4): one `wiki_links` row per (revision, lang, target) holding the
 * number of occurrences and the occurrences themselves packed as a flat JSON array `[ordinal, start, end, ...]`.
 * An article links the same few targets over and over (183 links to 56 targets in the fixture, 10,000 links to 14
 * targets in the bench's big article), so this writes and indexes a third or less of the rows that one row per
 * occurrence did, while the table still says, per revision, every occurrence's offsets, lang and target, and a
 * lookup by (lang, target) across articles stays one index probe.
 */
import type { GlossaDatabase } from './database';
import type { WikiLinkOccurrence } from '../../shared/model/article';

/** One stored row: a target of one revision and where it occurs. */
export interface WikiLinkTargetRow {
  lang: string;
  target: string;
  /** Occurrences of this target. */
  count: number;
  /** `[ordinal, start, end, ...]`: the ordinal is the link's index among all the revision's links in text order. */
  occurrences: number[];
}

/**
 * Groups a revision's links (in text order) by (lang, target), first occurrence first. Pure and cheap, so the parse
 * worker can do it off the storing thread.
 */
export function groupWikiLinks(links: readonly WikiLinkOccurrence[]): WikiLinkTargetRow[] {
  const byKey = new Map<string, WikiLinkTargetRow>();
  for (let ordinal = 0; ordinal < links.length; ordinal++) {
    const link = links[ordinal];
    const key = `${link.lang}\u0000${link.target}`;
    let row = byKey.get(key);
    if (!row) {
      row = { lang: link.lang, target: link.target, count: 0, occurrences: [] };
      byKey.set(key, row);
    }
    row.count++;
    row.occurrences.push(ordinal, link.start, link.end);
  }
  return [...byKey.values()];
}

/** A row as the insert statement binds it: lang, target, count, occurrences as JSON text. */
export type EncodedWikiLinkRow = [lang: string, target: string, count: number, occurrences: string];

/**
 * The rows ready to bind, occurrences already JSON text (built directly: integer arrays need no escaping). Inserting
 * them one statement call per row measured cheaper than handing SQLite one JSON document to expand with json_each.
 */
export function encodeWikiLinkRows(rows: readonly WikiLinkTargetRow[]): EncodedWikiLinkRow[] {
  return rows.map((r) => [r.lang, r.target, r.count, `[${r.occurrences.join(',')}]`]);
}

/** The SQL that inserts one row `encodeWikiLinkRows` gives; bind (revisionId, ...row). */
export const INSERT_WIKI_LINK_ROW_SQL = 'INSERT INTO wiki_links (revision_id, lang, target, count, occurrences) VALUES (?, ?, ?, ?, ?)';

/**
 * Expands stored rows back into the revision's links in text order. Ordinals are 0..n-1, so each link is put at its
 * place directly (no sort). Throws if the rows do not describe one link per ordinal (a damaged row), rather than
 * returning links with holes.
 */
export function expandWikiLinkRows(rows: readonly { lang: string; target: string; occurrences: string }[]): WikiLinkOccurrence[] {
  const decoded = rows.map((r) => ({ lang: r.lang, target: r.target, flat: JSON.parse(r.occurrences) as number[] }));
  let total = 0;
  for (const r of decoded) total += r.flat.length / 3;
  const links = new Array<WikiLinkOccurrence>(total);
  for (const { lang, target, flat } of decoded) {
    for (let i = 0; i + 2 < flat.length; i += 3) links[flat[i]] = { start: flat[i + 1], end: flat[i + 2], lang, target };
  }
  for (let i = 0; i < total; i++) {
    if (links[i] === undefined) throw new Error(`The stored wiki-links of a revision have no link number ${i}; the database may be damaged.`);
  }
  return links;
}

/**
 * A prepared reader of one revision's links in text order, for the repository and the article view (which must read
 * links the same way). One statement per connection.
 */
export function wikiLinkReader(db: GlossaDatabase): (revisionId: number) => WikiLinkOccurrence[] {
  const statement = db.prepare<[number], { lang: string; target: string; occurrences: string }>(
    'SELECT lang, target, occurrences FROM wiki_links WHERE revision_id = ?',
  );
  return (revisionId) => expandWikiLinkRows(statement.all(revisionId));
}

/** The SQL of a revision's entities (targets with counts, most linked first); bind (revisionId). */
export const ENTITIES_SQL = 'SELECT lang, target, count FROM wiki_links WHERE revision_id = ? ORDER BY count DESC, target, lang';
