/**
 * Schema v10: an article with a source link is identified by the link and its language (`articleIdentity`), so a
 * translation that names its original as its source is an article of its own. Existing identities get the language
 * of their article's current revision.
 */
import type { Migration } from './migration';

export const migration010: Migration = {
  version: 10,
  name: 'identity with language',
  up(db) {
    db.exec(`
      UPDATE articles SET identity = identity || char(10) || 'lang:' || (SELECT r.lang FROM revisions r WHERE r.id = articles.current_revision_id)
      WHERE identity LIKE 'source:%' AND current_revision_id IS NOT NULL
    `);
  },
};
