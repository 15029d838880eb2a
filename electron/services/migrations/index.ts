/**
 * Every migration in order. Add a version by adding its file and one line here; `openDatabase` refuses a list with
 * gaps, so a forgotten line fails loudly instead of skipping a step.
 */
import type { Migration } from './migration';
import { migration001 } from './001_initial';
import { migration002 } from './002_annotations';
import { migration003 } from './003_translation';
import { migration004 } from './004_compact_import_storage';
import { migration005 } from './005_library_summary_index';
import { migration006 } from './006_wiki_links_per_revision';
import { migration007 } from './007_search_folded';
import { migration008 } from './008_search_backlog';
import { migration009 } from './009_text_referencing_documents';
import { migration010 } from './010_identity_with_language';
import { migration011 } from './011_search_width_folded';
import { migration012 } from './012_site_level_source_identity';
import { migration013 } from './013_source_link_key';
import { migration014 } from './014_search_hong_kong_forms';

/** All migrations, oldest first; `migrations[i].version === i + 1`. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014];

/** The schema version this build of Glossa writes. */
export const LATEST_SCHEMA_VERSION = migrations.length;
