/**
 * A multi-file import lets the write-ahead log grow (no copy back every 4 MB) and restores SQLite's threshold and
 * copies the log back when it ends, also when it is cancelled or when two imports overlap.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type GlossaServices } from '../../../../electron/services/services';

let dir: string;
let s: GlossaServices;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-bulk-'));
  s = openServices(path.join(dir, 'g.db'), { imports: { batchMaxMs: 0, parseWorkers: 0 } });
});
afterEach(() => {
  s.close();
  rmSync(dir, { recursive: true, force: true });
});

const files = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `${prefix}${i}.md`,
    dataBase64: Buffer.from(`## ${prefix} ${i}\n\`2020-08-14 08:08 甲\` [轉載自GNews](https://gnews.org/articles/${prefix}${i})\n\n[[zh:中国]]第${i}篇。\n`, 'utf8').toString('base64'),
  }));
const threshold = (): number => s.db.pragma('wal_autocheckpoint', { simple: true }) as number;

describe('bulk imports and the write-ahead log', () => {
  it('raises the checkpoint threshold while several files import, then restores it and checkpoints', async () => {
    expect(threshold()).toBe(1000);
    const seen: number[] = [];
    await s.imports.run(s.imports.sources({ files: files('a', 5) }), { onResult: () => seen.push(threshold()) });
    expect(seen).toHaveLength(5);
    expect(seen.every((v) => v > 1000)).toBe(true);
    expect(threshold()).toBe(1000);
    const [row] = s.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    expect(row.checkpointed).toBe(row.log);
    expect(s.articles.list({})).toHaveLength(5);
  });

  it('keeps the raised threshold until the last of two overlapping imports ends, and restores it after a cancel', async () => {
    const first = s.imports.start({ files: files('b', 30) });
    const second = s.imports.start({ files: files('c', 3) });
    await s.imports.wait(second.jobId);
    expect(s.imports.status(first.jobId).state).toBe('running');
    expect(threshold()).toBeGreaterThan(1000);
    s.imports.cancel(first.jobId);
    const ended = await s.imports.wait(first.jobId);
    expect(['cancelled', 'finished']).toContain(ended.state);
    expect(threshold()).toBe(1000);
  });

  it('leaves the threshold alone for a single file', async () => {
    const seen: number[] = [];
    await s.imports.run(s.imports.sources({ files: files('d', 1) }), { onResult: () => seen.push(threshold()) });
    expect(seen).toEqual([1000]);
  });
});

describe('bulk imports and the search index', () => {
  const backlog = (): number => (s.db.prepare('SELECT count(*) AS n FROM search_backlog').get() as { n: number }).n;
  const indexed = (): number => (s.db.prepare('SELECT count(*) AS n FROM article_search').get() as { n: number }).n;

  it('finds each article as soon as its batch is stored, and indexes them all by the end of the import', async () => {
    const found: number[][] = [];
    const waiting: number[] = [];
    let n = 0;
    await s.imports.run(s.imports.sources({ files: files('e', 12) }), {
      onResult: (outcome) => {
        // Stored, not yet indexed: the search index is written a few hundred articles at a time.
        waiting.push(backlog());
        found.push(s.articles.search(`第${n}篇`));
        expect(outcome.articleId).toBe(found[n][0]);
        n++;
      },
    });
    expect(waiting.every((w) => w > 0)).toBe(true);
    expect(found.every((ids) => ids.length === 1)).toBe(true);
    expect(backlog()).toBe(0);
    expect(indexed()).toBe(12);
    expect(s.articles.search('第11篇')).toHaveLength(1);
    // The same search through the index alone (the backlog is empty now).
    expect(s.articles.searchText('第7篇').map((hit) => hit.title)).toEqual(['e 7']);
  });

  it('indexes articles a stopped import left in the backlog at the next write, and finds them meanwhile', async () => {
    await s.imports.run(s.imports.sources({ files: files('f', 3) }));
    // What a process that stopped before writing the search rows leaves: stored articles, no rows, a backlog.
    s.db.exec(`INSERT INTO article_search (article_search) VALUES ('delete-all'); INSERT INTO search_backlog (article_id) SELECT id FROM articles`);
    expect(indexed()).toBe(0);
    expect(s.articles.search('第2篇')).toHaveLength(1);
    await s.imports.run(s.imports.sources({ files: files('g', 1) }));
    expect(backlog()).toBe(0);
    expect(indexed()).toBe(4);
    s.db.exec('DELETE FROM search_backlog');
    expect(s.articles.search('第2篇')).toHaveLength(1);
    expect(s.articles.search('f 1')).toHaveLength(1);
  });

  it('writes the search row with the article when a single file is imported', async () => {
    await s.imports.run(s.imports.sources({ files: files('h', 1) }));
    expect(backlog()).toBe(0);
    expect(indexed()).toBe(1);
  });

  it('writes the search rows waiting in a bulk import when asked, and finds the articles before and after', async () => {
    const count = (sql: string) => (s.db.prepare(sql).get() as { n: number }).n;
    expect(s.articles.writeWaitingSearchRows()).toBe(false);
    await s.articles.duringBulkImport(async () => {
      s.articles.transaction(() => {
        for (const file of files('e', 3)) s.imports.importBytes(file.name, Buffer.from(file.dataBase64, 'base64'));
      });
      // Stored, waiting in the backlog, and found by search all the same.
      expect(count('SELECT count(*) AS n FROM search_backlog')).toBe(3);
      expect(count('SELECT count(*) AS n FROM article_search')).toBe(0);
      expect(s.articles.search('第1篇')).toHaveLength(1);
      expect(s.articles.writeWaitingSearchRows()).toBe(true);
      expect(count('SELECT count(*) AS n FROM search_backlog')).toBe(0);
      expect(count('SELECT count(*) AS n FROM article_search')).toBe(3);
      expect(s.articles.writeWaitingSearchRows()).toBe(false);
    });
    expect(s.articles.search('第1篇')).toHaveLength(1);
    expect(s.articles.search('篇。')).toHaveLength(3);
  });
});
