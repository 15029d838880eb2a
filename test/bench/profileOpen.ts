/**
 * A diagnostic for the open path (not part of `npm run bench`): imports the big article into a temporary database,
 * loads `#/article/<id>` in a fresh Chromium page with the CPU profiler on from before navigation, and prints when the
 * article request ran, the functions with the most inclusive and self time, and where the busy time falls (per 100 ms).
 *
 * `node --import tsx test/bench/profileOpen.ts`
 * For readable function names, profile an unminified build:
 * `npx vite build --config renderer/vite.config.ts --minify false --outDir /tmp/glossa-prof-dist && RENDERER_DIR=/tmp/glossa-prof-dist node --import tsx test/bench/profileOpen.ts`
 * `ANNOTATIONS=5000` opens the editing bench's article (the fixture's body ×20) carrying that many annotations instead,
 * and waits until the side panel lists them all (see `annotatedArticle.ts`). `TRACE=1` also records a Chromium trace of
 * the load and prints the main thread's time per trace slice (style, layout, paint, parse, compile: what the profile
 * calls "(program)").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_CHROMIUM_ARGS } from './chromiumArgs';
import { chromium } from 'playwright-core';
import { openServices } from '../../electron/services/services';
import { startPreviewServer } from '../../electron/hosts/preview/server';
import { bigArticle } from './corpus';
import { annotatedArticleMarkdown, seedAnnotations } from './annotatedArticle';
import { traceSummary } from './traceSummary';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }

const root = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = process.env.RENDERER_DIR ?? path.join(root, 'dist/renderer');
const annotationCount = Number(process.env.ANNOTATIONS ?? 0);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-prof-'));
const dbFile = path.join(dir, 'glossa.db');
const services = openServices(dbFile, { annotations: { defaultActor: 'bench' } });
const markdown = annotationCount > 0 ? annotatedArticleMarkdown(20) : bigArticle(1_130_000, 10_000);
const outcome = await services.imports.importSource({ kind: 'bytes', name: 'big.md', bytes: Buffer.from(markdown) });
const articleId = outcome.articleId ?? 0;
if (annotationCount > 0) seedAnnotations(services, articleId, annotationCount);
services.close();
/** The article is open: every wiki-link of the big article drawn, or every annotation listed. */
const ready = (annotations: number): boolean =>
  annotations > 0
    ? Number(document.querySelector('[data-testid="annotations-panel"]')?.getAttribute('data-count')) >= annotations && !!document.querySelector('.glossa-doc [data-annotation-id]')
    : document.querySelectorAll('.glossa-doc .wiki-link').length >= 10000;
const server = await startPreviewServer({ dbFile, rendererDir, log: () => undefined });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...BENCH_CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 880 } });
  // Warm the HTTP cache and the compiler once, as the bench's unmeasured first load does.
  await page.goto(`${server.url}#/article/${articleId}`);
  await page.waitForFunction(ready, annotationCount, { polling: 'raf', timeout: 60_000 });
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const tracing = process.env.TRACE === '1';
  if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute'] });
  await page.goto(`${server.url}#/article/${articleId}`, { waitUntil: 'commit' });
  await page.waitForFunction(ready, annotationCount, { polling: 'raf', timeout: 60_000 });
  const linksAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(400);
  const trace = tracing ? await browser.stopTracing() : null;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] } };
  // PROFILE_OUT=file keeps the raw profile (open it in DevTools, or query it).
  if (process.env.PROFILE_OUT) fs.writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const timeline = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => {
        const r = e as PerformanceResourceTiming;
        return `${r.name.replace(/^.*\//, '').padEnd(28)} start ${r.startTime.toFixed(0).padStart(5)}  response start ${r.responseStart.toFixed(0).padStart(5)}  end ${r.responseEnd.toFixed(0).padStart(5)} ms  ${(r.encodedBodySize / 1048576).toFixed(2)} MB`;
      })
      .join('\n'),
  );
  console.log(`open at ${linksAt.toFixed(0)} ms from navigation start${annotationCount ? ` (${annotationCount} annotations)` : ''}`);
  console.log(timeline);
  // The app's own named phases (performance.measure 'glossa:*', e.g. the editor's document and view).
  const phases = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('glossa:'))
      .map((e) => `${e.name.padEnd(28)} start ${e.startTime.toFixed(0).padStart(5)}  took ${e.duration.toFixed(0).padStart(5)} ms`)
      .join('\n'),
  );
  if (phases) console.log(phases);
  if (trace) console.log(traceSummary(trace.toString('utf8'), Number(process.env.TOP ?? 30)).join('\n'));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = (n: ProfileNode): string => `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber}`;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    self.set(label(n), (self.get(label(n)) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // Inclusive time per function: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  // Busy time per 100 ms of the profile, with the outermost named app function of each sample.
  const buckets = new Map<number, Map<string, number>>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    at += dt;
    const seen = new Set<string>();
    const chain: string[] = [];
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const n = byId.get(node);
      if (!n) break;
      chain.push(label(n));
      const key = label(n);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
    const leaf = byId.get(id)?.callFrame.functionName;
    if (leaf === '(idle)') return;
    const named = chain.filter((c) => !c.startsWith('(') && c.includes('.js')).slice(-3).join(' < ') || chain[0];
    const bucket = buckets.get(Math.floor(at / 100)) ?? new Map<string, number>();
    bucket.set(named, (bucket.get(named) ?? 0) + dt);
    buckets.set(Math.floor(at / 100), bucket);
  });
  console.log('-- busy per 100 ms of profile (top 3 outermost frames) --');
  for (const [b, m] of [...buckets].sort((x, y) => x[0] - y[0])) {
    const total = [...m.values()].reduce((s, v) => s + v, 0);
    const top = [...m].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join(' | ');
    console.log(`${String(b * 100).padStart(5)} ms busy ${total.toFixed(0).padStart(3)}  ${top}`);
  }
  console.log('-- inclusive --');
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 60))) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('-- self --');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
