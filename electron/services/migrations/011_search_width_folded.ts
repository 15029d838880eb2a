/**
 * Schema v11: the search index also holds full-width Latin letters and digits as ASCII (`foldForSearchIndex`:
 * ＧＤＰ增长３％ is indexed as GDP增长3％), as search folds the query, so "3000" finds "３０００" and the other way
 * round. The index is rebuilt from the current revisions; the backlog (articles stored but not yet indexed) is then
 * empty, since every current revision is in the new index.
 */
import type { Migration } from './migration';
import { rebuildSearchIndex } from './searchRebuild';

export const migration011: Migration = {
  version: 11,
  name: 'search index folds full-width letters and digits',
  up(db) {
    rebuildSearchIndex(db);
    db.exec('DELETE FROM search_backlog');
  },
};
