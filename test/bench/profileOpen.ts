/**
 * A diagnostic for the open path (not part of `npm run bench`): imports the big article into a temporary database,
 * loads it once in Chromium with the CPU profiler on, and prints the functions with the most self time.
 * `node --import tsx test/bench/profileOpen.ts`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { openServices } from '../../electron/services/services';
import { startPreviewServer } from '../../electron/hosts/preview/server';
import { bigArticle } from './corpus';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-prof-'));
const dbFile = path.join(dir, 'glossa.db');
const services = openServices(dbFile);
const outcome = await services.imports.importSource({ kind: 'bytes', name: 'big.md', bytes: Buffer.from(bigArticle(1_130_000, 10_000)) });
services.close();
const server = await startPreviewServer({ dbFile, rendererDir: path.join(root, 'dist/renderer'), log: () => undefined });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 880 } });
  await page.goto(server.url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const start = Date.now();
  await page.evaluate((id) => { window.location.hash = `#/article/${id}`; }, outcome.articleId);
  await page.waitForFunction(() => document.querySelectorAll('.glossa-doc .wiki-link').length >= 10000, undefined, { polling: 'raf', timeout: 60_000 });
  await page.waitForTimeout(300);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  console.log(`in-app open ${Date.now() - start} ms (incl. 300 ms tail)`);
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const key = `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // Inclusive time per function name: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const key = n.callFrame.functionName || '(anon)';
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  console.log('-- inclusive --');
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('-- self --');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
