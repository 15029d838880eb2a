/**
 * A diagnostic for the open path (not part of `npm run bench`): loads the big article as the open bench does (a fresh
 * page, the click probe, a real click once every wiki-link is in the DOM) with a Chromium trace and no profiler, and
 * prints the renderer main thread's tasks over 5 ms and the page's resource requests, in milliseconds from navigation
 * start, so the gaps of the critical path show.
 *
 * `RENDERER_DIR=/tmp/build node --import tsx test/bench/traceOpen.ts` (`ANNOTATIONS=5000` for the annotated article;
 * `MIN_US=300 KIDS=60` lists up to 60 child events of each task down to 0.3 ms instead of 8 down to 2 ms)
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

interface TraceEvent { name: string; cat: string; ph: string; dur?: number; ts: number; pid: number; tid: number; args?: { name?: string; data?: Record<string, unknown> } }

const root = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = process.env.RENDERER_DIR ?? path.join(root, 'dist/renderer');
const annotationCount = Number(process.env.ANNOTATIONS ?? 0);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-trace-'));
const dbFile = path.join(dir, 'glossa.db');
const services = openServices(dbFile, { annotations: { defaultActor: 'bench' } });
const first = Buffer.byteLength(bigArticle(1_000_000, 10_000), 'utf8');
const markdown = annotationCount > 0 ? annotatedArticleMarkdown(20) : bigArticle(Math.round(1_000_000 * (1_000_000 / first)), 10_000);
const outcome = await services.imports.importSource({ kind: 'bytes', name: 'big.md', bytes: Buffer.from(markdown) });
const articleId = outcome.articleId ?? 0;
if (annotationCount > 0) seedAnnotations(services, articleId, annotationCount);
services.close();
const ready = (annotations: number): boolean =>
  annotations > 0
    ? Number(document.querySelector('[data-testid="annotations-panel"]')?.getAttribute('data-count')) >= annotations && !!document.querySelector('.glossa-doc [data-annotation-id]')
    : document.querySelectorAll('.glossa-doc .wiki-link').length >= 10000;
const server = await startPreviewServer({ dbFile, rendererDir, log: () => undefined });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...BENCH_CHROMIUM_ARGS] });
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 880 }, locale: 'en-US' });
  await context.addInitScript(() => {
    const w = window as unknown as { __probe: { clickAt: number | null } };
    w.__probe = { clickAt: null };
    window.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('.wiki-link') && w.__probe.clickAt === null) w.__probe.clickAt = performance.now();
    });
  });
  const url = `${server.url}#/article/${articleId}`;
  // WARM=n loads first (the open bench makes one unmeasured load, then its measured ones in the same context).
  for (let i = 0; i < Number(process.env.WARM ?? 1); i++) {
    const warm = await context.newPage();
    await warm.goto(url);
    await warm.waitForFunction(ready, annotationCount, { polling: 'raf', timeout: 60_000 });
    await warm.close();
  }
  if (process.env.RUNS) {
    // RUNS=n: n loads without a trace (tracing slows the page: V8 collects source positions for its stack traces),
    // printing only the page's own timings: resource requests, `glossa:*` marks and measures, links and click.
    for (let run = 0; run < Number(process.env.RUNS); run++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const handle = await page.waitForFunction((n: number) => {
        const all = n > 0 ? document.querySelectorAll('.glossa-doc [data-annotation-id]') : document.querySelectorAll('.glossa-doc .wiki-link');
        if (n > 0 && !(Number(document.querySelector('[data-testid="annotations-panel"]')?.getAttribute('data-count')) >= n && all.length > 0)) return null;
        if (n === 0 && all.length < 10000) return null;
        (window as unknown as { __linksAt?: number }).__linksAt ??= performance.now();
        const r = all[0].getBoundingClientRect();
        return { x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2 };
      }, annotationCount, { polling: 'raf', timeout: 60_000 });
      const point = (await handle.jsonValue()) as { x: number; y: number };
      await page.mouse.click(point.x, point.y);
      await page.waitForTimeout(300);
      const lines = await page.evaluate(() => {
        const out: [number, string][] = [];
        for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
          const name = e.name.replace(/^.*\//, '');
          out.push([e.startTime, `request ${name}`], [e.responseEnd, `end ${name}`]);
        }
        for (const e of performance.getEntriesByType('mark')) if (e.name.startsWith('glossa:')) out.push([e.startTime, `mark ${e.name}`]);
        for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('glossa:')) out.push([e.startTime + e.duration, `end ${e.name} (${e.duration.toFixed(0)} ms)`]);
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        out.push([nav.responseEnd, 'html response end'], [nav.domContentLoadedEventStart, 'DOMContentLoaded']);
        const w = window as unknown as { __linksAt?: number; __probe: { clickAt: number | null } };
        out.push([w.__linksAt ?? NaN, 'LINKS IN DOM'], [w.__probe.clickAt ?? NaN, 'CLICK HANDLED']);
        return out.sort((a, b) => a[0] - b[0]).map(([t, what]) => `${t.toFixed(0).padStart(6)}  ${what}`);
      });
      console.log(`-- run ${run + 1} (load ${os.loadavg()[0].toFixed(2)})\n${lines.join('\n')}`);
      await page.close();
    }
  }
  else {
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'loading', 'toplevel', 'v8', 'disabled-by-default-v8.compile', 'devtools.timeline.async'] });
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction((n: number) => {
    if (n > 0) {
      const ok = Number(document.querySelector('[data-testid="annotations-panel"]')?.getAttribute('data-count')) >= n && document.querySelector('.glossa-doc [data-annotation-id]');
      if (!ok) return null;
      const r = document.querySelector('.glossa-doc [data-annotation-id]')!.getBoundingClientRect();
      return { x: r.left + 2, y: r.top + r.height / 2 };
    }
    const all = document.querySelectorAll('.glossa-doc .wiki-link');
    if (all.length < 10000) return null;
    const r = all[0].getBoundingClientRect();
    return { x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2 };
  }, annotationCount, { polling: 'raf', timeout: 60_000 });
  const linksAt = await page.evaluate(() => performance.now());
  const point = (await handle.jsonValue()) as { x: number; y: number };
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(300);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const clickAt = await page.evaluate(() => (window as unknown as { __probe: { clickAt: number | null } }).__probe.clickAt);
  const events = trace.traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (m: TraceEvent): number => events.reduce((s, e) => (e.pid === m.pid && e.tid === m.tid && e.ph === 'X' ? s + (e.dur ?? 0) : s), 0);
  // The page's renderer is the one that asked for the preview host's files (headless Chromium runs WebUI renderers too).
  const ours = new Set(events.filter((e) => e.name === 'ResourceSendRequest' && String(e.args?.data?.url).startsWith(server.url)).map((e) => e.pid));
  const main = mains.filter((m) => ours.has(m.pid)).sort((a, b) => busy(b) - busy(a))[0];
  const navs = events.filter((e) => e.name === 'navigationStart' && e.pid === main.pid);
  // The page's navigation (the others are its initial empty document); the first one if none names the host.
  const named = navs.filter((e) => String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL ?? '').startsWith(server.url));
  const nav = (named.length > 0 ? named : navs).map((e) => e.ts).sort((a, b) => a - b)[0];
  const rel = (ts: number): string => ((ts - nav) / 1000).toFixed(0).padStart(5);
  console.log(`links at ${linksAt.toFixed(0)}, click handled at ${clickAt?.toFixed(0)} ms (load ${os.loadavg()[0].toFixed(2)})`);
  const scavenges = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'MinorGC' && e.ph === 'X');
  const majors = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'MajorGC' && e.ph === 'X');
  const total = (xs: TraceEvent[]): string => (xs.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000).toFixed(0);
  console.log(`garbage collection on the main thread: ${scavenges.length} scavenges (${total(scavenges)} ms), ${majors.length} full (${total(majors)} ms)`);
  for (const e of events) {
    if (e.pid !== main.pid) continue;
    if (e.name === 'ResourceSendRequest') console.log(`${rel(e.ts)}  request ${String(e.args?.data?.url).replace(/^.*\//, '')}`);
    if (e.name === 'ResourceFinish') console.log(`${rel(e.ts)}  finish  ${String(e.args?.data?.requestId)}`);
    if (e.cat.includes('user_timing') && e.name.startsWith('glossa:') && (e.ph === 'b' || e.ph === 'R' || e.ph === 'I')) console.log(`${rel(e.ts)}  mark ${e.name}`);
    if (['MarkDOMContent', 'MarkLoad', 'firstContentfulPaint'].includes(e.name)) console.log(`${rel(e.ts)}  ${e.name}`);
  }
  // Script compiling, streaming and the code cache, on any of the page's threads.
  const threadName = new Map(events.filter((e) => e.name === 'thread_name' && e.pid === main.pid).map((e) => [e.tid, String(e.args?.name)]));
  for (const e of events) {
    if (e.pid !== main.pid || e.ph !== 'X' || (e.dur ?? 0) < 3000) continue;
    if (!/compile|cache|stream|evaluate|deserial|parse|Consume|Produce/i.test(e.name)) continue;
    const d = e.args?.data as { url?: string; fileName?: string } | undefined;
    console.log(`${rel(e.ts)}  ${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms  ${e.name} ${String(d?.url ?? d?.fileName ?? '').replace(/^.*\//, '')} [${threadName.get(e.tid) ?? e.tid}]`);
  }
  // Top-level tasks of the main thread with their largest children.
  const mainEvents = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const tasks = mainEvents.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  for (const t of tasks) {
    if ((t.dur ?? 0) < 5000) continue;
    const inside = mainEvents.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) >= Number(process.env.MIN_US ?? 2000) && e.name !== 'RunTask');
    const kids = inside.slice(0, Number(process.env.KIDS ?? 8)).map((e) => {
      const d = e.args?.data as { url?: string; functionName?: string; type?: string } | undefined;
      const what = d?.functionName || d?.type || (d?.url ? String(d.url).replace(/^.*\//, '') : '');
      return `${e.name}${what ? `(${what})` : ''}@${rel(e.ts).trim()}:${((e.dur ?? 0) / 1000).toFixed(0)}`;
    });
    console.log(`${rel(t.ts)}  task ${((t.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms  ${kids.join(' ')}`);
  }
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
