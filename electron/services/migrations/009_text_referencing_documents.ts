/**
 * Schema v9: revisions written from now on keep their document in the text-referencing form of
 * `shared/model/storedDoc` (text nodes name a stretch of the row's `canonical_text` instead of repeating it). No table
 * changes: older rows keep their forms and are read as before.
 *
 * Why a version at all: a Glossa from before this form would read such a row as a packed document without text and
 * fail on it. With the version raised, that Glossa refuses the whole database with its "made by a newer Glossa"
 * message instead, and changes nothing.
 */
import type { Migration } from './migration';

export const migration009: Migration = {
  version: 9,
  name: 'text-referencing documents',
  up() {
    // Nothing to change: the new form is written by new revisions only.
  },
};
