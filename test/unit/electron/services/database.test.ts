import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GlossaError } from '../../../../shared/ipc/errors';
import { openDatabase, peekSchemaVersion } from '../../../../electron/services/database';
import { migrations, LATEST_SCHEMA_VERSION } from '../../../../electron/services/migrations/index';
import type { Migration } from '../../../../electron/services/migrations/migration';
import { tempDir } from '../tempDir';

function tables(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_schema WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
}

function thrown(fn: () => unknown): GlossaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GlossaError) return error;
    throw error;
  }
  throw new Error('expected a GlossaError');
}

describe('openDatabase', () => {
  it('creates a fresh database at the latest schema with the safety pragmas on', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['articles', 'revisions', 'wiki_links', 'article_search']));
    db.close();
    // A fresh database has nothing to lose, so no backup is made.
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('backup'))).toEqual([]);
  });

  it('reopens an up-to-date database without migrating or backing up again', () => {
    const dir = tempDir();
    const file = path.join(dir, 'glossa.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    expect(fs.readdirSync(dir).filter((n) => n.includes('backup'))).toEqual([]);
  });

  it('backs up an older database before upgrading it, and keeps its data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'glossa.sqlite');
    // An "old Glossa" at v1, with a user's article in it, made by hand.
    const old = openDatabase(file, { migrations: migrations.slice(0, 1) });
    old.prepare(`INSERT INTO articles (identity, source, created_at) VALUES ('source:https://example.org/a', 'https://example.org/a', '2024-01-01T00:00:00Z')`).run();
    old.close();

    const step2: Migration = {
      version: 2,
      name: 'notes',
      up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT'),
    };
    const db = openDatabase(file, { migrations: [...migrations.slice(0, 1), step2], now: () => new Date('2024-05-06T07:08:09.010Z') });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tables(db)).toContain('notes');
    expect(db.prepare('SELECT identity FROM articles').all()).toEqual([{ identity: 'source:https://example.org/a' }]);
    db.close();

    const backups = fs.readdirSync(dir).filter((n) => n.startsWith('glossa.sqlite.backup-v1-'));
    expect(backups).toEqual(['glossa.sqlite.backup-v1-20240506T070809010Z']);
    const backup = new Database(path.join(dir, backups[0]), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(backup)).not.toContain('notes');
    expect(backup.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    backup.close();
  });

  it('rolls a failing migration back completely, leaving the old version and data in place', () => {
    const dir = tempDir();
    const file = path.join(dir, 'glossa.sqlite');
    const old = openDatabase(file, { migrations: migrations.slice(0, 1) });
    old.prepare(`INSERT INTO articles (identity, created_at) VALUES ('file:a.md\nA', '2024-01-01T00:00:00Z')`).run();
    old.close();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half (id INTEGER PRIMARY KEY)');
        db.exec('INSERT INTO no_such_table VALUES (1)');
      },
    };
    expect(() => openDatabase(file, { migrations: [...migrations.slice(0, 1), broken] })).toThrow(/no_such_table/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).not.toContain('half');
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    db.close();
    expect(fs.readdirSync(dir).some((n) => n.startsWith('glossa.sqlite.backup-v1-'))).toBe(true);
  });

  it('refuses a database from a newer Glossa and leaves the file byte for byte unchanged', () => {
    const dir = tempDir();
    const file = path.join(dir, 'future.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, hologram BLOB); INSERT INTO articles (hologram) VALUES (x\'00ff\')');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    future.close();
    const before = fs.readFileSync(file);
    const listing = fs.readdirSync(dir).sort();

    const error = thrown(() => openDatabase(file));
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.message).toContain(file);
    expect(error.message).toContain(`schema v${LATEST_SCHEMA_VERSION + 7}`);
    expect(error.message).toContain(`knows v${LATEST_SCHEMA_VERSION}`);
    expect(error.message).toMatch(/update Glossa or use another --db file/);

    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(listing); // no backup, no -wal/-shm left behind
    expect(peekSchemaVersion(file)).toBe(LATEST_SCHEMA_VERSION + 7);
  });

  it('refuses a file that is not a SQLite database, and a SQLite database that is not Glossa\'s, without changing them', () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, 'these are my notes, not a database\n'.repeat(200));
    const textBefore = fs.readFileSync(text);
    expect(thrown(() => openDatabase(text)).code).toBe('UNREADABLE');
    expect(fs.readFileSync(text).equals(textBefore)).toBe(true);
    // Files shorter than SQLite's first page, which SQLite would open as an empty database and overwrite (session 16).
    for (const tiny of ['x', 'notes\n', 'SQLite format 3']) {
      const small = path.join(dir, `tiny-${tiny.length}.txt`);
      fs.writeFileSync(small, tiny);
      expect(thrown(() => openDatabase(small)).code).toBe('UNREADABLE');
      expect(fs.readFileSync(small, 'utf8')).toBe(tiny);
    }

    const other = path.join(dir, 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY)');
    foreign.close();
    const otherBefore = fs.readFileSync(other);
    const error = thrown(() => openDatabase(other));
    expect(error.code).toBe('UNREADABLE');
    expect(error.message).toMatch(/not a Glossa database/);
    expect(fs.readFileSync(other).equals(otherBefore)).toBe(true);
  });

  it('opens read-only without writing, and refuses read-only when a migration would be needed', () => {
    const dir = tempDir();
    const file = path.join(dir, 'glossa.sqlite');
    openDatabase(file).close();
    const ro = openDatabase(file, { readonly: true });
    expect(() => ro.prepare(`INSERT INTO articles (identity, created_at) VALUES ('x', 'y')`).run()).toThrow();
    ro.close();

    const old = path.join(dir, 'old.sqlite');
    new Database(old).close();
    const v0 = new Database(old);
    v0.pragma('user_version = 0');
    v0.close();
    expect(thrown(() => openDatabase(old, { readonly: true })).code).toBe('UNSUPPORTED');
  });
});
