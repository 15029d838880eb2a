/**
 * A diagnostic (not part of `npm run bench`): the library's first row in two renderer builds, alternating fresh
 * page loads against one database of generated articles, for a change to how the library opens.
 *
 * `A=/tmp/base-build B=dist/renderer node --import tsx test/bench/compareLibrary.ts` (`ARTICLES=5000`, `RUNS=16`)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startPreviewServer } from '../../electron/hosts/preview/server';
import { openServices } from '../../electron/services/services';
import { BENCH_CHROMIUM_ARGS } from './chromiumArgs';
import { generatedArticle } from './corpus';

const builds = [process.env.A, process.env.B ?? 'dist/renderer'];
if (!builds[0]) throw new Error('Set A (and B, default dist/renderer) to the two renderer builds to compare.');
const articles = Number(process.env.ARTICLES ?? 5000);
const runs = Number(process.env.RUNS ?? 16);
const dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-compare-library-'));
try {
  const dbFile = path.join(dir, 'glossa.db');
  const services = openServices(dbFile);
  const files = Array.from({ length: articles }, (_, n) => ({ name: `a${n}.md`, dataBase64: Buffer.from(generatedArticle(n), 'utf8').toString('base64') }));
  await services.imports.run(services.imports.sources({ files }));
  services.close();
  const servers = await Promise.all(builds.map((rendererDir) => startPreviewServer({ dbFile, rendererDir: rendererDir as string, log: () => undefined })));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...BENCH_CHROMIUM_ARGS] });
  const firstRow: number[][] = [[], []];
  try {
    for (let run = 0; run < runs; run++) {
      const which = run % 2;
      const page = await browser.newPage({ viewport: { width: 1360, height: 880 } });
      await page.goto(servers[which].url, { waitUntil: 'commit' });
      const at = await page.waitForFunction(() => (document.querySelector('[data-testid="library-row"]') ? performance.now() : null), undefined, { polling: 'raf', timeout: 60_000 });
      firstRow[which].push(Number(await at.jsonValue()));
      await page.close();
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`Library of ${articles} articles, first row from navigation start, ${runs} alternating loads (load ${os.loadavg()[0].toFixed(1)}):`);
  builds.forEach((build, i) => console.log(`  ${String(build).padEnd(30)} median ${median(firstRow[i]).toFixed(0)} ms  (runs: ${firstRow[i].map((v) => v.toFixed(0)).join(', ')})`));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
