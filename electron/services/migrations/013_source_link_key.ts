/**
 * Schema v13: an article known by its source link is identified by the link in one spelling (`sourceLinkKey`: https,
 * no `www.`, no trailing slash, no click tracking…), so re-importing it with the link written another way revises it
 * instead of adding a second article. Existing link identities are rewritten in that spelling. Where two articles were
 * kept apart only by their links' spelling, one takes the new key (the one already written that way, else the older)
 * and the other keeps its old one: both stay, with their revisions and annotations, and later imports revise the one
 * with the new key. Identities from files, from site-level links and from text that is not an address are unchanged.
 */
import { sourceIdentity, sourceLinkNamesArticle } from '../articleIdentity';
import type { Migration } from './migration';

export const migration013: Migration = {
  version: 13,
  name: 'source links compared in one spelling',
  up(db) {
    const linked = db.prepare(`SELECT id, identity FROM articles WHERE identity LIKE 'source:%' ORDER BY id`).all() as Array<{ id: number; identity: string }>;
    const taken = db.prepare('SELECT 1 FROM articles WHERE identity = ?').pluck();
    const update = db.prepare('UPDATE articles SET identity = ? WHERE id = ?');
    for (const row of linked) {
      const match = /^source:([\s\S]*)\nlang:([^\n]*)$/.exec(row.identity);
      if (!match || !sourceLinkNamesArticle(match[1])) continue;
      const identity = sourceIdentity(match[1], match[2]);
      if (identity !== row.identity && taken.get(identity) === undefined) update.run(identity, row.id);
    }
  },
};
