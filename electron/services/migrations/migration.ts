/**
 * The shape of one schema migration. Each version lives in its own file (`NNN_name.ts`) so a later issue adds a table
 * by adding a file, and the history of the schema reads top to bottom.
 */
import type Database from 'better-sqlite3';

/** One step of the schema: `up` runs inside a transaction that also sets `PRAGMA user_version = version`. */
export interface Migration {
  /** 1, 2, 3…: the `user_version` the database has after this step. */
  version: number;
  /** A few words for logs and backups. */
  name: string;
  /** Applies the step. Must not commit or begin transactions itself, and must not toggle `foreign_keys` (a no-op inside a transaction). */
  up(db: Database.Database): void;
}
