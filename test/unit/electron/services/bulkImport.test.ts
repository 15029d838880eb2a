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
