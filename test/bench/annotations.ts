/**
 * Annotate-to-persisted: 1,000 `annotations.create` calls through `dispatch` (input validation, selectors, the SQLite
 * write with its history row, committed with synchronous=FULL) on a real database file in a temporary folder, one at
 * a time as a user makes them. Prints p50/p95/max per create (target p95 < 50 ms), then the time to list them and to
 * re-anchor all of them after an edit near the top of the article.
 *
 * Run: `node --import tsx test/bench/annotations.ts [--count N]`; `npm run bench` calls `runAnnotateBench`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocJSON } from '../../shared/model/article';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { openServices } from '../../electron/services/services';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TARGET_P95_MS = 50;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs the annotate-to-persisted bench with `count` creates and prints its lines; returns the p95 in milliseconds. */
export async function runAnnotateBench(count = 1000, log: (line: string) => void = (line) => console.log(line)): Promise<number> {
  const COUNT = count;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-anno-'));
  try {
    const services = openServices(path.join(dir, 'glossa.sqlite'), { annotations: { defaultActor: 'bench' } });
    const handlers = createHandlers(services, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => undefined });
    const fixture = fs.readFileSync(path.join(root, 'test/fixtures/qatar-hamas.zh.md'));
    const articleId = services.imports.importBytes('qatar.md', fixture).articleId as number;
    const revision = services.articles.revisionOf(articleId);
    const text = revision.text;

    const times: number[] = [];
    for (let i = 0; i < COUNT; i += 1) {
      const start = (i * 37) % (text.length - 12);
      const input = { articleId, revisionId: revision.id, start, end: start + 4 + (i % 8), motivation: i % 3 === 0 ? 'assessing' : 'commenting' };
      const t0 = performance.now();
      const result = await dispatch(handlers, 'annotations.create', input);
      times.push(performance.now() - t0);
      if (!result.ok) throw new Error(`create failed: ${result.error.message}`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    log(`annotate-to-persisted (${COUNT} creates, real db file, synchronous=FULL):`);
    log(`  p50 ${percentile(sorted, 50).toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  max ${(sorted.at(-1) ?? 0).toFixed(2)} ms  (target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'})`);

    let t0 = performance.now();
    const listed = services.annotations.list(articleId).annotations.length;
    log(`  list ${listed} annotations: ${(performance.now() - t0).toFixed(1)} ms`);

    const doc = JSON.parse(JSON.stringify(revision.doc).replace('再次成为', '如今再次成为')) as DocJSON;
    t0 = performance.now();
    services.edits.saveEdit(articleId, revision.id, doc);
    const summary = services.annotations.reanchorArticle(articleId);
    log(
      `  save edit + re-anchor ${listed} annotations: ${(performance.now() - t0).toFixed(1)} ms (${summary.anchored} anchored, ${summary.moved} moved, ${summary.orphaned} orphaned)`,
    );
    services.close();
    return p95;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const countFlag = process.argv.indexOf('--count');
  await runAnnotateBench(countFlag > 0 ? Math.max(1, Number(process.argv[countFlag + 1]) || 1000) : 1000);
}
