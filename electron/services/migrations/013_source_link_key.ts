/**
 * Schema v13: an article known by its source link is identified by the link in one spelling (`sourceLinkKey`: https,
 * no `www.`, no trailing slash, no click tracking…), so re-importing it with the link written another way revises it
 * instead of adding a second article. Existing link identities are rewritten in that spelling. Where two articles were
 * kept apart only by their links' spelling, one takes the new key (the one already written that way, else the older)
 * and the other keeps its old one: both stay, with their revisions and annotations, and later imports revise the one
 * with the new key. A link that names no article once more parameters count as click tracking (`?si=…`, `?igshid=…`)
 * gives its article the file identity of its latest import, as migration 012 did for site roots. Identities from
 * files, and from text that is not an address, are unchanged.
 */
import { fileIdentity, sourceIdentity, sourceLinkNamesArticle } from '../articleIdentity';
import type { Migration } from './migration';

export const migration013: Migration = {
  version: 13,
  name: 'source links compared in one spelling',
  up(db) {
    const linked = db
      .prepare(
        `SELECT a.id, a.identity, r.file_name, r.title FROM articles a
         LEFT JOIN revisions r ON r.id = (SELECT MAX(l.id) FROM revisions l WHERE l.article_id = a.id AND l.kind = 'import')
         WHERE a.identity LIKE 'source:%' ORDER BY a.id`,
      )
      .all() as Array<{ id: number; identity: string; file_name: string | null; title: string | null }>;
    const taken = db.prepare('SELECT 1 FROM articles WHERE identity = ?').pluck();
    const update = db.prepare('UPDATE articles SET identity = ? WHERE id = ?');
    for (const row of linked) {
      const match = /^source:([\s\S]*)\nlang:([^\n]*)$/.exec(row.identity);
      if (!match) continue;
      let identity: string;
      if (sourceLinkNamesArticle(match[1])) identity = sourceIdentity(match[1], match[2]);
      else if (row.file_name !== null && row.title !== null) identity = fileIdentity(row.file_name, row.title);
      else continue;
      if (identity !== row.identity && taken.get(identity) === undefined) update.run(identity, row.id);
    }
  },
};
