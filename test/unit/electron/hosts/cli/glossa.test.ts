import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../articles';
import { tempDir } from '../../tempDir';
import { FIXTURE_PATH as fixturePath, glossa } from './runGlossa';

const fixture = fs.readFileSync(fixturePath);

// Each run starts a Node process (the bundled CLI, or the sources through tsx: 1–2 s on a busy machine), hence the generous timeout.
describe('glossa CLI', { timeout: 120_000 }, () => {
  it('imports the fixture with the exact JSON line, then reports unchanged and revised', () => {
    const dir = tempDir();
    const db = path.join(dir, 'glossa.sqlite');
    const first = glossa(['--db', db, 'import', fixturePath, '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      '{"id":1,"title":"阿拉伯小国卡塔尔如何在与哈马斯的谈判中变得不可或缺","author":"宝尹","published":"2023-11-03T06:22:00Z","source":"https://gnews.org/articles/1916252","lang":"zh","wikiLinks":183,"wikiTargets":56,"status":"imported"}\n',
    );

    const changed = path.join(dir, 'changed.md');
    fs.writeFileSync(changed, fixture.toString('utf8').replace('再次成为 全球', '再次成为全球'));
    const again = glossa(['--db', db, 'import', '--json', fixturePath, changed]);
    expect(again.code).toBe(0);
    const lines = again.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; status: string });
    expect(lines.map((l) => [l.id, l.status])).toEqual([
      [1, 'unchanged'],
      [1, 'revised'],
    ]);

    const list = glossa(['--db', db, 'list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout.trim())).toMatchObject({ id: 1, revisions: 2, wikiLinks: 183, wikiTargets: 56 });

    const show = glossa(['--db', db, 'show', '1', '--json']);
    const shown = JSON.parse(show.stdout) as { entities: { target: string; count: number }[] };
    expect(shown.entities[0]).toEqual({ lang: 'zh', target: '卡塔尔', count: 47 });
    expect(shown.entities.length).toBe(56);
    const text = glossa(['--db', db, 'show', '1']);
    expect(text.stdout).toContain('宝尹');
    expect(text.stdout).toMatch(/47\s+zh:卡塔尔/);
  });

  it('exports md byte for byte (to a file and to stdout), and html and json', () => {
    const dir = tempDir();
    const db = path.join(dir, 'glossa.sqlite');
    expect(glossa(['--db', db, 'import', fixturePath]).code).toBe(0);
    const out = path.join(dir, 'out.md');
    const toFile = glossa(['--db', db, 'export', '1', '--format', 'md', '--out', out]);
    expect(toFile.code).toBe(0);
    expect(fs.readFileSync(out).equals(fixture)).toBe(true);
    expect(glossa(['--db', db, 'export', '1', '--format', 'md']).stdoutBytes.equals(fixture)).toBe(true);

    const html = glossa(['--db', db, 'export', '1', '-f', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="zh">/);
    expect(html.stdout.match(/class="wiki-link"/g)?.length).toBe(183);
    const json = JSON.parse(glossa(['--db', db, 'export', '1', '--format', 'json']).stdout) as { doc: { type: string }; meta: { author: string } };
    expect(json.doc.type).toBe('doc');
    expect(json.meta.author).toBe('宝尹');
  });

  it('names every file it cannot import on stderr, imports the rest, and exits 1', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    fs.writeFileSync(path.join(dir, 'latin.md'), Buffer.concat([Buffer.from('## T\n\n'), Buffer.alloc(200, 0xff), Buffer.from('\n')]));
    fs.writeFileSync(path.join(dir, 'good.md'), articleMarkdown({ title: '好文章' }));
    const db = path.join(dir, 'glossa.sqlite');
    const run = glossa(['--db', db, 'import', dir, '--json']);
    expect(run.code).toBe(1);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors.find((l) => l.includes(path.join(dir, 'empty.md')))).toMatch(/empty.*\[EMPTY_FILE\]/);
    expect(errors.find((l) => l.includes(path.join(dir, 'binary.md')))).toMatch(/binary.*\[BINARY_FILE\]/);
    expect(errors.find((l) => l.includes(path.join(dir, 'latin.md')))).toMatch(/UTF-8.*\[INVALID_UTF8\]/);
    expect(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { title: string }).title)).toEqual(['好文章']);

    const missing = glossa(['--db', db, 'import', path.join(dir, 'nope.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`cannot import ${path.join(dir, 'nope.md')}`);
  });

  it('uses the desktop app\'s database file when no --db is given', () => {
    const home = tempDir();
    const run = glossa(['import', fixturePath], { env: { HOME: home, XDG_CONFIG_HOME: '' } });
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(home, '.config/Glossa/glossa.sqlite'))).toBe(true);
    const viaEnv = path.join(home, 'env.sqlite');
    expect(glossa(['import', fixturePath], { env: { HOME: home, GLOSSA_DB: viaEnv } }).code).toBe(0);
    expect(fs.existsSync(viaEnv)).toBe(true);
  });

  it('refuses a database from a newer Glossa without changing it', () => {
    const dir = tempDir();
    const db = path.join(dir, 'future.sqlite');
    const future = new Database(db);
    future.pragma('user_version = 999');
    future.exec('CREATE TABLE x (y)');
    future.close();
    const before = fs.readFileSync(db);
    const run = glossa(['--db', db, 'list']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('was written by a newer Glossa (schema v999');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('explains misuse with exit code 2, and answers --help and --version', () => {
    expect(glossa(['--version']).stdout).toMatch(/^glossa \d+\.\d+\.\d+\n$/);
    const help = glossa(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['import', 'list', 'show', 'export']) expect(help.stdout).toContain(`  ${name} `);
    // Every format export accepts is named in its help.
    const exportHelp = glossa(['export', '--help']).stdout;
    for (const format of ['md', 'html', 'json', 'report-html', 'report-pdf', 'report-md', 'claims-csv', 'jsonld', 'claimreview', 'tmx', 'xliff', 'docx']) {
      expect(exportHelp).toContain(format);
    }
    const db = path.join(tempDir(), 'glossa.sqlite');
    for (const args of [['frobnicate'], ['import'], ['export', '1', '--format', 'pdf'], ['show', 'abc'], ['list', '--colour']]) {
      const run = glossa(['--db', db, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^glossa: /);
    }
    const notFound = glossa(['--db', db, 'export', '9', '--format', 'md']);
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toContain('no article #9');
  });
});
