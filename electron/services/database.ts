/**
 * Opens Glossa's SQLite database the one safe way: refuse a database from a newer Glossa without touching it, back up
 * an existing database before migrating it, run each migration in its own transaction, and set the pragmas that make
 * user-authored data survive a crash (WAL, `synchronous=FULL`) and keep references honest (`foreign_keys=ON`).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { GlossaError } from '../../shared/ipc/errors';
import { migrations as allMigrations } from './migrations/index';
import type { Migration } from './migrations/migration';

/** A better-sqlite3 connection to a Glossa database; services take one of these. */
export type GlossaDatabase = Database.Database;

/** How to open the database. */
export interface OpenDatabaseOptions {
  /** Path of a better-sqlite3 `.node` binary (Electron needs one built for its ABI; Node uses the default). */
  nativeBinding?: string;
  /** Open without writing: no migration, no WAL switch; a database that needs migrating is refused. */
  readonly?: boolean;
  /** Clock for backup file names (tests pass a fixed one). */
  now?: () => Date;
  /** The migrations to apply; the app's own list unless a test exercises an upgrade with a step of its own. */
  migrations?: readonly Migration[];
}

/** How long a writer waits for another process (the CLI while the app runs) before giving up. */
const BUSY_TIMEOUT_MS = 5000;

function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list is broken: entry ${i} has version ${m.version}, expected ${i + 1}.`);
  });
}

function tooNew(file: string, version: number, known: number): GlossaError {
  return new GlossaError(
    'DB_TOO_NEW',
    `${file} was written by a newer Glossa (schema v${version}, this one knows v${known}); update Glossa or use another --db file.`,
  );
}

function notADatabase(file: string, cause: unknown): GlossaError {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new GlossaError('UNREADABLE', `${file} cannot be opened as a Glossa database (${why}); use another --db file.`);
}

function connect(file: string, options: OpenDatabaseOptions, readonly: boolean): GlossaDatabase {
  try {
    return new Database(file, {
      readonly,
      fileMustExist: readonly,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw notADatabase(file, error);
  }
}

function notGlossa(file: string): GlossaError {
  return new GlossaError('UNREADABLE', `${file} holds tables but no Glossa schema version: it is not a Glossa database; use another --db file.`);
}

function readUserVersion(db: GlossaDatabase, file: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw notADatabase(file, error);
  }
}

/**
 * Reads the schema version through a read-only connection, so a database from the future is refused before anything
 * (not even the switch to WAL) has written to it. Returns null when there is no file yet.
 */
export function peekSchemaVersion(file: string, options: Pick<OpenDatabaseOptions, 'nativeBinding'> = {}): number | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  if (!hasSqliteHeader(file)) throw notADatabase(file, new Error('it does not start with the SQLite file header'));
  const probe = connect(file, options, true);
  try {
    return readUserVersion(probe, file);
  } finally {
    probe.close();
  }
}

/**
 * Whether `file` starts with SQLite's 16-byte header. SQLite itself opens a file shorter than its first page as an
 * empty database and would write over it: a tiny text file given as `--db` must be refused, not replaced.
 */
function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0';
  } finally {
    fs.closeSync(fd);
  }
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

/**
 * Copies the database to `<file>.backup-v<version>-<timestamp>` with `VACUUM INTO`, which writes a consistent,
 * self-contained snapshot even in WAL mode, synchronously, so a failed migration never costs the user their library.
 */
export function backupDatabase(db: GlossaDatabase, file: string, version: number, now: Date = new Date()): string {
  const target = `${file}.backup-v${version}-${timestamp(now)}`;
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

function hasUserTables(db: GlossaDatabase): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' LIMIT 1`).get() !== undefined;
}

/** What `migrate` did, for logs and tests. */
export interface MigrationReport {
  from: number;
  to: number;
  backup: string | null;
}

/**
 * Brings an open read-write database up to the latest schema. Each step runs in an IMMEDIATE transaction that re-reads
 * `user_version`, so two processes opening the same old file at once do not both apply a step.
 */
export function migrate(
  db: GlossaDatabase,
  file: string,
  options: { now?: Date; migrations?: readonly Migration[] } = {},
): MigrationReport {
  const migrations = options.migrations ?? allMigrations;
  checkMigrationList(migrations);
  const latest = migrations.length;
  const from = readUserVersion(db, file);
  if (from > latest) throw tooNew(file, from, latest);
  if (from === latest) return { from, to: from, backup: null };
  if (from === 0 && hasUserTables(db)) throw notGlossa(file);
  const backup = from > 0 ? backupDatabase(db, file, from, options.now ?? new Date()) : null;
  for (const step of migrations) {
    if (step.version <= from) continue;
    db.transaction(() => {
      const current = readUserVersion(db, file);
      if (current >= step.version) return;
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
  return { from, to: readUserVersion(db, file), backup };
}

/**
 * Opens (creating if needed) and migrates the database at `file`. Throws GlossaError DB_TOO_NEW for a database written
 * by a newer Glossa (left byte-for-byte untouched) and UNREADABLE for a file that is not a Glossa database.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): GlossaDatabase {
  const latest = (options.migrations ?? allMigrations).length;
  const peeked = peekSchemaVersion(file, options);
  if (peeked !== null && peeked > latest) throw tooNew(file, peeked, latest);

  if (options.readonly) {
    const db = connect(file, options, true);
    const version = readUserVersion(db, file);
    if (version !== latest) {
      db.close();
      if (version > latest) throw tooNew(file, version, latest);
      throw new GlossaError('UNSUPPORTED', `${file} has schema v${version} and needs upgrading to v${latest}; open it once read-write.`);
    }
    db.pragma('query_only = ON');
    return db;
  }

  const db = connect(file, options, false);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    const version = readUserVersion(db, file);
    if (version > latest) throw tooNew(file, version, latest);
    // Checked before the WAL switch below, which would already write to someone else's file.
    if (version === 0 && hasUserTables(db)) throw notGlossa(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    migrate(db, file, { now: options.now ? options.now() : new Date(), migrations: options.migrations });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
