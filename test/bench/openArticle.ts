/**
 * Times opening one article in Debian's Chromium against a running preview host, as a person would, in two ways:
 * - a fresh page load of the article's URL (the application is started and compiled as part of the open), times from
 *   navigation start;
 * - `fromLibrary`: the application is already running and shows the library (as the desktop app does after it
 *   starts); a real mouse click on the article's "open" button starts the open, times from that click's event.
 * Either way the open ends with a real mouse click on the article's first wiki-link, sent as soon as every wiki-link is
 * in the DOM, and handled. All times are the page's own `performance.now()`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BENCH_CHROMIUM_ARGS } from './chromiumArgs';

/** The figures of one page load. */
export interface OpenFigures {
  domReady: number;
  firstContentfulPaint: number;
  /** When the reader's article request (`articles.openRaw`, or `articles.open` in older builds) was fully received. */
  articleResponse: number;
  /** When the ProseMirror view first held every expected `.wiki-link` element. */
  linksInDom: number;
  /** When the page handled the click on the first wiki-link (sent as soon as `linksInDom` was seen). */
  interactive: number;
  /** Renderer main-thread task time until then (CDP `Performance.getMetrics`: TaskDuration, ScriptDuration, Layout+RecalcStyle). */
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  /** CPU time of all Chromium renderer processes during the load (CDP SystemInfo.getProcessInfo), less sensitive to a shared machine than wall time. */
  rendererCpuMs: number;
  /** CPU time of this Node process (the preview host answering, plus the bench's own driving) during the load. */
  hostCpuMs: number;
}


type Probe = { clickAt: number | null };

/** How long the library stays on screen before its row is clicked: the app's start-up work (prefetches, idle tasks) settles. */
const LIBRARY_SETTLE_MS = 1_000;

/** The address a bench loads: the article's own, or the library's to open it from there. */
export function benchAddress(url: string, articleId: number, fromLibrary: boolean | undefined): string {
  const base = url.replace(/\/$/, '');
  return fromLibrary ? `${base}/#/` : `${base}/#/article/${articleId}`;
}

/**
 * An init script (`BrowserContext.addInitScript`) keeping the time stamp of the first click on a library row's open
 * button as `window.__openClickAt`. Capturing, so it runs before the app's handler: the open starts at the event.
 */
export function recordLibraryOpenClick(): void {
  const w = window as unknown as { __openClickAt: number | null };
  w.__openClickAt = null;
  window.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('[data-testid="library-open"]') && w.__openClickAt === null) w.__openClickAt = event.timeStamp;
    },
    true,
  );
}

const openButton = (articleId: number): string => `[data-testid="library-row"][data-article-id="${articleId}"] [data-testid="library-open"]`;

/**
 * Loads the library at `url` and waits until article `articleId`'s row is there, scrolled into view (in a library of
 * thousands it may be far down), and the app has settled.
 */
export async function showLibrary(page: Page, url: string, articleId: number): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' });
  const button = page.locator(openButton(articleId));
  await button.waitFor();
  await button.scrollIntoViewIfNeeded();
  await page.waitForTimeout(LIBRARY_SETTLE_MS);
}

/** A real mouse click on article `articleId`'s open button in the library. */
export async function clickLibraryOpen(page: Page, articleId: number): Promise<void> {
  const box = await page.locator(openButton(articleId)).boundingBox();
  if (!box) throw new Error(`The library shows no open button for article ${articleId}.`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** What `measureOpen` opens, and how. */
export interface OpenOptions {
  url: string;
  articleId: number;
  links: number;
  runs: number;
  openedUrls: () => number;
  /** Open from the library of a running app instead of loading the article's URL (see the file's comment). */
  fromLibrary?: boolean;
}

async function rendererCpuMs(browser: Browser | null): Promise<number> {
  // A persistent context has no Browser object to ask (see `measureOpen`'s `persistentProfile`).
  if (!browser) return NaN;
  const session = await browser.newBrowserCDPSession();
  try {
    const info = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; cpuTime: number }[] };
    return info.processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime * 1000, 0);
  } finally {
    await session.detach();
  }
}

async function onePageLoad(browser: Browser | null, page: Page, url: string, links: number, openedUrls: () => number, fromLibrary: number | null): Promise<OpenFigures> {
  if (fromLibrary !== null) await showLibrary(page, url, fromLibrary);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = fromLibrary === null ? null : ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics;
  const cpuBefore = await rendererCpuMs(browser);
  const hostBefore = process.cpuUsage();
  const openedBefore = openedUrls();
  if (fromLibrary === null) await page.goto(url, { waitUntil: 'commit' });
  else await clickLibraryOpen(page, fromLibrary);
  const handle = await page.waitForFunction(
    (n: number) => {
      const all = document.querySelectorAll('.glossa-doc .wiki-link');
      if (all.length < n) return null;
      const w = window as unknown as { __linksAt?: number };
      w.__linksAt ??= performance.now();
      const rect = all[0].getBoundingClientRect();
      return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
    },
    links,
    { polling: 'raf', timeout: 60_000 },
  );
  const point = (await handle.jsonValue()) as { x: number; y: number };
  await page.mouse.click(point.x, point.y);
  const deadline = Date.now() + 10_000;
  while (openedUrls() === openedBefore) {
    if (Date.now() > deadline) throw new Error('The click on a wiki-link was not answered within 10 s.');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const hostUsed = process.cpuUsage(hostBefore);
  const cpuAfter = await rendererCpuMs(browser);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string): number => ((metrics.find((m) => m.name === name)?.value ?? 0) - (before?.find((m) => m.name === name)?.value ?? 0)) * 1000;
  const inPage = await page.evaluate((fromLibrary: boolean) => {
    const w = window as unknown as { __linksAt?: number; __probe?: Probe; __openClickAt?: number | null };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const start = fromLibrary ? (w.__openClickAt ?? NaN) : 0;
    const response = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= start && (e.name.includes('articles.open') || e.name.includes('articles.get')))[0] as PerformanceResourceTiming | undefined;
    return {
      // A page already running has no load of its own in the open.
      domReady: fromLibrary ? NaN : (nav?.domContentLoadedEventEnd ?? NaN),
      firstContentfulPaint: fromLibrary ? NaN : (fcp?.startTime ?? NaN),
      articleResponse: (response?.responseEnd ?? NaN) - start,
      linksInDom: (w.__linksAt ?? NaN) - start,
      interactive: (w.__probe?.clickAt ?? NaN) - start,
    };
  }, fromLibrary !== null);
  await cdp.detach();
  return {
    ...inPage,
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    layoutMs: metric('LayoutDuration') + metric('RecalcStyleDuration'),
    rendererCpuMs: cpuAfter - cpuBefore,
    hostCpuMs: (hostUsed.user + hostUsed.system) / 1000,
  };
}

/**
 * Loads `#/article/<id>` `runs` times (after one unmeasured warm-up) in fresh pages and returns each load's figures;
 * with `fromLibrary`, loads the library instead and opens the article from its row (see the file's comment).
 * By default the browser profile is off the record, as Playwright's contexts are: Chromium then keeps no compiled code
 * between loads, and every load parses the application afresh. `persistentProfile` loads in a profile on disk, as the
 * desktop app keeps one (Electron caches the compiled code of its own pages): the figure a returning user sees.
 */
export async function measureOpen(options: OpenOptions & { persistentProfile?: boolean; chromiumArgs?: string[] }): Promise<OpenFigures[]> {
  const args = [...BENCH_CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])];
  if (options.persistentProfile) {
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-profile-'));
    const context = await chromium.launchPersistentContext(profileDir, { executablePath: '/usr/bin/chromium', args, viewport: { width: 1360, height: 880 }, locale: 'en-US' });
    try {
      // Chromium keeps a script's compiled code from its second load on: two unmeasured loads warm the cache.
      return await loadRuns(null, context, { ...options, warmups: 2 });
    } finally {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    }
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 880 }, locale: 'en-US' });
    return await loadRuns(browser, context, options);
  } finally {
    await browser.close();
  }
}

/** The warm-up loads (one by default) and `runs` measured loads, each in a fresh page of `context`. */
async function loadRuns(browser: Browser | null, context: BrowserContext, options: OpenOptions & { warmups?: number }): Promise<OpenFigures[]> {
  const warmups = options.warmups ?? 1;
  // The click is recorded after the app's own handlers ran (a bubbling listener on window fires last).
  await context.addInitScript(() => {
    const w = window as unknown as { __probe: Probe };
    w.__probe = { clickAt: null };
    window.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('.wiki-link') && w.__probe.clickAt === null) w.__probe.clickAt = performance.now();
    });
  });
  await context.addInitScript(recordLibraryOpenClick);
  const target = benchAddress(options.url, options.articleId, options.fromLibrary);
  const figures: OpenFigures[] = [];
  for (let i = 0; i < warmups + options.runs; i++) {
    const page = await context.newPage();
    const result = await onePageLoad(browser, page, target, options.links, options.openedUrls, options.fromLibrary ? options.articleId : null);
    await page.close();
    if (i >= warmups) figures.push(result);
  }
  return figures;
}
