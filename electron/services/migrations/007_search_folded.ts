/**
 * Schema v7: the search index holds every article's title and current text folded to simplified characters
 * (`foldToSimplified`: 據 -> 据, one code unit for one), as search folds the query, so a phrase is found in whichever
 * script an article is written. The index is rebuilt from the current revisions, a few hundred at a time (with
 * today's folding, `rebuildSearchIndex`, which v11 extended).
 */
import type { Migration } from './migration';
import { rebuildSearchIndex } from './searchRebuild';

export const migration007: Migration = {
  version: 7,
  name: 'search index folded to simplified',
  up(db) {
    rebuildSearchIndex(db);
  },
};
