/**
 * Schema v12: an article whose source link is only a site's address (https://gnews.org/, https://example.com) is no
 * longer identified by it (`sourceLinkNamesArticle`): such a link is shared by many articles, and importing a second
 * one replaced the first. Those articles get the identity of an article without a link — the file name and title of
 * their latest import — so importing that file again, changed, still adds a revision. Articles that were already
 * merged stay one article (their revisions are all kept); an identity another article already holds is left as it
 * was. Identities from links that name an article are unchanged.
 */
import { fileIdentity, sourceLinkNamesArticle } from '../articleIdentity';
import type { Migration } from './migration';

export const migration012: Migration = {
  version: 12,
  name: 'site-level source links do not identify an article',
  up(db) {
    const linked = db
      .prepare(
        `SELECT a.id, a.identity, r.file_name, r.title FROM articles a
         JOIN revisions r ON r.id = (SELECT MAX(l.id) FROM revisions l WHERE l.article_id = a.id AND l.kind = 'import')
         WHERE a.identity LIKE 'source:%'`,
      )
      .all() as Array<{ id: number; identity: string; file_name: string | null; title: string }>;
    const taken = db.prepare('SELECT 1 FROM articles WHERE identity = ?').pluck();
    const update = db.prepare('UPDATE articles SET identity = ? WHERE id = ?');
    for (const row of linked) {
      const source = row.identity.slice('source:'.length).replace(/\nlang:[^\n]*$/, '');
      if (sourceLinkNamesArticle(source) || row.file_name === null) continue;
      const identity = fileIdentity(row.file_name, row.title);
      if (taken.get(identity) === undefined) update.run(identity, row.id);
    }
  },
};
