/**
 * A diagnostic (not part of `npm run bench`): opens an article from the library of a running app, as the benches'
 * `fromLibrary` mode does, and prints the page's resource requests and `glossa:*` marks in milliseconds from the click
 * on the row's open button, so the waits of an in-app open show.
 *
 * `node --import tsx test/bench/traceLibraryOpen.ts` (the big article) or `ANNOTATIONS=5000 …` (the editing bench's
 * article); `RUNS=n` loads (default 2); `RENDERER_DIR=…` serves another build; `PROFILE=1` also prints where the
 * page's CPU time went from the click until ready (an unminified build gives readable names); `TRACE=1` records a
 * Chromium trace from the click until a click on the text has been handled and prints the main thread's tasks over
 * 5 ms with their largest parts, in milliseconds from the click.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startPreviewServer } from '../../electron/hosts/preview/server';
import { openServices } from '../../electron/services/services';
import { annotatedArticleMarkdown, seedAnnotations } from './annotatedArticle';
import { BENCH_CHROMIUM_ARGS } from './chromiumArgs';
import { bigArticle } from './corpus';
import { profileSummary, type CpuProfile } from './cpuProfile';
import { benchAddress, clickLibraryOpen, recordLibraryOpenClick, showLibrary } from './openArticle';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: Record<string, unknown> } }

/** The page's main-thread tasks over 5 ms, from the click on the open button, with their children over 2 ms. */
function mainThreadTasks(json: string): string[] {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (m: TraceEvent): number => events.reduce((sum, e) => (e.pid === m.pid && e.tid === m.tid && e.ph === 'X' ? sum + (e.dur ?? 0) : sum), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const clickAt = own.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click')?.ts ?? own[0]?.ts ?? 0;
  const tasks = own.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) >= 5_000);
  const ms = (us: number): string => (us / 1000).toFixed(0);
  return tasks.map((t) => {
    const end = t.ts + (t.dur ?? 0);
    const kids = own.filter((e) => e !== t && e.ts >= t.ts && e.ts < end && (e.dur ?? 0) >= 2_000 && e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask');
    const named = kids.slice(0, 14).map((e) => `${e.name === 'EventDispatch' ? `Event(${String(e.args?.data?.type)})` : e.name === 'FunctionCall' ? `Fn(${String(e.args?.data?.functionName ?? '')})` : e.name}@${ms(e.ts - clickAt)}:${ms(e.dur ?? 0)}`);
    return `${ms(t.ts - clickAt).padStart(6)}  ${ms(t.dur ?? 0).padStart(4)} ms  ${named.join(' ')}`;
  });
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = process.env.RENDERER_DIR ?? path.join(root, 'dist/renderer');
const annotationCount = Number(process.env.ANNOTATIONS ?? 0);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-trace-library-'));
const dbFile = path.join(dir, 'glossa.db');
const services = openServices(dbFile, { annotations: { defaultActor: 'bench' } });
const markdown = annotationCount > 0 ? annotatedArticleMarkdown(20) : bigArticle(1_000_000, 10_000);
const articleId = services.imports.importSource({ kind: 'bytes', name: 'big.md', bytes: Buffer.from(markdown) }).then((o) => o.articleId ?? 0);
const id = await articleId;
if (annotationCount > 0) seedAnnotations(services, id, annotationCount);
services.close();
const server = await startPreviewServer({ dbFile, rendererDir, log: () => undefined });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...BENCH_CHROMIUM_ARGS] });
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 880 }, locale: 'en-US' });
  await context.addInitScript(recordLibraryOpenClick);
  for (let run = 0; run < Number(process.env.RUNS ?? 2); run++) {
    const page = await context.newPage();
    await showLibrary(page, benchAddress(server.url, id, true), id);
    if (process.env.TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel', 'blink', 'disabled-by-default-devtools.timeline'] });
    const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await clickLibraryOpen(page, id);
    await page.waitForFunction((n: number) => {
      if (n > 0) return Number(document.querySelector('[data-testid="annotations-panel"]')?.getAttribute('data-count')) >= n && !!document.querySelector('.glossa-doc [data-annotation-id]');
      return document.querySelectorAll('.glossa-doc .wiki-link').length >= 10_000;
    }, annotationCount, { polling: 'raf', timeout: 60_000 });
    if (process.env.TRACE) {
      // A click on the text, as the benches send once ready: its handling ends the trace.
      const target = await page.evaluate(() => {
        const el = document.querySelector('.glossa-doc [data-annotation-id], .glossa-doc .wiki-link');
        const r = el?.getBoundingClientRect();
        (window as unknown as { __clicked: number | null }).__clicked = null;
        window.addEventListener('click', () => ((window as unknown as { __clicked: number }).__clicked = performance.now()), { once: true });
        return r ? { x: r.left + 2, y: r.top + r.height / 2 } : null;
      });
      if (target) await page.mouse.click(target.x, target.y);
      await page.waitForTimeout(300);
      const clicked = await page.evaluate(() => (window as unknown as { __clicked: number | null; __openClickAt: number }).__clicked! - (window as unknown as { __openClickAt: number }).__openClickAt);
      const json = (await browser.stopTracing()).toString('utf8');
      console.log(`click on the text handled at ${clicked.toFixed(0)} ms`);
      console.log(mainThreadTasks(json).join('\n'));
    }
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      console.log(profileSummary(profile, 45).join('\n'));
      await cdp.detach();
    }
    const lines = await page.evaluate(() => {
      const at = (window as unknown as { __openClickAt: number }).__openClickAt;
      const out: [number, string][] = [[performance.now() - at, 'READY (seen by the bench)']];
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (e.startTime < at) continue;
        const name = e.name.replace(/^.*\//, '').replace(/\?.*$/, '');
        out.push([e.startTime - at, `request ${name}`], [e.responseEnd - at, `end ${name} (${(e.transferSize / 1024).toFixed(0)} KB)`]);
      }
      for (const e of performance.getEntriesByType('mark')) if (e.name.startsWith('glossa:') && e.startTime >= at) out.push([e.startTime - at, `mark ${e.name}`]);
      for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('glossa:') && e.startTime >= at) out.push([e.startTime + e.duration - at, `end ${e.name} (${e.duration.toFixed(0)} ms)`]);
      return out.sort((a, b) => a[0] - b[0]).map(([t, what]) => `${t.toFixed(0).padStart(6)}  ${what}`);
    });
    console.log(`-- run ${run + 1} (load ${os.loadavg()[0].toFixed(2)})\n${lines.join('\n')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
