/**
 * `npm run bench`: the figures the project promises, printed next to their targets.
 *
 * 1. Import throughput on a generated corpus of 2,000 fixture-like articles and on one ~1 MB article with 10,000
 *    wiki-links: parse alone (`parseArticle`) and parse + store (the CLI's path: `ImportService.run` over file paths
 *    into a real SQLite file in a temporary folder).
 * 2. Opening the big article: the `articles.openRaw` handler the reader asks (and `articles.open`) on its own (time and
 *    JSON size), then the real renderer in Debian's Chromium through the preview host, from navigation to an
 *    interactive article (see `measureOpen`).
 * 3. Annotations: an article with 5,000 annotations made through the annotation service — open-to-interactive and p95
 *    time per keystroke in edit mode, in Chromium (see `editing.ts`) — and annotate-to-persisted p95 (`annotations.ts`).
 *
 * Flags: `--quick` (200 articles, 1 browser run), `--runs N` (browser page loads), `--no-build` (use the existing dist/renderer),
 * `--import-only` (stop after the import figures), `--open-only` (only the big article: no corpus, no annotation benches;
 * for iterating on the open path), `--renderer-dir DIR` (bench that built renderer instead of building dist/renderer).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArticle } from '../../shared/markdown/parseArticle';
import { createHandlers } from '../../electron/services/handlers';
import { openServices } from '../../electron/services/services';
import { startPreviewServer } from '../../electron/hosts/preview/server';
import { freshCliBundle } from '../../electron/hosts/cli/cliFreshness.mjs';
import { bigArticle, generatedArticle } from './corpus';
import { measureOpen, type OpenFigures } from './openArticle';
import { runEditingBench } from './editing';
import { runAnnotateBench } from './annotations';

const root = fileURLToPath(new URL('../..', import.meta.url));
const quick = process.argv.includes('--quick');
const openOnly = process.argv.includes('--open-only');
const rendererFlag = process.argv.indexOf('--renderer-dir');
const RENDERER_DIR = rendererFlag > 0 ? path.resolve(process.argv[rendererFlag + 1] ?? '') : path.join(root, 'dist/renderer');
const ARTICLES = openOnly ? 0 : quick ? 200 : 2000;
const BIG_LINKS = 10_000;
const runsFlag = process.argv.indexOf('--runs');
const OPEN_RUNS = runsFlag > 0 ? Math.max(1, Number(process.argv[runsFlag + 1]) || 1) : quick ? 1 : 3;
const TARGET_STORE_MBPS = 10;
const TARGET_INTERACTIVE_MS = 1000;

const MB = 1024 * 1024;

/** Wall and CPU milliseconds of `work`. */
async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function machine(): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, load average ${load} (1/5/15 min; the machine is shared), node ${process.version}`;
}

function throughputLine(label: string, bytes: number, articles: number, t: { wallMs: number; cpuMs: number }, target?: number): string {
  const mbps = bytes / MB / (t.wallMs / 1000);
  const perSec = articles / (t.wallMs / 1000);
  const tail = target === undefined ? '' : `   target ≥ ${target} MB/s  ${verdict(mbps >= target)}`;
  return `  ${label.padEnd(26)} ${fmt(mbps).padStart(7)} MB/s ${fmt(perSec, 0).padStart(7)} articles/s   wall ${fmt(t.wallMs, 0).padStart(6)} ms  cpu ${fmt(t.cpuMs, 0).padStart(6)} ms${tail}`;
}

function buildRenderer(): void {
  if (process.argv.includes('--no-build') || rendererFlag > 0) return;
  const result = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`bench: the renderer build failed; using the existing dist/renderer.\n${result.stderr}\n`);
  }
}

async function main(): Promise<void> {
  console.log(`Glossa bench — ${new Date().toISOString()}`);
  console.log(`machine: ${machine()}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-'));
  try {
    // The corpus lives on disk, as the CLI reads it.
    const corpusDir = path.join(dir, 'corpus');
    fs.mkdirSync(corpusDir);
    const files: { file: string; bytes: Uint8Array }[] = [];
    let corpusBytes = 0;
    for (let n = 0; n < ARTICLES; n++) {
      const file = path.join(corpusDir, `article-${String(n).padStart(5, '0')}.md`);
      const bytes = Buffer.from(generatedArticle(n), 'utf8');
      fs.writeFileSync(file, bytes);
      files.push({ file, bytes });
      corpusBytes += bytes.length;
    }
    const bigDir = path.join(dir, 'big');
    fs.mkdirSync(bigDir);
    // The generator's size is approximate: scale its request once so the article is ~1 MB.
    const firstTry = Buffer.byteLength(bigArticle(1_000_000, BIG_LINKS), 'utf8');
    const bigBytes = Buffer.from(bigArticle(Math.round(1_000_000 * (1_000_000 / firstTry)), BIG_LINKS), 'utf8');
    const bigFile = path.join(bigDir, 'big.md');
    fs.writeFileSync(bigFile, bigBytes);

    console.log(`\nImport (${ARTICLES} generated articles, ${fmt(corpusBytes / MB, 2)} MB; one big article, ${fmt(bigBytes.length / MB, 2)} MB, ${BIG_LINKS} wiki-links)`);
    // Warm the parser (JIT) on a few articles so the figure is steady-state, as in a long import.
    for (const { bytes } of files.slice(0, 20)) parseArticle(bytes);

    // The CLI and the app parse on a bundled worker (dist-cli/parseWorker.js, dist-electron/parseWorker.cjs); run from
    // source, a worker first compiles the TypeScript it runs (~0.5 s of CPU inside the timed import). Measure what
    // ships when the CLI bundle is fresh, as `glossa import` itself decides (`npm install` builds it).
    const cliBundle = freshCliBundle(root);
    const bundledWorker = cliBundle ? path.join(path.dirname(cliBundle), 'parseWorker.js') : null;
    const useBundled = bundledWorker !== null && fs.existsSync(bundledWorker);
    const services = openServices(path.join(dir, 'glossa.db'), useBundled ? { imports: { parseWorkerEntry: { file: pathToFileURL(bundledWorker) } } } : {});
    console.log(
      `  parse worker: ${useBundled ? "the CLI's bundle (dist-cli/parseWorker.js)" : 'from source through tsx (no fresh CLI bundle: `node build/scripts/buildCli.mjs` makes one)'}`,
    );
    let failures = 0;
    if (!openOnly) {
      const parseCorpus = await timed(() => {
        let links = 0;
        for (const { file, bytes } of files) links += parseArticle(bytes, { fileName: path.basename(file) }).wikiLinks.length;
        return links;
      });
      console.log(throughputLine('corpus: parse alone', corpusBytes, ARTICLES, parseCorpus));

      const storeCorpus = await timed(() =>
        services.imports.run(services.imports.sources({ paths: [corpusDir] }), {
          onResult: (outcome) => {
            if (outcome.status === 'failed') failures++;
          },
        }),
      );
      console.log(throughputLine('corpus: parse + store', corpusBytes, ARTICLES, storeCorpus, TARGET_STORE_MBPS));
      // Size on disk once the write-ahead log is copied back (not timed).
      services.db.pragma('wal_checkpoint(TRUNCATE)');
      const stored = fs.statSync(path.join(dir, 'glossa.db')).size;
      console.log(`  ${''.padEnd(26)} database file after it: ${fmt(stored / MB, 1)} MB, ${fmt(stored / ARTICLES / 1024, 1)} KB per article of ${fmt(corpusBytes / ARTICLES / 1024, 1)} KB`);
    }

    const parseBig = await timed(() => parseArticle(bigBytes, { fileName: 'big.md' }));
    console.log(throughputLine('big: parse alone', bigBytes.length, 1, parseBig));
    let bigId = 0;
    const storeBig = await timed(() =>
      services.imports.run(services.imports.sources({ paths: [bigFile] }), {
        onResult: (outcome) => {
          if (outcome.status === 'failed') failures++;
          bigId = outcome.articleId ?? 0;
        },
      }),
    );
    console.log(throughputLine('big: parse + store', bigBytes.length, 1, storeBig, TARGET_STORE_MBPS));
    if (failures > 0 || !bigId) throw new Error(`${failures} imports failed`);
    const bigLinks = parseBig.value.wikiLinks.length;
    if (process.argv.includes('--import-only')) {
      services.close();
      return;
    }

    // The service side of opening: what `articles.get` costs and how much it sends.
    const handlers = createHandlers(services, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => undefined });
    // The reader asks `articles.openRaw` (the document as its stored JSON text); `articles.open` for comparison.
    const serviceSide = async (channel: 'articles.open' | 'articles.openRaw'): Promise<{ ms: number; bytes: number }> => {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 5; i++) {
        const t = await timed(async () => JSON.stringify({ ok: true, value: await handlers[channel]({ id: bigId }) }));
        times.push(t.wallMs);
        bytes = Buffer.byteLength(t.value);
      }
      return { ms: median(times), bytes };
    };
    const rawSide = await serviceSide('articles.openRaw');
    const treeSide = await serviceSide('articles.open');
    services.close();
    console.log(`\nOpen the big article (${bigLinks} wiki-links)`);
    console.log(`  articles.openRaw (the reader's request) + JSON encode  median ${fmt(rawSide.ms, 0)} ms (of 5), response ${fmt(rawSide.bytes / MB, 2)} MB`);
    console.log(`  articles.open (document as a tree) + JSON encode     median ${fmt(treeSide.ms, 0)} ms (of 5), response ${fmt(treeSide.bytes / MB, 2)} MB`);

    buildRenderer();
    const server = await startPreviewServer({ dbFile: path.join(dir, 'glossa.db'), rendererDir: RENDERER_DIR, log: () => undefined });
    let runs: OpenFigures[] = [];
    let cachedRuns: OpenFigures[] = [];
    let libraryRuns: OpenFigures[] = [];
    try {
      runs = await measureOpen({ url: server.url, articleId: bigId, links: bigLinks, runs: OPEN_RUNS, openedUrls: () => server.openedUrls.length });
      cachedRuns = await measureOpen({ url: server.url, articleId: bigId, links: bigLinks, runs: OPEN_RUNS, openedUrls: () => server.openedUrls.length, persistentProfile: true });
      libraryRuns = await measureOpen({ url: server.url, articleId: bigId, links: bigLinks, runs: OPEN_RUNS, openedUrls: () => server.openedUrls.length, fromLibrary: true });
    } finally {
      await server.close();
    }
    const row = (label: string, pick: (f: OpenFigures) => number, target?: number): void => {
      const values = runs.map(pick);
      const m = median(values);
      const tail = target === undefined ? '' : `   target < ${target} ms  ${verdict(m < target)}`;
      console.log(`  ${label.padEnd(34)} median ${fmt(m, 0).padStart(5)} ms  (runs: ${values.map((v) => fmt(v, 0)).join(', ')})${tail}`);
    };
    console.log(`  Chromium, ${runs.length} fresh page loads of ${server.url.replace(/\/$/, '')}/#/article/${bigId} (times from navigation start):`);
    row('DOM ready (DOMContentLoaded end)', (f) => f.domReady);
    row('first contentful paint', (f) => f.firstContentfulPaint);
    row('article response received', (f) => f.articleResponse);
    row('all wiki-links in the DOM', (f) => f.linksInDom);
    row('interactive', (f) => f.interactive, TARGET_INTERACTIVE_MS);
    row('  renderer main-thread busy', (f) => f.taskMs);
    row('  of which script', (f) => f.scriptMs);
    row('  of which layout + style', (f) => f.layoutMs);
    row('renderer processes CPU time', (f) => f.rendererCpuMs);
    row('host (Node) CPU time', (f) => f.hostCpuMs);
    const cached = cachedRuns.map((f) => f.interactive);
    console.log(
      `  with a browser profile on disk (compiled code kept between loads, as the desktop app keeps it; not the target's figure):\n` +
        `  interactive                        median ${fmt(median(cached), 0).padStart(5)} ms  (runs: ${cached.map((v) => fmt(v, 0)).join(', ')})`,
    );
    const fromLibrary = (label: string, pick: (f: OpenFigures) => number): string => {
      const values = libraryRuns.map(pick);
      return `  ${label.padEnd(34)} median ${fmt(median(values), 0).padStart(5)} ms  (runs: ${values.map((v) => fmt(v, 0)).join(', ')})`;
    };
    console.log(
      `  opened from the library of a running app (a click on its row's open button; times from that click; not the target's figure):\n` +
        `${fromLibrary('article response received', (f) => f.articleResponse)}\n` +
        `${fromLibrary('all wiki-links in the DOM', (f) => f.linksInDom)}\n` +
        `${fromLibrary('interactive', (f) => f.interactive)}\n` +
        `${fromLibrary('  renderer main-thread busy', (f) => f.taskMs)}`,
    );
    console.log(
      '  interactive = the ProseMirror view is in the DOM with every .wiki-link element, and a real mouse click on the first\n' +
        '  wiki-link, sent at that moment, has been handled by the page (its open request reached the host) — so a busy main\n' +
        '  thread after rendering counts. "Busy" figures are renderer main-thread task time (CDP\n' +
        '  Performance metrics) until then; CPU times are process CPU over the whole load, steadier than wall time when the\n' +
        '  machine is busy.',
    );

    if (openOnly) return;
    await runEditingBench({ annotations: 5000, keystrokes: quick ? 100 : 200, runs: quick ? 1 : 2 });
    console.log('');
    await runAnnotateBench(quick ? 300 : 1000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
