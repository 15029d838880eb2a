/**
 * Schema v14: the search index folds the Hong Kong forms of a few characters (衞生署, 閲覽, 鋭, 緑) as their Taiwan
 * forms fold (`foldToSimplified` now holds them), so "衛生署" and "卫生署" find an article written 衞生署 and the
 * other way round. The index is rebuilt from the current revisions, as v7 and v11 did.
 */
import type { Migration } from './migration';
import { rebuildSearchIndex } from './searchRebuild';

export const migration014: Migration = {
  version: 14,
  name: 'search index folds Hong Kong character forms',
  up(db) {
    rebuildSearchIndex(db);
    db.exec('DELETE FROM search_backlog');
  },
};
