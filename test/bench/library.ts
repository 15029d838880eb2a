/**
 * `npm run bench:library`: a library of many articles (default 10,000; `GLOSSA_BENCH_ARTICLES=n` to change) in
 * Debian's Chromium against the preview host: time from navigation to the first library row, to every row, and
 * from typing a title filter to the filtered table. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startPreviewServer } from '../../electron/hosts/preview/server';
import { CHROMIUM_ARGS, chromiumPath } from '../../electron/services/reportPdf';
import { openServices } from '../../electron/services/services';
import { generatedArticle } from './corpus';

const root = fileURLToPath(new URL('../..', import.meta.url));
const COUNT = Number(process.env.GLOSSA_BENCH_ARTICLES ?? 10_000);
const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-library-'));
  try {
    const dbFile = path.join(dir, 'glossa.db');
    const services = openServices(dbFile);
    const files = Array.from({ length: COUNT }, (_, n) => ({
      name: `a${n}.md`,
      dataBase64: Buffer.from(generatedArticle(n).replace('## 阿拉伯小国卡塔尔', `## 第${n}号 阿拉伯小国卡塔尔`), 'utf8').toString('base64'),
    }));
    const started = performance.now();
    await services.imports.run(services.imports.sources({ files }));
    const listStart = performance.now();
    const listed = services.articles.list({});
    const listMs = performance.now() - listStart;
    services.close();
    console.log(`Library of ${listed.length} articles (imported in ${((listStart - started) / 1000).toFixed(1)} s)`);
    console.log(`  articles.list in the service: ${listMs.toFixed(0)} ms`);

    const server = await startPreviewServer({ dbFile, rendererDir: path.join(root, 'dist/renderer'), log: () => undefined });
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const first: number[] = [];
    const all: number[] = [];
    const filtered: number[] = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1360, height: 880 } });
        await page.goto(server.url);
        await page.getByTestId('library-row').first().waitFor({ timeout: 60_000 });
        first.push(await page.evaluate(() => performance.now()));
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid="library-row"]').length === n, listed.length, { timeout: 120_000, polling: 50 });
        all.push(await page.evaluate(() => performance.now()));
        if (run === 0) await page.screenshot({ path: path.join(root, 'test-results', 'bench-library.png') });
        const filter = page.getByTestId('library-filter');
        const t0 = await page.evaluate(() => performance.now());
        await filter.fill(`第${Math.floor(COUNT * 0.42)}号 阿拉伯`);
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="library-row"]').length === 1, undefined, { timeout: 60_000 });
        filtered.push((await page.evaluate(() => performance.now())) - t0);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    console.log(`  Chromium (${RUNS} fresh loads): first row visible, median ${median(first).toFixed(0)} ms from navigation (runs: ${first.map((v) => v.toFixed(0)).join(', ')})`);
    console.log(`  every row in the DOM, median ${median(all).toFixed(0)} ms from navigation (runs: ${all.map((v) => v.toFixed(0)).join(', ')})`);
    console.log(`  type a title filter -> one row left, median ${median(filtered).toFixed(0)} ms (runs: ${filtered.map((v) => v.toFixed(0)).join(', ')})`);
    console.log(`  load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
